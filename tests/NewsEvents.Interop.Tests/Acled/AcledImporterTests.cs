using System.Text;
using NewsEvents.Interop.Acled;

namespace NewsEvents.Interop.Tests.Acled;

/// <summary>ACLED's current export and legacy 2016 file, on rows written by hand from the codebook (ACLED's rows may not be redistributed).</summary>
public class AcledImporterTests
{
    public const string Current = "acled_current_handwritten.csv";
    public const string Legacy = "acled_legacy_2016_handwritten.csv";

    public static TheoryData<string> Files => [Current, Legacy];

    [Theory]
    [MemberData(nameof(Files))]
    public void An_imported_file_written_back_is_byte_identical(string file)
    {
        var dataset = NewsEventsJson.Deserialize(NewsEventsJson.SerializeToUtf8Bytes(Import(file)));

        using var output = new MemoryStream();
        AcledExporter.Write(dataset, output);

        output.ToArray().Should().Equal(File.ReadAllBytes(Fixtures.PathOf(file)));
    }

    [Fact]
    public void The_layout_is_told_by_the_header()
    {
        AcledImporter.DetectLayout(Fixtures.Source(Current)).Should().Be(AcledLayout.Current);
        AcledImporter.DetectLayout(Fixtures.Source(Legacy)).Should().Be(AcledLayout.Legacy2016);
        AcledImporter.DetectLayout(Fixtures.Source(Fixtures.Events2)).Should().BeNull();
    }

    [Fact]
    public void A_row_becomes_an_event_with_its_actors_place_time_toll_and_sources()
    {
        var dataset = Import(Current);
        var clash = dataset.Events.Single(e => e.Id.Value == "acled-XMV1001");

        clash.Type.Should().Be(EventType.Fighting);
        clash.Time.Should().Be(TimeValue.Day(2025, 3, 14));
        clash.Codes.Should().Equal(new ExternalCode(CodeScheme.AcledEventType, "Battles"), new ExternalCode(CodeScheme.AcledEventType, "Armed clash"));
        clash.Place!.Name.Should().Be("Dranmir");
        clash.Place.Coordinates.Should().Be(new GeoPoint(54.1234, 18.5678));
        clash.Participants.Select(p => (p.Actor.Value, p.Role)).Should().Equal(
            ("acled-actor-Military-Forces-of-Morvania-(2020-)", ParticipantRole.Initiator),
            ("acled-actor-NLF:-National-Liberation-Front", ParticipantRole.Target));
        clash.Quantities.Should().ContainSingle().Which.Should().Be(new Quantity(QuantityKind.Killed, 12m, qualifier: QuantityQualifier.AtLeast, text: AcledImporter.FatalitiesMeaning));
        clash.Summary.Should().StartWith("On 14 March 2025, Morvanian forces").And.EndWith("the NLF said \"dozens\".");
        clash.Attributes.GetValueOrDefault("acled:interaction")!.Text.Should().Be("State forces-Rebel group");
        clash.Attributes.GetValueOrDefault("acled:latitude").Should().Be(AttributeValue.FromNumber("54.1234"));
        dataset.Documents.Select(d => d.Publisher).Should().Contain(["Meridian Wire", "Morvanian Herald"]);
        dataset.Actors.Single(a => a.Name == "Military Forces of Morvania (2020-)").Kind.Should().Be(ActorKind.Government);
    }

    [Fact]
    public void Time_precision_gives_a_day_an_ISO_week_or_a_month()
    {
        var dataset = Import(Current);

        dataset.Events.Single(e => e.Id.Value == "acled-XMV1002").Time.Should().Be(TimeValue.WeekOf(new NodaTime.LocalDate(2025, 3, 10)));
        dataset.Events.Single(e => e.Id.Value == "acled-XMV1003").Time.Should().Be(TimeValue.Month(2025, 2));
    }

    [Fact]
    public void Associated_actors_separated_by_semicolons_take_part()
    {
        var protest = Import(Current).Events.Single(e => e.Id.Value == "acled-XMV1002");

        protest.Participants.Select(p => (p.Actor.Value, p.Role)).Should().Equal(
            ("acled-actor-Protesters-(Morvania)", ParticipantRole.Initiator),
            ("acled-actor-Students-(Morvania)", ParticipantRole.Supporter),
            ("acled-actor-Teachers-(Morvania)", ParticipantRole.Supporter));
    }

    [Fact]
    public void The_year_erratum_is_kept_as_given_marked_and_counted()
    {
        var importer = new AcledImporter();
        var dataset = importer.ReadDataset([Fixtures.Source(Current)], new DatasetId("acled"));

        var agreement = dataset.Events.Single(e => e.Id.Value == "acled-XMV1004");
        agreement.Time.Should().Be(TimeValue.Day(25, 3, 15));
        agreement.Attributes.GetValueOrDefault("newsevents:datedBeforeCoverage").Should().Be(AttributeValue.FromBoolean(true));
        importer.Report.DatedBeforeCoverage.Should().Be(1);
        importer.Report.Events.Should().Be(5);
    }

    [Fact]
    public void The_legacy_file_is_read_as_windows_1252_with_day_month_year_dates()
    {
        var dataset = Import(Legacy);
        var clash = dataset.Events.Single(e => e.Id.Value == "acled-XMV101");

        clash.Time.Should().Be(TimeValue.Day(2016, 3, 14));
        clash.Summary.Should().Contain("died \u2013 the rebels\u2019 losses");
        dataset.Events.Single(e => e.Id.Value == "acled-XMV103").Place!.Name.Should().Be("Lesné Pole");
        dataset.Actors.Single(a => a.Name == "NLF: National Liberation Front").Kind.Should().Be(ActorKind.ArmedGroup);
    }

    [Fact]
    public void The_imported_dataset_is_valid_and_records_its_terms()
    {
        var dataset = Import(Current, Legacy);

        NewsEventsJson.Deserialize(NewsEventsJson.Serialize(dataset)).Should().Be(dataset);
        dataset.Metadata!.License.Should().Contain("may not be redistributed");
        dataset.Metadata.SourceFiles.Should().HaveCount(2);
    }

    [Theory]
    [InlineData("XMV1001,2025-03-14,2025,1", "XMV1001,2025-03-14,2025,1,extra", "The row has 32 columns")]
    [InlineData("2025-03-14", "20251332", "event_date is '20251332', not a date written YYYY-MM-DD.")]
    [InlineData("2025-03-14", "2025-02-30", "event_date is '2025-02-30'")]
    [InlineData("54.1234,18.5678,1,Meridian Wire; Morvanian Herald", "91,18.5678,1,Meridian Wire; Morvanian Herald", "latitude/longitude: GeoPoint.Latitude must lie between -90 and 90 degrees, not 91.")]
    [InlineData("2025,1,Political violence", "2025,4,Political violence", "time_precision is '4', not 1 (day), 2 (week) or 3 (month).")]
    [InlineData(",12,,1742169600", ",-1,,1742169600", "fatalities is '-1'")]
    public void A_bad_row_is_refused_with_its_file_line_and_reason(string find, string replace, string reason)
    {
        var lines = Fixtures.Lines(Current);
        lines[1] = lines[1].Replace(find, replace, StringComparison.Ordinal);
        var source = Fixtures.Text("bad.csv", string.Join('\n', lines) + "\n");

        var thrown = FluentActions.Invoking(() => new AcledImporter().ReadDataset([source], new DatasetId("d"))).Should().Throw<NewsEventsFormatException>().Which;
        thrown.Message.Should().Contain("bad.csv, line 2").And.Contain(reason);

        var problems = new List<ImportProblem>();
        var lenient = new AcledImporter(new ImportOptions { Lenient = true, Problems = problems.Add });
        var dataset = lenient.ReadDataset([source], new DatasetId("d"));
        problems.Should().ContainSingle().Which.Line.Should().Be(2);
        dataset.Events.Should().HaveCount(4, "the good rows are imported");
        dataset.Actors.Should().NotContain(a => a.Id.Value == "acled-actor-XMV");
    }

    [Fact]
    public void A_truncated_last_line_an_empty_file_and_a_file_that_is_not_ACLED_are_refused()
    {
        var text = File.ReadAllText(Fixtures.PathOf(Current));
        var truncated = Fixtures.Text("cut.csv", text[..(text.Length - 40)]);
        FluentActions.Invoking(() => new AcledImporter().ReadDataset([truncated], new DatasetId("d")))
            .Should().Throw<NewsEventsFormatException>().WithMessage("*cut.csv, line 6*columns*");
        FluentActions.Invoking(() => new AcledImporter().ReadDataset([Fixtures.Text("empty.csv", string.Empty)], new DatasetId("d")))
            .Should().Throw<NewsEventsFormatException>().WithMessage("*empty.csv*empty*");
        FluentActions.Invoking(() => new AcledImporter().ReadDataset([Fixtures.Source(Fixtures.Events2)], new DatasetId("d")))
            .Should().Throw<NewsEventsFormatException>().WithMessage("*does not start with an ACLED header*");
    }

    [Fact]
    public void A_UTF_16_file_is_refused_and_a_UTF_8_byte_order_mark_is_skipped()
    {
        var text = File.ReadAllText(Fixtures.PathOf(Current));
        var utf16 = ImportSource.FromBytes("utf16.csv", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(text)).ToArray());
        FluentActions.Invoking(() => new AcledImporter().ReadDataset([utf16], new DatasetId("d"))).Should().Throw<NewsEventsFormatException>();

        var bom = ImportSource.FromBytes("bom.csv", Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text)).ToArray());
        new AcledImporter().ReadDataset([bom], new DatasetId("d")).Events.Should().HaveCount(5);
    }

    [Fact]
    public void An_event_not_imported_from_ACLED_is_refused_by_the_exporter()
    {
        var dataset = new Dataset { Id = new DatasetId("d"), Events = [new Event { Id = new EventId("e"), Type = EventType.Meeting, Status = EventStatus.Occurred }] };

        FluentActions.Invoking(() => AcledExporter.Write(dataset, new MemoryStream())).Should().Throw<ArgumentException>().WithMessage("*'e'*not imported from ACLED*");
    }

    private static Dataset Import(params string[] files) =>
        new AcledImporter().ReadDataset([.. files.Select(Fixtures.Source)], new DatasetId("acled"));
}
