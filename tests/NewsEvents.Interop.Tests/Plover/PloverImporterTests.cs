using System.Globalization;
using System.Text;
using System.Text.Json;
using NewsEvents.Interop.Plover;
using NodaTime;
using NodaTime.Testing;

namespace NewsEvents.Interop.Tests.Plover;

/// <summary>The PLOVER gold-standard records (real, CC BY-SA 4.0) and records in the PLOVER manual's field names (written by hand); Fixtures/ATTRIBUTION.md.</summary>
public class PloverImporterTests
{
    public const string Gsr = "plover_gsr_cameo.json";
    public const string Manual = "plover_manual_handwritten.jsonl";

    [Fact]
    public void The_gold_standard_records_import_as_valid_events_with_their_terms()
    {
        var importer = new PloverImporter(new ImportOptions { Clock = new FakeClock(Instant.FromUtc(2026, 12, 6, 9, 0)) });
        var dataset = importer.ReadDataset([Fixtures.Source(Gsr)], new DatasetId("plover"));

        NewsEventsJson.Deserialize(NewsEventsJson.Serialize(dataset)).Should().Be(dataset, "the dataset is valid: every evidence quote is the text at its offsets");
        dataset.Events.Should().HaveCount(322);
        importer.Report.Files.Should().Equal(new NewsEvents.Interop.Sources.SourceFileReport(Gsr, "PLOVER JSON array", 323, 0));
        dataset.Metadata!.SourceFiles.Should().Equal($"{Gsr}: PLOVER JSON array");
        dataset.Metadata.License.Should().Contain($"{Gsr}: This entire file is licensed under a Creative Commons Attribution-ShareAlike 4.0 International License. Copyright 2016 by the Open Event Data Alliance");
        dataset.Metadata.Coded.Should().Be(TimeValue.At(Instant.FromUtc(2026, 12, 6, 9, 0)));
    }

    [Fact]
    public void The_DOCUMENT_record_is_the_files_documentation_a_document_not_an_event()
    {
        var dataset = Import(Gsr);

        dataset.Events.Should().NotContain(e => e.Codes.Any(c => c.Value == "DOCUMENT"));
        var documentation = dataset.Documents.Single(d => d.Id.Value == "plover-doc-PLOVER-GSR01-DOCUMENT-0001");
        documentation.Text.Should().BeNull();
        documentation.Attributes.GetValueOrDefault("plover:copyright")!.Text.Should().Be("Copyright 2016 by the Open Event Data Alliance");
        documentation.Attributes.GetValueOrDefault("plover:eventText")!.Text.Should().StartWith("'DOCUMENT' 'events' are currently used");
    }

    [Fact]
    public void A_record_becomes_an_event_with_its_actors_type_text_and_the_exact_words_of_its_markup()
    {
        var dataset = Import(Gsr);
        var offer = dataset.Events.Single(e => e.Id.Value == "plover-PLOVER-GSR01-AGREE-0005");
        var document = dataset.Documents.Single(d => d.Id.Value == "plover-doc-PLOVER-GSR01-AGREE-0005");

        offer.Type.Should().Be(EventType.Agreement);
        offer.Status.Should().Be(EventStatus.Occurred);
        offer.Time.Should().Be(TimeValue.Day(2000, 1, 1));
        offer.Codes.Should().Equal(ExternalCode.Plover("AGREE"));
        offer.Participants.Should().Equal(new Participant(new ActorId("plover-actor-LBY-Libya"), ParticipantRole.Initiator), new Participant(new ActorId("plover-actor-GBR-Great-Britain"), ParticipantRole.Target));
        dataset.Actors.Single(a => a.Id.Value == "plover-actor-LBY-Libya").Should().Be(new Actor
        {
            Id = new ActorId("plover-actor-LBY-Libya"),
            Kind = ActorKind.State,
            Name = "Libya",
            Country = "LY",
            Codes = [new ExternalCode(CodeScheme.CameoActor, "LBY")],
        });
        document.Text.Should().StartWith("Libya has offered to hand over to Great Britain");
        document.Language.Should().Be("en");
        offer.Evidence.Select(e => (e.Quote, e.Attributes.GetValueOrDefault("newsevents:ploverMarkup")!.Text)).Should().Equal(
            ("Libya", "SRC"), ("offered to hand over", "EVT"), ("Great Britain", "TAR"), ("suspected", "EVT"));
        offer.Evidence[1].Should().Match<Evidence>(e => e.Start == 10 && e.End == 30);
        offer.Attributes.GetValueOrDefault("plover:context")!.Text.Should().Be("terrorism");
        offer.Attributes.GetValueOrDefault("plover:textInfo.markup")!.Text.Should().StartWith("(SRC: Libya) has (EVT: offered to hand over)");
    }

    [Fact]
    public void Where_the_markup_differs_from_the_text_only_words_found_once_in_the_text_become_spans()
    {
        var dataset = Import(Gsr);
        var evacuation = dataset.Events.Single(e => e.Id.Value == "plover-PLOVER-GSR01-AGREE-0027");

        // The markup writes "Isreal" where the text has "Israel": that phrase gives no span, the others do.
        evacuation.Evidence.Select(e => e.Quote).Should().Equal("will evacuate", "settlements", "Gaza Strip");
        var nested = dataset.Events.Single(e => e.Id.Value == "plover-PLOVER-GSR01-AGREE-0024");
        nested.Evidence.Select(e => e.Quote).Should().Contain("Azadliq (Freedom) opposition coalition");
        dataset.Events.Sum(e => e.Evidence.Length).Should().BeGreaterThan(1000);
    }

    [Fact]
    public void A_context_written_where_the_targets_belong_is_kept_as_given_and_named_not_read()
    {
        var erratum = Import(Gsr).Events.Single(e => e.Id.Value == "plover-PLOVER-GSR01-AGREE-0007");

        erratum.Attributes.GetValueOrDefault("plover:target")!.Text.Should().Be("diplomatic");
        erratum.Attributes.GetValueOrDefault("newsevents:notRead")!.Text.Should().Be("target");
        erratum.Participants.Should().OnlyContain(p => p.Role == ParticipantRole.Initiator);
    }

    [Fact]
    public void A_different_record_under_an_id_already_read_is_an_event_of_its_own_and_an_exact_repeat_is_not()
    {
        var importer = new PloverImporter();
        var dataset = importer.ReadDataset([Fixtures.Source(Gsr), Fixtures.Source(Gsr)], new DatasetId("plover"));

        var second = dataset.Events.Single(e => e.Id.Value == "plover-PLOVER-GSR01-COERCE-0004-repeat-2");
        second.Attributes.GetValueOrDefault("newsevents:repeatedId")!.Text.Should().Be("PLOVER-GSR01-COERCE-0004");
        second.Attributes.GetValueOrDefault("plover:source.0.actorText")!.Text.Should().Be("Israel");
        dataset.Documents.Should().Contain(d => d.Id.Value == "plover-doc-PLOVER-GSR01-COERCE-0004-repeat-2");
        dataset.Events.Should().HaveCount(322, "the second file repeats the first exactly");
        importer.Report.RepeatedEvents.Should().Be(322);
    }

    [Fact]
    public void Modes_become_PLOVER_mode_codes_and_an_empty_mode_none()
    {
        var dataset = Import(Gsr);

        var withMode = dataset.Events.Single(e => e.Id.Value == RecordWhere(r => r.TryGetProperty("mode", out var m) && m.ValueKind == JsonValueKind.String && m.GetString() == "heavy-weapons"));
        withMode.Codes.Should().Contain(new ExternalCode(CodeScheme.PloverMode, "heavy-weapons"));
        withMode.Status.Should().Be(EventStatus.Occurred);
        var emptyMode = dataset.Events.Single(e => e.Id.Value == RecordWhere(r => r.TryGetProperty("mode", out var m) && m.ValueKind == JsonValueKind.String && m.GetString() == ""));
        emptyMode.Codes.Should().NotContain(c => c.Scheme == CodeScheme.PloverMode);
        emptyMode.Attributes.GetValueOrDefault("plover:mode")!.Text.Should().BeEmpty("the empty mode is kept as written");
    }

    [Fact]
    public void Every_field_of_every_record_but_its_text_is_kept_as_a_source_attribute()
    {
        var dataset = Import(Gsr);
        using var json = JsonDocument.Parse(File.ReadAllBytes(Fixtures.PathOf(Gsr)));

        var checkedFields = 0;
        foreach (var record in json.RootElement.EnumerateArray())
        {
            var id = record.GetProperty("id").GetString()!;
            var attributes = dataset.Events.FirstOrDefault(e => e.Id.Value.StartsWith("plover-" + id, StringComparison.Ordinal) && Leaves(record, null).All(l => l.Path == "text" || e.Attributes.GetValueOrDefault("plover:" + l.Path.Replace(' ', '_'))?.Text == l.Value))?.Attributes
                ?? dataset.Documents.Single(d => d.Id.Value == "plover-doc-" + id).Attributes;
            foreach (var (path, value) in Leaves(record, null).Where(l => l.Path != "text").Select(l => (l.Path.Replace(' ', '_'), l.Value)))
            {
                attributes.GetValueOrDefault("plover:" + path)!.Text.Should().Be(value, $"{id} keeps {path}");
                checkedFields++;
            }

            if (record.TryGetProperty("text", out var text))
            {
                dataset.Documents.Should().Contain(d => d.Id.Value.StartsWith("plover-doc-" + id, StringComparison.Ordinal) && d.Text == text.GetString());
            }
        }

        checkedFields.Should().BeGreaterThan(5000);
    }

    [Fact]
    public void JSON_Lines_give_the_same_records_as_the_array()
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(Fixtures.PathOf(Gsr)));
        var lines = string.Join('\n', json.RootElement.EnumerateArray().Select(r => r.GetRawText().Replace("\n", " ", StringComparison.Ordinal))) + "\n";
        var source = Fixtures.Text("gsr.jsonl", lines);

        PloverImporter.DetectFormat(source).Should().Be(PloverFormat.JsonLines);
        var fromLines = new PloverImporter().ReadDataset([source], new DatasetId("plover"));
        var fromArray = Import(Gsr);
        fromLines.Events.Should().Equal(fromArray.Events);
        fromLines.Actors.Should().Equal(fromArray.Actors);
        fromLines.Documents.Should().Equal(fromArray.Documents);
    }

    [Fact]
    public void Records_in_the_manuals_field_names_give_Wikidata_ids_locations_modes_and_tolls()
    {
        var dataset = Import(Manual);
        var meeting = dataset.Events.Single(e => e.Id.Value == "plover-XMV-2025-0001");

        meeting.Type.Should().Be(EventType.Meeting);
        meeting.Status.Should().Be(EventStatus.Planned, "the mode future says the meeting is to come");
        meeting.Place.Should().Be(new Place
        {
            Name = "Tallinn",
            Country = "EE",
            Precision = PlacePrecision.City,
            Coordinates = new GeoPoint(59.437, 24.7536),
            Codes = [new ExternalCode(CodeScheme.GeoNames, "588409")],
        });
        dataset.Actors.Single(a => a.Id.Value == "plover-actor-Q191").Should().Match<Actor>(a =>
            a.Name == "Estonian Foreign Minister" && a.Kind == ActorKind.Government && a.Country == "EE"
            && a.Codes.SequenceEqual(new[] { new ExternalCode(CodeScheme.CameoActor, "ESTGOV"), ExternalCode.Wikidata("Q191") }));
        meeting.Evidence.Should().ContainSingle().Which.Quote.Should().Be("will meet");
        meeting.Attributes.GetValueOrDefault("plover:intensity").Should().Be(AttributeValue.FromNumber("1.5"));
        meeting.Attributes.GetValueOrDefault("plover:event_loc.geonameid").Should().Be(AttributeValue.FromNumber("588409"));

        var attack = dataset.Events.Single(e => e.Id.Value == "plover-XMV-2025-0002");
        attack.Quantities.Should().Equal(new Quantity(QuantityKind.Killed, 3));
        attack.Evidence.Should().BeEmpty("its event text stands twice in the text: an offset would be a guess");
        attack.Attributes.GetValueOrDefault("plover:dead")!.Text.Should().Be("3");
        attack.Attributes.GetValueOrDefault("plover:has_event").Should().Be(AttributeValue.FromBoolean(true));
    }

    [Fact]
    public void PLOVER_records_are_told_from_other_JSON_and_from_TSV()
    {
        PloverImporter.DetectFormat(Fixtures.Source(Gsr)).Should().Be(PloverFormat.JsonArray);
        PloverImporter.DetectFormat(Fixtures.Source(Manual)).Should().Be(PloverFormat.JsonLines);
        PloverImporter.DetectFormat(Fixtures.Source("schemaorg/claimreview_eg-0324.jsonld")).Should().BeNull();
        PloverImporter.DetectFormat(Fixtures.Source(Fixtures.Events2)).Should().BeNull();
        PloverImporter.DetectFormat(Fixtures.Text("empty.json", "  ")).Should().BeNull();
    }

    [Theory]
    [InlineData("\"date\": \"2025-03-15\"", "\"date\": \"20141332\"", "date is '20141332', not a date written YYYY-MM-DD.")]
    [InlineData("\"event\": \"ASSAULT\"", "\"event\": \"assault\"", "'assault' is not a well-formed plover code")]
    [InlineData("\"dead\": \"3\"", "\"dead\": \"3\", \"d_\": 1, \"d \": 2", "Two fields would be kept as the one source attribute plover:d_")]
    [InlineData("\"dead\": \"3\"", "\"dead\": \"3\", \"event_loc\": {\"name\": \"Dranmir\", \"lat\": 91, \"lon\": 18.6}", "lat is '91', not a number from -90 to 90.")]
    [InlineData("\"mode\": \"firearms\"", "\"mode\": 7", "mode is a JSON number, not a string or a list of strings.")]
    [InlineData("Fighters of", "\\ud800 Fighters of", "missing low surrogate")]
    [InlineData("{\"id\": \"XMV-2025-0002\"", "{\"id\": \"XMV-2025-0002\" \"x\"", "The line is not a JSON object")]
    [InlineData("{\"id\": \"XMV-2025-0002\"", "{\"id\": \"\"", "id is empty")]
    public void A_bad_record_is_refused_with_its_file_line_and_reason_or_left_out_when_lenient(string find, string replace, string reason)
    {
        var lines = Fixtures.Lines(Manual);
        lines[1] = lines[1].Replace(find, replace, StringComparison.Ordinal);
        lines[1].Should().Contain(replace);
        var source = Fixtures.Text("bad.jsonl", string.Join('\n', lines) + "\n");

        var thrown = FluentActions.Invoking(() => new PloverImporter().ReadDataset([source], new DatasetId("d"))).Should().Throw<NewsEventsFormatException>().Which;
        thrown.Message.Should().StartWith("bad.jsonl, line 2: ").And.Contain(reason);

        var problems = new List<ImportProblem>();
        var dataset = new PloverImporter(new ImportOptions { Lenient = true, Problems = problems.Add }).ReadDataset([source], new DatasetId("d"));
        problems.Should().ContainSingle().Which.Line.Should().Be(2);
        dataset.Events.Should().ContainSingle().Which.Id.Value.Should().Be("plover-XMV-2025-0001");
        dataset.Actors.Should().NotContain(a => a.Name == "Dranmir police", "a bad record leaves no trace");
    }

    [Fact]
    public void A_truncated_array_an_empty_file_UTF_16_and_another_source_are_refused_and_a_byte_order_mark_is_skipped()
    {
        var text = File.ReadAllText(Fixtures.PathOf(Gsr));
        Refused(Fixtures.Text("cut.json", text[..(text.Length / 2)])).Should().MatchRegex("^cut\\.json, line [0-9]+: The file is not valid JSON here");
        Refused(Fixtures.Text("empty.json", string.Empty)).Should().Be("empty.json, line 1: The file is empty: it holds no PLOVER record.");
        Refused(ImportSource.FromBytes("utf16.json", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)])).Should().Contain("utf16.json, line 1: The file is UTF-16");
        Refused(ImportSource.FromBytes("utf16.json", Encoding.Unicode.GetBytes(text))).Should().Contain("does not hold PLOVER records");
        Refused(Fixtures.Source("schemaorg/claimreview_eg-0324.jsonld")).Should().Contain("does not hold PLOVER records");
        Refused(ImportSource.FromBytes("latin1.json", [.. Encoding.UTF8.GetBytes(text[..^2]), .. Encoding.Latin1.GetBytes(",\"caf\u00e9\"]")])).Should().Contain("latin1.json: The file is not UTF-8 text");

        var withMark = ImportSource.FromBytes("bom.json", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)]);
        new PloverImporter().ReadDataset([withMark], new DatasetId("d")).Events.Should().HaveCount(322);
    }

    [Fact]
    public void A_broken_array_stops_at_its_line_in_a_lenient_import_after_the_records_before_it()
    {
        var text = File.ReadAllText(Fixtures.PathOf(Gsr));
        var cut = text[..text.IndexOf("PLOVER-GSR01-AGREE-0003", StringComparison.Ordinal)];
        var problems = new List<ImportProblem>();
        var importer = new PloverImporter(new ImportOptions { Lenient = true, Problems = problems.Add });

        var dataset = importer.ReadDataset([Fixtures.Text("cut.json", cut)], new DatasetId("d"));

        dataset.Events.Select(e => e.Id.Value).Should().Equal("plover-PLOVER-GSR01-AGREE-0001", "plover-PLOVER-GSR01-AGREE-0002");
        problems.Should().ContainSingle().Which.Line.Should().Be(cut.Count(c => c == '\n') + 1);
    }

    private static string Refused(ImportSource source) =>
        FluentActions.Invoking(() => new PloverImporter().ReadDataset([source], new DatasetId("d"))).Should().Throw<NewsEventsFormatException>().Which.Message;

    private static Dataset Import(string file) => new PloverImporter().ReadDataset([Fixtures.Source(file)], new DatasetId("plover"));

    private static string RecordWhere(Func<JsonElement, bool> predicate)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(Fixtures.PathOf(Gsr)));
        return "plover-" + json.RootElement.EnumerateArray().First(predicate).GetProperty("id").GetString();
    }

    // The test's own reading of every scalar of a record, with its path, as the importer must keep it.
    private static IEnumerable<(string Path, string Value)> Leaves(JsonElement element, string? path) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Leaves(p.Value, path is null ? p.Name : $"{path}.{p.Name}")),
        JsonValueKind.Array => element.EnumerateArray().SelectMany((item, i) => Leaves(item, $"{path}.{i.ToString(CultureInfo.InvariantCulture)}")),
        JsonValueKind.Null => [],
        JsonValueKind.String => [(path!, element.GetString()!)],
        JsonValueKind.True or JsonValueKind.False => [(path!, element.ValueKind == JsonValueKind.True ? "true" : "false")],
        _ => [(path!, element.GetRawText())],
    };
}
