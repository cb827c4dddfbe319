using NewsEvents.Interop.Gdelt;
using NodaTime;
using NodaTime.Text;
using static NewsEvents.Interop.Tests.Fixtures;

namespace NewsEvents.Interop.Tests.Gdelt;

public class GdeltImporterTests
{
    private static readonly DatasetId Id = new("gdelt-sample");

    private static (Dataset Dataset, GdeltImportReport Report) Import(params string[] files)
    {
        var importer = new GdeltImporter();
        var dataset = importer.ReadDataset([.. files.Select(Source)], Id);
        return (dataset, importer.Report);
    }

    private static Event EventOf(Dataset dataset, string globalEventId) => dataset.Events.Single(e => e.Id.Value == "gdelt-" + globalEventId);

    [Fact]
    public void Every_events_row_becomes_one_event_whose_id_is_its_GLOBALEVENTID()
    {
        var ids = Lines(Events2).Select(l => "gdelt-" + Columns(l)[0]).ToArray();

        var (dataset, report) = Import(Events2);

        dataset.Events.Select(e => e.Id.Value).Should().Equal(ids);
        report.Events.Should().Be(100);
        report.Files.Should().ContainSingle().Which.Should().Be(new GdeltFileReport(Events2, GdeltLayout.Events2, 100, 0));
    }

    [Fact]
    public void An_event_keeps_its_CAMEO_codes_as_strings_with_base_and_root_and_gets_PLOVER_and_NewsEvents_types()
    {
        var (dataset, _) = Import(Events2);

        var hosted = EventOf(dataset, "410412347"); // EventCode 043, host a visit
        hosted.Codes.Select(c => c.ToString()).Should().Equal("cameo:043", "cameo:04", "plover:CONSULT", "ploverMode:visit");
        hosted.Type.Should().Be(EventType.Meeting);
        hosted.Status.Should().Be(EventStatus.Occurred);
        hosted.Time.Should().Be(TimeValue.Day(2014, 2, 18));

        EventOf(dataset, "410412348").Type.Should().Be(EventType.Travel, "042 is a visit made");
    }

    [Fact]
    public void ActionGeo_becomes_the_place_with_its_FIPS_country_in_ISO_coordinates_and_precision()
    {
        var (dataset, _) = Import(Events2);

        var place = EventOf(dataset, "410412347").Place!;
        place.Name.Should().Be("Waterkloof, Free State, South Africa");
        place.Country.Should().Be("ZA", "FIPS SF is South Africa");
        place.Precision.Should().Be(PlacePrecision.City, "geo type 4 is a world city");
        place.Coordinates.Should().Be(new GeoPoint(-30.3098, 25.2971));

        EventOf(dataset, "410412349").Place!.Should().Match<Place>(p => p.Country == "AU" && p.Precision == PlacePrecision.City);
        dataset.Events.Where(e => e.Place is null).Should().HaveCount(
            Lines(Events2).Count(l => Columns(l)[GdeltColumns.NumberOf(GdeltLayout.Events2, "ActionGeo_Type") - 1] == "0"));
    }

    [Fact]
    public void Actors_are_deduplicated_by_code_and_name_and_take_part_as_initiator_and_target()
    {
        var pairs = Lines(Events2).SelectMany(l => new[] { (Columns(l)[5], Columns(l)[6]), (Columns(l)[15], Columns(l)[16]) })
            .Where(p => p.Item1.Length > 0 || p.Item2.Length > 0).Distinct().Count();

        var (dataset, report) = Import(Events2);

        dataset.Actors.Should().HaveCount(pairs);
        report.Actors.Should().Be(pairs);
        dataset.Actors.Select(a => a.Id).Should().OnlyHaveUniqueItems();
        var mumbai = dataset.Actors.Single(a => a.Id.Value == "gdelt-actor-IND-MUMBAI");
        mumbai.Should().Match<Actor>(a => a.Name == "MUMBAI" && a.Country == "IN" && a.Kind == ActorKind.State);
        mumbai.Codes.Should().Equal(new ExternalCode(CodeScheme.CameoActor, "IND"));
        EventOf(dataset, "410412348").Participants.Should().Equal(new Participant(mumbai.Id, ParticipantRole.Target));
        dataset.Actors.Single(a => a.Id.Value == "gdelt-actor-GOV-PRESIDENT").Kind.Should().Be(ActorKind.Government);
    }

    [Fact]
    public void Mentions_become_documents_and_evidence_on_the_one_event_they_mention()
    {
        var (dataset, report) = Import(Events2, Mentions2);

        var evidence = EventOf(dataset, "410412347").Evidence.Should().ContainSingle().Subject;
        evidence.Start.Should().Be(4594, "the span runs from the first offset given (Actor2CharOffset)");
        evidence.End.Should().Be(4634, "to the last (ActionCharOffset)");
        evidence.Quote.Should().BeNull("GDELT gives no text");
        var document = dataset.Documents.Single(d => d.Id == evidence.Document);
        document.Url.Should().Be("http://www.dailymaverick.co.za/article/2015-02-19-sona2015-jamming-state-security-agency-steps-forward-blames-low-ranking-operator/");
        document.Publisher.Should().Be("dailymaverick.co.za");
        document.Text.Should().BeNull();
        document.Published.Should().Be(TimeValue.At(InstantPattern.General.Parse("2015-02-18T23:00:00Z").Value) with { IsApproximate = true });
        report.Evidence.Should().Be(dataset.Events.Sum(e => e.Evidence.Length));
        report.Evidence.Should().BeGreaterThan(0);
    }

    [Fact]
    public void A_mention_repeated_for_the_same_event_url_and_sentence_is_kept_as_its_own_evidence_and_marked()
    {
        var rows = Lines(Mentions2).Select(Columns).ToArray();
        var keys = rows.Select(c => (c[0], c[5], c[6])).Distinct().Count();
        keys.Should().BeLessThan(rows.Length, "the sample repeats a mention (event 913070631, sentence 9)");

        var (dataset, report) = Import(Events2, Mentions2);

        (report.Evidence).Should().Be(rows.Length, "every mention row is kept");
        report.RepeatedMentions.Should().Be(rows.Length - keys);
        dataset.Events.SelectMany(e => e.Evidence).Count(e => e.Attributes.TryGetValue("newsevents:repeatedMention", out _)).Should().Be(rows.Length - keys);
    }

    [Fact]
    public void A_repeated_mention_keeps_its_own_offsets_as_given()
    {
        var mention = Lines(Mentions2)[0];
        var columns = Columns(mention);
        columns[7] = "10"; // Actor1CharOffset: this row's span starts there
        var repeat = string.Join('\t', columns);

        var dataset = new GdeltImporter().ReadDataset([Source(Events2), Text("m.tsv", mention + "\n" + repeat + "\n")], new DatasetId("d"));

        var evidence = EventOf(dataset, "410412347").Evidence;
        evidence.Select(e => (e.Start, e.End)).Should().Equal((4594, 4634), (10, 4634));
        evidence[1].Attributes.GetValueOrDefault("gdelt:Actor1CharOffset")!.Text.Should().Be("10");
        evidence[1].Attributes.GetValueOrDefault("newsevents:repeatedMention").Should().Be(AttributeValue.FromBoolean(true));
        evidence[0].Attributes.GetValueOrDefault("newsevents:approximateOffsets").Should().Be(AttributeValue.FromBoolean(true), "GDELT's offsets are approximate");
    }

    [Fact]
    public void The_same_event_in_several_files_stays_one_event_and_mentions_given_first_or_last_give_the_same_dataset()
    {
        var (once, _) = Import(Events2, Mentions2);
        var (twice, report) = Import(Mentions2, Events2, Events2);

        twice.Events.Should().Equal(once.Events);
        report.RepeatedEvents.Should().Be(100);
    }

    [Fact]
    public void Two_GLOBALEVENTIDs_are_never_merged_even_for_one_story_reported_by_several_outlets()
    {
        var story = Lines(Events2).Where(l => Columns(l)[60].Contains("islamic-state", StringComparison.OrdinalIgnoreCase)
            || Columns(l)[60].Contains("libya", StringComparison.OrdinalIgnoreCase)).Select(l => Columns(l)[0]).Distinct().ToArray();
        story.Should().HaveCountGreaterThan(1);

        var (dataset, _) = Import(Events2);

        dataset.Events.Select(e => e.Id.Value).Should().Contain(story.Select(s => "gdelt-" + s));
    }

    [Fact]
    public void DATEADDED_is_the_UTC_publication_slot_of_the_SOURCEURL_document()
    {
        var (dataset, _) = Import(Events2);

        var document = dataset.Documents.Single(d => d.Url == "http://www.voxy.co.nz/entertainment/coast-new-zealand-production-tv-one/5/214255");
        document.Published!.IsApproximate.Should().BeTrue();
        document.Published.Offset.Should().Be(Offset.Zero);
        document.Published.LocalDateTime.Should().Be(new LocalDateTime(2015, 2, 18, 23, 0, 0));
    }

    [Fact]
    public void Mentions_of_events_not_imported_are_kept_on_events_known_only_from_them_and_counted()
    {
        var mentioned = Lines(Mentions2).Select(l => Columns(l)[0]).ToHashSet();
        var imported = Lines(Events2).Select(l => Columns(l)[0]).ToHashSet();
        mentioned.Except(imported).Should().NotBeEmpty();

        var (dataset, report) = Import(Events2, Mentions2);

        report.UnmatchedEvidence.Should().BeGreaterThan(0);
        dataset.Documents.Select(d => d.Url).Should().Contain(Lines(Mentions2).Select(l => Columns(l)[5]).Distinct());
        var known = dataset.Events.Where(e => e.Attributes.TryGetValue("newsevents:eventRowMissing", out _)).ToList();
        known.Select(e => e.Id.Value).Should().BeEquivalentTo(mentioned.Except(imported).Select(id => "gdelt-" + id));
        known.Should().OnlyContain(e => e.Type == EventType.Other && e.Evidence.Length > 0);
        known.Sum(e => e.Evidence.Length).Should().Be((int)report.UnmatchedEvidence);
    }

    [Fact]
    public void GDELT_1_rows_of_57_and_58_columns_are_read_from_one_file_and_a_source_name_is_not_taken_for_a_URL()
    {
        var (dataset, report) = Import(Events1Mixed);

        dataset.Events.Should().HaveCount(Lines(Events1Mixed).Select(l => Columns(l)[0]).Distinct().Count());
        report.Files.Single().Layout.Should().Be(GdeltLayout.Events1);
        var bbc = dataset.Documents.Should().Contain(d => d.Publisher == "BBC Monitoring").Subject;
        bbc.Url.Should().BeNull();
    }

    [Fact]
    public void Translingual_events_and_mentions_import_like_the_English_ones()
    {
        var (dataset, report) = Import(TranslationEvents, TranslationMentions);

        dataset.Events.Count(e => !e.Attributes.TryGetValue("newsevents:eventRowMissing", out _)).Should().Be(100);
        report.Files.Select(f => f.Layout).Should().Equal(GdeltLayout.Mentions2, GdeltLayout.Events2);
        dataset.Events.Sum(e => e.Evidence.Length).Should().Be((int)report.Evidence);
    }

    [Fact]
    public void The_imported_dataset_is_valid_NewsEvents_and_records_its_files_and_terms()
    {
        var importer = new GdeltImporter(new ImportOptions { Clock = new NodaTime.Testing.FakeClock(Instant.FromUtc(2026, 12, 6, 9, 0)) });
        var dataset = importer.ReadDataset([Source(Events2), Source(Mentions2), Source(Events1Mixed)], Id, "GDELT samples");

        var json = NewsEventsJson.Serialize(dataset);
        NewsEventsJson.Deserialize(json).Should().Be(dataset);
        dataset.Metadata!.SourceFiles.Should().Equal(
            $"{Events2}: GDELT 2.0 events (61 columns)",
            $"{Mentions2}: GDELT 2.0 mentions (16 columns)",
            $"{Events1Mixed}: GDELT 1.0 events (57 columns)");
        dataset.Metadata.License.Should().Contain("GDELT").And.Contain("CC BY-SA 4.0");
        dataset.Metadata.Coded.Should().Be(TimeValue.At(Instant.FromUtc(2026, 12, 6, 9, 0)));
    }
}
