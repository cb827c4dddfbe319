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
        { 7, 20_000, 4, true },
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
    public void Times_are_month_and_day_precise_or_open_ended_in_several_zones_and_places_have_coordinates()
    {
        var events = Sample.Value.Events;
        events.Select(e => e.Time!.Precision).Distinct().Should().BeEquivalentTo([TimePrecision.Day, TimePrecision.Month, TimePrecision.Interval]);
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
    public void Events_take_every_status_and_are_told_and_dated_as_their_status_says()
    {
        var events = Sample.Value.Events;
        events.Select(e => e.Status).Distinct().Should().BeEquivalentTo(Enum.GetValues<EventStatus>());
        var published = Sample.Value.Documents.ToDictionary(d => d.Id, d => d.Published!.FirstDate!.Value);
        foreach (var @event in events)
        {
            var quote = @event.Evidence[0].Quote!;
            var day = published[@event.Evidence[0].Document];
            var time = @event.Time!;
            switch (@event.Status)
            {
                case EventStatus.Planned:
                    quote.Should().Contain(" is to ");
                    time.FirstDate!.Value.Should().BeGreaterThan(day, "a planned event is still to come: {0}", quote);
                    break;
                case EventStatus.Hypothetical:
                    quote.Should().Contain(" could ");
                    time.FirstDate!.Value.Should().BeGreaterThan(day);
                    break;
                case EventStatus.Ongoing:
                    quote.Should().Contain(" continues to ").And.Contain(" since ");
                    time.End.Should().BeNull("what goes on has no end yet");
                    time.FirstDate!.Value.Should().BeLessThan(day);
                    break;
                case EventStatus.Cancelled:
                    quote.Should().Contain(" called off plans to ");
                    break;
                case EventStatus.Failed:
                    quote.Should().Contain(" failed to ");
                    break;
                case EventStatus.Denied:
                    quote.Should().Contain(" denied having ");
                    break;
                case EventStatus.Disputed:
                    quote.Should().Contain(" reportedly ");
                    break;
                default:
                    time.FirstDate!.Value.Should().BeLessThanOrEqualTo(day);
                    break;
            }

            if (@event.Status is not (EventStatus.Occurred or EventStatus.Ongoing or EventStatus.Disputed))
            {
                @event.Quantities.Should().BeEmpty("what did not happen has no count: {0}", quote);
            }
        }
    }

    [Fact]
    public void A_claim_states_its_proposition_as_asserted_and_its_quote_says_what_its_polarity_says()
    {
        var claims = Sample.Value.Claims;
        var statements = Sample.Value.Statements.ToDictionary(s => s.Id);
        string[] negations = ["not ", "no ", "never", "не ", "لن ", "unlawful", "tense", "lost control"];
        claims.Should().OnlyContain(c => !negations.Any(n => c.Proposition.StartsWith(n, StringComparison.Ordinal) || c.Proposition.Contains(" " + n, StringComparison.Ordinal)),
            "a proposition is worded as asserted; its polarity says whether it is denied");
        claims.Select(c => c.Polarity).Distinct().Should().BeEquivalentTo(Enum.GetValues<ClaimPolarity>());
        foreach (var claim in claims)
        {
            var quote = claim.Evidence[0].Quote!;
            var proposition = claim.Proposition;
            var asserted = quote.Contains("that " + proposition, StringComparison.Ordinal)
                || quote.Contains($"\u201C{char.ToUpperInvariant(proposition[0])}{proposition[1..]},", StringComparison.Ordinal);
            switch (claim.Polarity)
            {
                case ClaimPolarity.Positive when claim.Quantities.IsEmpty && !quote.EndsWith("confirmed the report.", StringComparison.Ordinal):
                    asserted.Should().BeTrue("the quote asserts the proposition: {0}", quote);
                    break;
                case ClaimPolarity.Negative:
                    (!asserted || quote.Contains("denied that " + proposition, StringComparison.Ordinal)).Should().BeTrue("the quote denies the proposition: {0}", quote);
                    break;
                case ClaimPolarity.Underspecified:
                    quote.Should().Contain("whether " + claim.Proposition);
                    break;
            }

            if (claim.Statement is { } id)
            {
                statements[id].Content.Should().NotContain("it is not true", "the denial is said once, not twice");
            }
        }
    }

    [Fact]
    public void Explicit_links_join_claims_about_one_event_and_contradictions_have_opposite_polarities()
    {
        var claims = Sample.Value.Claims.ToDictionary(c => c.Id);
        var links = claims.Values.SelectMany(c => c.Links.Select(l => (From: c, To: claims[l.Target], l.Type))).ToList();
        links.Should().NotBeEmpty();
        links.Should().OnlyContain(l => l.From.About.Events.Intersect(l.To.About.Events).Any());
        links.Where(l => l.Type == ClaimLinkType.Contradicts).Should().OnlyContain(l =>
            l.From.Polarity != l.To.Polarity && l.From.Polarity != ClaimPolarity.Underspecified && l.To.Polarity != ClaimPolarity.Underspecified);
        links.Where(l => l.Type != ClaimLinkType.Contradicts).Should().OnlyContain(l => l.From.Polarity == l.To.Polarity);
        links.Should().OnlyContain(l => l.From.Proposition == l.To.Proposition, "a link answers, backs or repeats the same proposition");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(30)]
    [InlineData(100_000)]
    public void The_variety_of_propositions_is_a_parameter(int propositions)
    {
        var options = SyntheticDatasetOptions.ForEvents(3000) with { PropositionCount = propositions };
        var dataset = new SyntheticDatasetGenerator(10, options).GenerateDataset();
        var said = dataset.Claims.Where(c => c.Statement != null).Select(c => c.Proposition).Distinct().Count();
        said.Should().BeLessThanOrEqualTo(propositions);
        said.Should().BeGreaterThanOrEqualTo(Math.Min(propositions, 500));
        DatasetValidator.Validate(dataset).Violations.Should().BeEmpty();
    }

    [Fact]
    public void Rival_sources_give_rival_figures_of_one_kind_for_one_event()
    {
        var figures = Sample.Value.Claims.Where(c => c.Quantities.Length > 0)
            .GroupBy(c => (Event: c.About.Events[0], c.Quantities[0].Kind))
            .Where(g => g.Count() > 1)
            .ToList();
        figures.Select(g => g.Key.Kind).Distinct().Should().BeEquivalentTo([QuantityKind.Killed, QuantityKind.Participants]);
        figures.Should().OnlyContain(g => g.Select(c => c.Claimant).Distinct().Count() == g.Count() && g.Select(c => c.Quantities[0].Value).Distinct().Count() == g.Count());
        figures.Should().OnlyContain(g => g.Select(c => c.Proposition).Distinct().Count() == 1);
        figures.SelectMany(g => g).Should().Contain(c => c.Quantities[0].Qualifier == QuantityQualifier.AtMost).And.Contain(c => c.Quantities[0].Qualifier == QuantityQualifier.AtLeast);
        Sample.Value.Claims.Should().Contain(c => c.Quantities.Any(q => q.Kind == QuantityKind.Displaced), "a single-source figure");
        foreach (var claim in figures.SelectMany(g => g))
        {
            claim.Evidence[0].Quote.Should().Contain(claim.Quantities[0].Text);
        }
    }

    [Fact]
    public void Bodies_speak_through_spokespersons_who_hold_office_in_them()
    {
        var dataset = Sample.Value;
        var actors = dataset.Actors.ToDictionary(a => a.Id);
        var offices = dataset.Relations.Where(r => r.Role == "spokesperson" && r.Type == RelationType.HoldsOffice && actors[r.Source].Evidence.Length > 0 && r.Evidence[0].Quote!.Contains(", spokesperson of ", StringComparison.Ordinal)).ToList();
        offices.Should().HaveCountGreaterThan(10);
        ActorKind[] bodies = [ActorKind.Government, ActorKind.Organization, ActorKind.ArmedGroup, ActorKind.State, ActorKind.InternationalOrganization];
        offices.Should().OnlyContain(r => actors[r.Source].Kind == ActorKind.Person && bodies.Contains(actors[r.Target].Kind));
        offices.Select(r => r.Source).Should().OnlyHaveUniqueItems("each spokesperson speaks for one body, stated once");
        var spokespersons = offices.Select(r => r.Source).ToHashSet();
        dataset.Claims.Count(c => spokespersons.Contains(c.Claimant)).Should().BeGreaterThan(20);
        dataset.Claims.Should().Contain(c => spokespersons.Contains(c.Claimant) && c.Links.Any(l => l.Type == ClaimLinkType.Repeats), "a spokesperson repeats the body's claim");
        dataset.Statements.Should().Contain(s => spokespersons.Contains(s.Speaker));
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
        FluentActions.Invoking(() => new SyntheticDatasetOptions { PropositionCount = 0 }).Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("SyntheticDatasetOptions.PropositionCount must be at least 1.*");
    }

    private static byte[] Lines(int seed, int events)
    {
        using var stream = new MemoryStream();
        JsonLinesWriter.Write(stream, new SyntheticDatasetGenerator(seed, SyntheticDatasetOptions.ForEvents(events)).GenerateRecords());
        return stream.ToArray();
    }
}
