using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using NewsEvents.Generation;
using NewsEvents.Interop.SchemaOrg;
using NewsEvents.Samples;
using NewsEvents.Streaming;
using NewsEvents.Tests.TestSupport;
using NodaTime;

namespace NewsEvents.Interop.Tests.SchemaOrg;

public class JsonLdExporterTests
{
    private static readonly DatasetId Id = new("ds");
    private static readonly DocumentId Early = new("d-early");
    private static readonly DocumentId Late = new("d-late");

    public static TheoryData<string> Samples => ["MoscowTalks", "DranmirClashes", "synthetic"];

    [Theory]
    [MemberData(nameof(Samples))]
    public void Every_type_and_property_fits_schema_org_and_every_reference_resolves(string name)
    {
        var dataset = name switch
        {
            "MoscowTalks" => SampleDatasets.MoscowTalks,
            "DranmirClashes" => SampleDatasets.DranmirClashes,
            _ => new SyntheticDatasetGenerator(7, new SyntheticDatasetOptions { EventCount = 300 }).GenerateDataset(),
        };

        var root = Export(dataset);

        JsonLdChecker.Problems(root).Should().BeEmpty();
        var types = root.GetProperty("@graph").EnumerateArray().Select(TypeOf).ToList();
        types.Count(t => t == "NewsArticle").Should().Be(dataset.Documents.Length);
        types.Count(t => t == "Event").Should().Be(dataset.Events.Length);
        types.Count(t => t == "Claim").Should().Be(dataset.Claims.Length);
        types.Count(t => t is "Person" or "Country+Organization" || t.EndsWith("Organization", StringComparison.Ordinal)).Should().Be(dataset.Actors.Length);
    }

    [Fact]
    public void Random_datasets_of_every_shape_fit_schema_org() =>
        Prop.ForAll(Arb.From(DatasetGenerators.Dataset), dataset =>
        {
            var problems = JsonLdChecker.Problems(Export(dataset));
            return problems.Count == 0 ? true.Label("fits") : false.Label(string.Join("\n", problems));
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void The_checker_finds_each_kind_of_break()
    {
        const string Graph = """
            {"@context": {"@vocab": "https://schema.org/"}, "@graph": [
              {"@id": "urn:x:1", "@type": "Event", "headline": "a headline is for creative works", "startDate": "13 January 2020"},
              {"@id": "urn:x:1", "@type": "Person", "nationality": "LY", "author": {"@id": "urn:x:2"}},
              {"@id": "urn:x:3", "@type": "Claim", "author": {"@id": "urn:x:missing"}, "appearance": {"@type": "Place", "name": "p"}, "colour": "red"},
              {"@id": "urn:x:4", "@type": "Happening"},
              {"@id": "urn:x:5", "@type": "Event", "attendee": {"@type": "Role", "roleName": "target"}}
            ]}
            """;

        JsonLdChecker.Problems(JsonDocument.Parse(Graph).RootElement).Should().BeEquivalentTo(
            "urn:x:1: @id given twice",
            "urn:x:1.headline: headline is not used on Event",
            "urn:x:1.startDate: '13 January 2020' is not a Date or DateTime",
            "urn:x:1.nationality: 'LY' is not a Country",
            "urn:x:1.author: author is not used on Person",
            "urn:x:1.author: urn:x:2 names no node",
            "urn:x:3.author: urn:x:missing names no node",
            "urn:x:3.appearance: a Place is not a CreativeWork",
            "urn:x:3.colour: schema.org has no property colour",
            "urn:x:4: schema.org has no type Happening",
            "urn:x:5.attendee: the Role does not repeat attendee");
    }

    [Fact]
    public void Ids_come_from_the_dataset_id_and_the_entity_id_with_separators_encoded()
    {
        JsonLdIds.Of(new DatasetId("gdelt:2020")).Should().Be("urn:newsevents:gdelt%3A2020");
        JsonLdIds.Of(new DatasetId("ds"), new ActorId("a:b/é")).Should().Be("urn:newsevents:ds:actor:a%3Ab%2F%C3%A9");
        JsonLdIds.Of(new DatasetId("ds"), new EventId("e-1")).Should().Be("urn:newsevents:ds:event:e-1");
        JsonLdIds.Of(new DatasetId("ds"), new DocumentId("😀")).Should().Be("urn:newsevents:ds:document:%F0%9F%98%80");
        JsonLdIds.Of(new DatasetId("ds"), new ClaimId("c_1.x~")).Should().Be("urn:newsevents:ds:claim:c_1.x~");
    }

    [Fact]
    public void The_same_dataset_gives_the_same_bytes_and_the_JSON_Lines_stream_gives_what_the_dataset_gives()
    {
        var dataset = SampleDatasets.MoscowTalks;
        using var jsonLines = new MemoryStream();
        JsonLinesWriter.Write(jsonLines, JsonLinesWriter.ToRecords(dataset));
        jsonLines.Position = 0;
        using var streamed = new MemoryStream();

        JsonLdExporter.Write(JsonLinesReader.Read(jsonLines), streamed);

        streamed.ToArray().Should().Equal(Bytes(dataset)).And.Equal(Bytes(dataset));
    }

    [Fact]
    public void A_JSON_Lines_stream_is_written_out_while_it_is_still_being_read()
    {
        var generator = new SyntheticDatasetGenerator(3, new SyntheticDatasetOptions { EventCount = 2000 });
        using var output = new MemoryStream();
        var writtenBeforeTheEnd = 0L;

        JsonLdExporter.Write(Watched(generator.GenerateRecords()), output);

        writtenBeforeTheEnd.Should().BeGreaterThan(output.Length / 2, "the exporter flushes as it goes rather than holding the graph");
        JsonLdChecker.Problems(JsonDocument.Parse(output.ToArray()).RootElement).Should().BeEmpty();

        IEnumerable<JsonLinesRecord> Watched(IEnumerable<JsonLinesRecord> records)
        {
            foreach (var record in records)
            {
                yield return record;
            }

            writtenBeforeTheEnd = output.Length;
        }
    }

    [Fact]
    public void Event_times_run_from_the_first_to_the_last_day_of_their_precision_and_moments_keep_their_offset()
    {
        var moscow = DateTimeZoneProviders.Tzdb["Europe/Moscow"];
        var events = Export(WithEvents(
            TimeValue.Month(2019, 2),
            TimeValue.Week(2020, 1),
            TimeValue.Year(2011),
            TimeValue.Day(2020, 1, 13),
            TimeValue.Parse("2020-01-13T09:30:00+03:00"),
            TimeValue.Parse("2020-01-14T06:00") with { Zone = moscow },
            TimeValue.Parse("2020-01-14T06:00"),
            TimeValue.Parse("2019-04/.."),
            TimeValue.Parse("../2020-01-13T06:30:00Z")));

        Dates(events).Should().Equal(
            ("2019-02-01", "2019-02-28"),
            ("2019-12-30", "2020-01-05"),
            ("2011-01-01", "2011-12-31"),
            ("2020-01-13", "2020-01-13"),
            ("2020-01-13T09:30:00+03:00", "2020-01-13T09:30:00+03:00"),
            ("2020-01-14T06:00:00+03:00", "2020-01-14T06:00:00+03:00"),
            ("2020-01-14T06:00:00", "2020-01-14T06:00:00"),
            ("2019-04-01", null),
            (null, "2020-01-13T06:30:00Z"));
    }

    [Fact]
    public void Participants_keep_their_role_a_place_its_coordinates_and_a_status_its_schema_org_member()
    {
        var dataset = new Dataset
        {
            Id = Id,
            Actors = [new Actor { Id = new("lna"), Kind = ActorKind.ArmedGroup, Name = "LNA" }, new Actor { Id = new("ru"), Kind = ActorKind.State, Name = "Russia", Country = "RU" }],
            Events =
            [
                new Event
                {
                    Id = new("talks"), Type = EventType.Negotiation, Status = EventStatus.Cancelled,
                    Place = new Place { Name = "Moscow", Country = "RU", Coordinates = new GeoPoint(55.75, 37.62), Codes = [new ExternalCode(CodeScheme.GeoNames, "524901")] },
                    Participants = [new Participant(new("ru"), ParticipantRole.Host), new Participant(new("lna"), ParticipantRole.Target)],
                    Codes = [ExternalCode.Cameo("046")],
                },
            ],
        };

        var root = Export(dataset);
        var talks = Node(root, "Event");

        JsonLdChecker.Problems(root).Should().BeEmpty();

        talks.GetProperty("eventStatus").GetProperty("@id").GetString().Should().Be("https://schema.org/EventCancelled");
        var organizer = talks.GetProperty("organizer")[0];
        organizer.GetProperty("roleName").GetString().Should().Be("host");
        organizer.GetProperty("organizer").GetProperty("@id").GetString().Should().Be("urn:newsevents:ds:actor:ru");
        talks.GetProperty("attendee")[0].GetProperty("roleName").GetString().Should().Be("target");
        var place = talks.GetProperty("location");
        place.GetProperty("geo").GetProperty("latitude").GetDouble().Should().Be(55.75);
        place.GetProperty("address").GetProperty("addressCountry").GetString().Should().Be("RU");
        place.GetProperty("sameAs")[0].GetString().Should().Be("https://sws.geonames.org/524901/");
        Node(root, "Country+Organization").GetProperty("address").GetProperty("addressCountry").GetString().Should().Be("RU");
        talks.GetProperty("about").EnumerateArray().Select(t => t.GetProperty("termCode").GetString()).Should().Equal("negotiation", "046");
    }

    [Fact]
    public void A_claim_has_its_author_its_appearances_with_their_quotes_and_first_the_earliest_published()
    {
        const string Text = "Haftar left Moscow, TASS said.";
        var dataset = new Dataset
        {
            Id = Id,
            Documents =
            [
                new Document { Id = Late, Published = TimeValue.Day(2020, 1, 14), Text = Text },
                new Document { Id = Early, Published = TimeValue.Parse("2020-01-13T23:00:00+03:00"), Text = Text },
            ],
            Actors = [new Actor { Id = new("tass"), Kind = ActorKind.MediaOutlet, Name = "TASS" }],
            Statements = [new Statement { Id = new("s"), Speaker = new("tass"), Channel = StatementChannel.NewsAgencyReport, Mode = SpeechMode.ReportedSpeech, Content = "Haftar left Moscow", Time = TimeValue.Day(2020, 1, 13) }],
            Claims =
            [
                new Claim
                {
                    Id = new("c"), Claimant = new("tass"), Proposition = "Haftar has left Moscow", Polarity = ClaimPolarity.Positive,
                    Certainty = ClaimCertainty.Certain, Statement = new("s"), About = new ClaimSubjects { Actors = [new("tass")] },
                    Evidence = [Evidence.Find(Late, Text, "Haftar left Moscow"), Evidence.Find(Early, Text, "Haftar left Moscow")],
                },
            ],
        };

        var root = Export(dataset);
        var claim = Node(root, "Claim");

        JsonLdChecker.Problems(root).Should().BeEmpty();
        claim.GetProperty("text").GetString().Should().Be("Haftar has left Moscow");
        claim.GetProperty("author").GetProperty("@id").GetString().Should().Be("urn:newsevents:ds:actor:tass");
        claim.GetProperty("datePublished").GetString().Should().Be("2020-01-13");
        claim.GetProperty("appearance").EnumerateArray().Select(a => a.GetProperty("isPartOf").GetProperty("@id").GetString())
            .Should().Equal("urn:newsevents:ds:document:d-late", "urn:newsevents:ds:document:d-early");
        claim.GetProperty("appearance")[0].GetProperty("text").GetString().Should().Be("Haftar left Moscow");
        claim.GetProperty("firstAppearance").GetProperty("isPartOf").GetProperty("@id").GetString().Should().Be("urn:newsevents:ds:document:d-early");
        Node(root, "NewsMediaOrganization").GetProperty("name").GetString().Should().Be("TASS");
    }

    [Fact]
    public void Records_without_a_header_first_or_with_a_second_are_refused()
    {
        var records = new[] { JsonLinesRecord.From(new Actor { Id = new("a"), Kind = ActorKind.Person, Name = "A" }) };

        FluentActions.Invoking(() => JsonLdExporter.Write(records, Stream.Null)).Should().Throw<NewsEventsFormatException>()
            .WithMessage("*needs the dataset's id, from a header record before any other*");
        FluentActions.Invoking(() => JsonLdExporter.Write([], Stream.Null)).Should().Throw<NewsEventsFormatException>()
            .WithMessage("*the stream is empty*");
        var header = JsonLinesRecord.From(new JsonLinesHeader { Id = Id });
        FluentActions.Invoking(() => JsonLdExporter.Write([header, header], Stream.Null)).Should().Throw<NewsEventsFormatException>()
            .WithMessage("A JSON Lines stream holds one header, at its start.");
    }

    private static Dataset WithEvents(params TimeValue[] times) => new()
    {
        Id = Id,
        Events = [.. times.Select((t, i) => new Event { Id = new EventId($"e{i}"), Type = EventType.Meeting, Status = EventStatus.Occurred, Time = t })],
    };

    private static List<(string?, string?)> Dates(JsonElement root) =>
        [.. root.GetProperty("@graph").EnumerateArray().Where(n => TypeOf(n) == "Event")
            .Select(e => (Optional(e, "startDate"), Optional(e, "endDate")))];

    private static string? Optional(JsonElement node, string property) => node.TryGetProperty(property, out var value) ? value.GetString() : null;

    private static JsonElement Node(JsonElement root, string type) =>
        root.GetProperty("@graph").EnumerateArray().Single(n => TypeOf(n) == type);

    private static string TypeOf(JsonElement node)
    {
        var type = node.GetProperty("@type");
        return type.ValueKind == JsonValueKind.Array ? string.Join('+', type.EnumerateArray().Select(t => t.GetString())) : type.GetString()!;
    }

    private static byte[] Bytes(Dataset dataset)
    {
        using var output = new MemoryStream();
        JsonLdExporter.Write(dataset, output);
        return output.ToArray();
    }

    private static JsonElement Export(Dataset dataset) => JsonDocument.Parse(Bytes(dataset)).RootElement;
}
