using System.Text;
using NewsEvents.Interop.Icews;
using NewsEvents.Interop.Polecat;
using NodaTime;
using NodaTime.Testing;

namespace NewsEvents.Interop.Tests.Sources;

/// <summary>What POLECAT and ICEWS imports share: nothing dropped, provenance, and every kind of bad input refused with its file and line.</summary>
public class TabularSourceTests
{
    public static TheoryData<string> Fixtures_ => EventSources.TabularFixtures;

    [Theory]
    [MemberData(nameof(Fixtures_))]
    public void Every_column_of_every_row_is_kept_exactly_as_a_source_attribute(string fixture)
    {
        var lines = Fixtures.Lines(fixture);
        var header = Fixtures.Columns(lines[0]);
        var dataset = EventSources.Import(fixture);

        var byId = new Dictionary<string, Event>();
        foreach (var line in lines.Skip(1))
        {
            var cells = Fixtures.Columns(line);
            var @event = dataset.Events.Single(e => e.Attributes.GetValueOrDefault(AttributeNameOf(fixture, header[0]))!.Text == cells[0]
                && e.Attributes.GetValueOrDefault(AttributeNameOf(fixture, header[1]))!.Text == cells[1]);
            for (var i = 0; i < header.Length; i++)
            {
                @event.Attributes.GetValueOrDefault(AttributeNameOf(fixture, header[i]))!.Text.Should().Be(cells[i], $"{header[i]} is kept as written");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Fixtures_))]
    public void The_imported_dataset_is_valid_and_records_its_files_and_terms(string fixture)
    {
        var clock = new FakeClock(Instant.FromUtc(2026, 12, 6, 9, 0));
        var importer = EventSources.ImporterFor(fixture, new ImportOptions { Clock = clock });
        var dataset = importer.ReadDataset([Fixtures.Source(fixture)], new DatasetId("d"));

        NewsEventsJson.Deserialize(NewsEventsJson.Serialize(dataset)).Should().Be(dataset);
        dataset.Metadata!.SourceFiles.Should().ContainSingle().Which.Should().StartWith(fixture + ": ").And.Contain("TSV");
        dataset.Metadata.License.Should().Contain("Dataverse");
        dataset.Metadata.Coded.Should().Be(TimeValue.At(clock.GetCurrentInstant()));
        importer.Report.Files.Should().ContainSingle().Which.BadRows.Should().Be(0);
        importer.Report.Events.Should().Be(dataset.Events.Length);
        importer.Report.Actors.Should().Be(dataset.Actors.Length);
    }

    [Fact]
    public void Each_source_is_told_by_its_header()
    {
        IcewsImporter.Detect(Fixtures.Source(EventSources.Icews)).Should().BeTrue();
        IcewsImporter.Detect(Fixtures.Source(EventSources.Polecat)).Should().BeFalse();
        PolecatImporter.Detect(Fixtures.Source(EventSources.Polecat)).Should().BeTrue();
        PolecatImporter.Detect(Fixtures.Source(EventSources.Icews)).Should().BeFalse();
        PolecatImporter.Detect(Fixtures.Source(Fixtures.Events2)).Should().BeFalse();
        IcewsImporter.Detect(Fixtures.Text("empty.tsv", string.Empty)).Should().BeFalse();
    }

    [Theory]
    [InlineData(EventSources.Icews, "Event Date", "20141332", "Event Date is '20141332', not a date written YYYY-MM-DD.")]
    [InlineData(EventSources.Polecat, "Event Date", "2014-13-32", "Event Date is '2014-13-32', not a date written YYYY-MM-DD.")]
    [InlineData(EventSources.Icews, "Latitude", "91", "Latitude is '91', not a number from -90 to 90.")]
    [InlineData(EventSources.Polecat, "Latitude", "91", "Latitude is '91', not a number from -90 to 90.")]
    [InlineData(EventSources.Icews, "CAMEO Code", "04A", "CAMEO Code is '04A', not a CAMEO event code (two to four digits).")]
    [InlineData(EventSources.Icews, "Intensity", "high", "Intensity is 'high', not a number from -10 to 10.")]
    [InlineData(EventSources.Polecat, "Intensity", "", "Intensity is empty; it must be a number from -10 to 10.")]
    [InlineData(EventSources.Icews, "Event ID", "", "Event ID is empty")]
    [InlineData(EventSources.Polecat, "Event Type", "assault", "'assault' is not a well-formed plover code")]
    [InlineData(EventSources.Polecat, "GeoNames ID", "Q588335", "GeoNames ID is 'Q588335', not a GeoNames id (digits).")]
    [InlineData(EventSources.Icews, "Source Name", "Morvania\tand more", "The row has 21 columns and column 21 holds '19.25'")]
    public void A_bad_row_is_refused_with_its_file_line_and_reason_or_left_out_when_lenient(string fixture, string column, string value, string reason)
    {
        var source = EventSources.WithSecondRowColumn(fixture, column, value);

        var thrown = FluentActions.Invoking(() => EventSources.ImporterFor(fixture).ReadDataset([source], new DatasetId("d")))
            .Should().Throw<NewsEventsFormatException>().Which;
        thrown.Message.Should().StartWith("bad.tsv, line 3: ").And.Contain(reason);

        var problems = new List<ImportProblem>();
        var lenient = EventSources.ImporterFor(fixture, new ImportOptions { Lenient = true, Problems = problems.Add });
        var dataset = lenient.ReadDataset([source], new DatasetId("d"));
        problems.Should().ContainSingle().Which.Line.Should().Be(3);
        dataset.Events.Should().HaveCount(EventSources.Import(fixture).Events.Length - 1, "the good rows are imported, the bad one left out whole");
        lenient.Report.BadRows.Should().Be(1);
    }

    [Theory]
    [MemberData(nameof(Fixtures_))]
    public void A_truncated_last_line_an_empty_file_UTF_16_and_another_source_are_refused(string fixture)
    {
        var text = File.ReadAllText(Fixtures.PathOf(fixture));
        var lastLine = Fixtures.Lines(fixture).Length;
        Refused(fixture, Fixtures.Text("cut.tsv", text[..(text.Length - 40)])).Should().Contain($"cut.tsv, line {lastLine}: The row has").And.Contain("a truncated line?");
        Refused(fixture, Fixtures.Text("empty.tsv", string.Empty)).Should().Be("empty.tsv, line 1: The file is empty: it has no " + Description(fixture) + " header.");
        var utf16 = ImportSource.FromBytes("utf16.tsv", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)]);
        Refused(fixture, utf16).Should().Contain("utf16.tsv, line 1: The file is UTF-16");
        var utf16WithoutMark = ImportSource.FromBytes("utf16.tsv", Encoding.Unicode.GetBytes(text));
        Refused(fixture, utf16WithoutMark).Should().Contain("does not start with the " + Description(fixture) + " header");
        Refused(fixture, Fixtures.Source(Fixtures.Events2)).Should().Contain("does not start with the");
    }

    [Theory]
    [MemberData(nameof(Fixtures_))]
    public void A_UTF_8_byte_order_mark_is_skipped_and_bytes_that_are_not_UTF_8_are_refused(string fixture)
    {
        var bytes = File.ReadAllBytes(Fixtures.PathOf(fixture));
        var withMark = ImportSource.FromBytes("bom.tsv", [.. Encoding.UTF8.GetPreamble(), .. bytes]);
        EventSources.ImporterFor(fixture).ReadDataset([withMark], new DatasetId("d")).Events.Should().HaveCount(EventSources.Import(fixture).Events.Length);

        var text = File.ReadAllText(Fixtures.PathOf(fixture));
        var latin1 = ImportSource.FromBytes("latin1.tsv", [.. Encoding.UTF8.GetBytes(text), .. Encoding.Latin1.GetBytes("caf\u00e9\n")]);
        Refused(fixture, latin1).Should().Contain("latin1.tsv: The file is not UTF-8 text");
    }

    private static string Refused(string fixture, ImportSource source) =>
        FluentActions.Invoking(() => EventSources.ImporterFor(fixture).ReadDataset([source], new DatasetId("d")))
            .Should().Throw<NewsEventsFormatException>().Which.Message;

    private static string Description(string fixture) => fixture == EventSources.Icews ? IcewsImporter.Description : PolecatImporter.Description;

    private static string AttributeNameOf(string fixture, string column) =>
        fixture == EventSources.Icews ? IcewsColumns.AttributeName(column) : PolecatColumns.AttributeName(column);
}
