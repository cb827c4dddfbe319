using System.Text;
using NewsEvents.Generation;
using NewsEvents.Streaming;
using NewsEvents.Validation;

namespace NewsEvents.Tests.Generation;

public class SyntheticDatasetGeneratorTests
{
    private static readonly Lazy<Dataset> Sample = new(() => new SyntheticDatasetGenerator(42, SyntheticDatasetOptions.ForEvents(2000)).GenerateDataset());

    public static TheoryData<int, int, int, bool> Shapes => new()
    {
        { 1, 500, 4, true },
        { 2, 300, 1, true },
        { 3, 301, 7, true },
        { 4, 200, 3, false },
        { 5, 0, 4, true },
        { -17, 1, 4, true },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Everything_it_makes_validates(int seed, int events, int perDocument, bool text)
    {
        var options = new SyntheticDatasetOptions { EventCount = events, EventsPerDocument = perDocument, IncludeText = text };
        var dataset = new SyntheticDatasetGenerator(seed, options).GenerateDataset();
        DatasetValidator.Validate(dataset).Violations.Should().BeEmpty();
        dataset.Events.Should().HaveCount(events);
    }

    [Fact]
    public void Everything_it_makes_validates_with_few_actors_and_every_rate_at_its_extreme()
    {
        var options = new SyntheticDatasetOptions { EventCount = 300, ActorCount = 12, StatementRate = 1, ClaimRate = 1, RelationRate = 1 };
        DatasetValidator.Validate(new SyntheticDatasetGenerator(8, options).GenerateDataset()).Violations.Should().BeEmpty();
        var none = new SyntheticDatasetOptions { EventCount = 50, StatementRate = 0, ClaimRate = 0, RelationRate = 0 };
        var sparse = new SyntheticDatasetGenerator(8, none).GenerateDataset();
        DatasetValidator.Validate(sparse).Violations.Should().BeEmpty();
        sparse.Statements.Should().BeEmpty();
        sparse.Claims.Should().BeEmpty();
        sparse.Relations.Should().BeEmpty();
    }

    [Fact]
    public void Its_records_pass_the_streaming_validator_with_every_quote_checked()
    {
        var records = new SyntheticDatasetGenerator(6, SyntheticDatasetOptions.ForEvents(1500)).GenerateRecords();
        JsonLinesValidator.Validate(records).Violations.Should().BeEmpty();
    }

    [Fact]
    public void It_reads_back_through_the_canonical_json()
    {
        var dataset = Sample.Value;
        NewsEventsJson.Deserialize(NewsEventsJson.SerializeToUtf8Bytes(dataset)).Should().Be(dataset);
    }

    [Fact]
    public void The_same_seed_gives_the_same_bytes()
    {
        Lines(99, 400).Should().Equal(Lines(99, 400));
        var generator = new SyntheticDatasetGenerator(99, SyntheticDatasetOptions.ForEvents(400));
        NewsEventsJson.SerializeToUtf8Bytes(generator.GenerateDataset()).Should().Equal(NewsEventsJson.SerializeToUtf8Bytes(generator.GenerateDataset()));
    }

    [Fact]
    public void Another_seed_gives_other_data()
    {
        Lines(1, 100).Should().NotEqual(Lines(2, 100));
    }

    [Fact]
    public void The_stream_is_lazy()
    {
        var huge = new SyntheticDatasetGenerator(1, SyntheticDatasetOptions.ForEvents(int.MaxValue));
        var first = huge.GenerateRecords().Take(3).ToList();
        first[0].Kind.Should().Be(JsonLinesRecordKind.Header);
        first[1].Kind.Should().Be(JsonLinesRecordKind.Document);
        first[2].Kind.Should().Be(JsonLinesRecordKind.Actor);
    }

    [Fact]
    public void Documents_come_before_what_cites_them()
    {
        var seen = new HashSet<DocumentId>();
        foreach (var record in new SyntheticDatasetGenerator(3, SyntheticDatasetOptions.ForEvents(300)).GenerateRecords())
        {
            if (record.Document is { } document)
            {
                seen.Add(document.Id);
            }

            var evidence = record.Value switch
            {
                Actor a => a.Evidence,
                Event e => e.Evidence,
                Statement s => s.Evidence,
                Claim c => c.Evidence,
                Relation r => r.Evidence,
                _ => [],
            };
            evidence.All(span => seen.Contains(span.Document)).Should().BeTrue();
        }
    }

    [Fact]
    public void Events_have_one_to_four_participants_in_roles()
    {
        var counts = Sample.Value.Events.Select(e => e.Participants.Length).Distinct().Order().ToList();
        counts.Should().Equal(1, 2, 3, 4);
        Sample.Value.Events.SelectMany(e => e.Participants.Select(p => p.Role)).Distinct().Should()
            .Contain([ParticipantRole.Initiator, ParticipantRole.Target, ParticipantRole.Mediator, ParticipantRole.Attendee, ParticipantRole.Victim]);
        Sample.Value.Events.Should().OnlyContain(e => e.Participants.Select(p => p.Actor).Distinct().Count() == e.Participants.Length);
    }

    [Fact]
    public void Actors_are_of_every_kind_with_names_in_several_scripts()
    {
        var actors = Sample.Value.Actors;
        actors.Select(a => a.Kind).Distinct().Should().BeEquivalentTo(Enum.GetValues<ActorKind>());
        var names = actors.Select(a => a.Name).ToList();
        names.Any(n => n.Any(c => c is >= '\u0600' and <= '\u06FF')).Should().BeTrue("Arabic");
        names.Any(n => n.Any(c => c is >= '\u0400' and <= '\u04FF')).Should().BeTrue("Cyrillic");
        names.Any(n => n.Any(c => c is >= '\u4E00' and <= '\u9FFF')).Should().BeTrue("CJK");
        names.Any(n => n.Any(c => c is >= '\uAC00' and <= '\uD7AF')).Should().BeTrue("Hangul");
        names.Any(n => n.Any(c => c is >= '\u00C0' and <= '\u017F')).Should().BeTrue("accented Latin");
        names.Any(n => n.Any(char.IsSurrogate)).Should().BeTrue("a character outside the BMP");
        actors.Should().Contain(a => a.Codes.Any(c => c.Scheme == CodeScheme.Wikidata));
        actors.Should().Contain(a => a.Codes.Any(c => c.Scheme == CodeScheme.CameoActor));
    }

    [Fact]
    public void Times_are_month_and_day_precise_in_several_zones_and_places_have_coordinates()
    {
        var events = Sample.Value.Events;
        events.Select(e => e.Time!.Precision).Distinct().Should().BeEquivalentTo([TimePrecision.Day, TimePrecision.Month]);
        events.Select(e => e.Time!.Zone!.Id).Distinct().Count().Should().BeGreaterThan(5);
        events.Should().OnlyContain(e => e.Time!.Expression != null && e.Time.Anchor != null);
        events.Should().OnlyContain(e => e.Place!.Coordinates != null);
        Sample.Value.Documents.Select(d => d.Published!.Offset).Distinct().Count().Should().BeGreaterThan(5);
    }

    [Fact]
    public void Claims_have_attribution_chains_links_and_quantities()
    {
        var claims = Sample.Value.Claims;
        claims.Should().Contain(c => c.Attribution.Length == 2);
        claims.SelectMany(c => c.Links.Select(l => l.Type)).Distinct().Should().BeEquivalentTo(Enum.GetValues<ClaimLinkType>());
        claims.Should().Contain(c => c.Quantities.Any(q => q.Kind == QuantityKind.Killed));
        claims.Should().Contain(c => c.Statement != null);
        Sample.Value.Statements.Select(s => s.Mode).Distinct().Should().HaveCount(2);
        Sample.Value.Relations.Select(r => r.Type).Distinct().Count().Should().BeGreaterThan(3);
        Sample.Value.Events.Should().Contain(e => e.Links.Length > 0);
    }

    [Fact]
    public void Evidence_quotes_the_document_text()
    {
        var texts = Sample.Value.Documents.ToDictionary(d => d.Id, d => d.Text!);
        foreach (var span in Sample.Value.Events.SelectMany(e => e.Evidence).Take(500))
        {
            CodePoints.Slice(texts[span.Document], span.Start, span.End).Should().Be(span.Quote);
        }
    }

    [Fact]
    public void Without_text_evidence_keeps_offsets_only()
    {
        var dataset = new SyntheticDatasetGenerator(1, new SyntheticDatasetOptions { EventCount = 50, IncludeText = false }).GenerateDataset();
        dataset.Documents.Should().OnlyContain(d => d.Text == null);
        dataset.Events.SelectMany(e => e.Evidence).Should().OnlyContain(e => e.Quote == null && e.End > e.Start);
    }

    [Fact]
    public void Options_reject_impossible_values()
    {
        FluentActions.Invoking(() => new SyntheticDatasetOptions { EventCount = -1 }).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => new SyntheticDatasetOptions { ActorCount = 11 }).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => new SyntheticDatasetOptions { ClaimRate = 1.5 }).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => new SyntheticDatasetOptions { EventsPerDocument = 0 }).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => new SyntheticDatasetOptions { Days = 0 }).Should().Throw<ArgumentOutOfRangeException>();
    }

    private static byte[] Lines(int seed, int events)
    {
        using var stream = new MemoryStream();
        JsonLinesWriter.Write(stream, new SyntheticDatasetGenerator(seed, SyntheticDatasetOptions.ForEvents(events)).GenerateRecords());
        return stream.ToArray();
    }
}
