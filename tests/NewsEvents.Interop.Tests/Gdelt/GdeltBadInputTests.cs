using System.Text;
using NewsEvents.Interop.Gdelt;
using static NewsEvents.Interop.Tests.Fixtures;

namespace NewsEvents.Interop.Tests.Gdelt;

public class GdeltBadInputTests
{
    private static int Column(string name) => GdeltColumns.NumberOf(GdeltLayout.Events2, name);

    private static string GoodRow(int index) => Lines(Events2)[index];

    private static ImportSource FileOf(params string[] lines) => Text("bad.tsv", string.Join('\n', lines) + "\n");

    private static Action Strict(ImportSource source) => () => new GdeltImporter().ReadDataset([source], new DatasetId("d"));

    public static TheoryData<string, string> BadRows => new()
    {
        { EventRowWith(Column("SQLDATE"), "20141332"), "bad.tsv, line 2: SQLDATE is '20141332', not a date written YYYYMMDD." },
        { EventRowWith(Column("ActionGeo_Lat"), "91"), "bad.tsv, line 2: ActionGeo_Lat/ActionGeo_Long: GeoPoint.Latitude must lie between -90 and 90 degrees, not 91." },
        { EventRowWith(Column("EventCode"), "04A"), "bad.tsv, line 2: EventCode is '04A', not a CAMEO event code (two to four digits)." },
        { EventRowWith(Column("EventRootCode"), "05"), "bad.tsv, line 2: EventCode '043', EventBaseCode '043' and EventRootCode '05' disagree: the base code begins the code and the root code (two digits) begins the base code." },
        { EventRowWith(Column("DATEADDED"), "20150218250000"), "bad.tsv, line 2: DATEADDED is '20150218250000', not a UTC time written YYYYMMDDHHMMSS." },
        { EventRowWith(Column("QuadClass"), "5"), "bad.tsv, line 2: QuadClass is '5', not a whole number from 1 to 4." },
        { EventRowWith(Column("GLOBALEVENTID"), "41041x"), "bad.tsv, line 2: GLOBALEVENTID is '41041x', not a whole number." },
        { string.Join('\t', Columns(GoodRow(0)).Take(58)), "bad.tsv, line 2: The row has 58 columns but the file is GDELT 2.0 events (61 columns)." },
        { string.Join('\t', Columns(GoodRow(0)).Take(40)), "bad.tsv, line 2: The row has 40 columns; GDELT 2.0 events have 61, GDELT 1.0 events 57 or 58 (with SOURCEURL), GDELT 2.0 mentions 16, GDELT GKG 2.1 27." },
    };

    [Theory]
    [MemberData(nameof(BadRows))]
    public void A_strict_import_stops_at_the_first_bad_row_with_its_file_line_and_reason(string badRow, string message) =>
        Strict(FileOf(GoodRow(1), badRow, GoodRow(2))).Should().Throw<NewsEventsFormatException>().WithMessage(message);

    [Theory]
    [MemberData(nameof(BadRows))]
    public void A_lenient_import_reports_the_bad_row_and_keeps_the_good_ones(string badRow, string message)
    {
        var problems = new List<ImportProblem>();
        var importer = new GdeltImporter(new ImportOptions { Lenient = true, Problems = problems.Add });

        var dataset = importer.ReadDataset([FileOf(GoodRow(1), badRow, GoodRow(2))], new DatasetId("d"));

        problems.Select(p => p.ToString()).Should().Equal(message);
        problems[0].Line.Should().Be(2);
        dataset.Events.Select(e => e.Id.Value).Should().Equal("gdelt-" + Columns(GoodRow(1))[0], "gdelt-" + Columns(GoodRow(2))[0]);
        importer.Report.BadRows.Should().Be(1);
    }

    [Fact]
    public void A_truncated_last_line_is_a_bad_row_not_a_shorter_layout()
    {
        var truncated = GoodRow(3)[..(GoodRow(3).Length / 2)];

        Strict(Text("cut.tsv", GoodRow(1) + "\n" + GoodRow(2) + "\n" + truncated)).Should().Throw<NewsEventsFormatException>()
            .WithMessage($"cut.tsv, line 3: The row has {truncated.Count(c => c == '\t') + 1} columns*");
    }

    [Fact]
    public void An_empty_file_is_an_error_of_the_whole_file()
    {
        Strict(Text("empty.tsv", string.Empty)).Should().Throw<NewsEventsFormatException>().WithMessage("empty.tsv: The file is empty: it has no GDELT rows.");

        var problems = new List<ImportProblem>();
        var importer = new GdeltImporter(new ImportOptions { Lenient = true, Problems = problems.Add });
        var dataset = importer.ReadDataset([Text("empty.tsv", string.Empty), Source(Events2)], new DatasetId("d"));
        problems.Should().Equal(new ImportProblem("empty.tsv", 0, "The file is empty: it has no GDELT rows."));
        dataset.Events.Should().HaveCount(100);
    }

    [Theory]
    [InlineData("utf-16LE")]
    [InlineData("utf-16BE")]
    public void A_UTF16_file_with_a_byte_order_mark_is_refused_as_not_UTF8(string encodingName)
    {
        var encoding = Encoding.GetEncoding(encodingName);
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes(GoodRow(0) + "\n")).ToArray();

        Strict(ImportSource.FromBytes("wide.tsv", bytes)).Should().Throw<NewsEventsFormatException>()
            .WithMessage("wide.tsv: The file is not UTF-8 text*");
    }

    [Fact]
    public void A_UTF16_file_without_a_byte_order_mark_is_refused_not_read_with_shifted_columns()
    {
        var bytes = Encoding.Unicode.GetBytes(GoodRow(0) + "\n" + GoodRow(1) + "\n");

        Strict(ImportSource.FromBytes("wide.tsv", bytes)).Should().Throw<NewsEventsFormatException>()
            .WithMessage("wide.tsv*not UTF-8 text*");
    }

    [Fact]
    public void A_UTF8_byte_order_mark_is_not_data_the_first_row_reads_whole()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(GoodRow(0) + "\n")).ToArray();

        var dataset = new GdeltImporter().ReadDataset([ImportSource.FromBytes("bom.tsv", bytes)], new DatasetId("d"));

        dataset.Events.Should().ContainSingle().Which.Id.Value.Should().Be("gdelt-" + Columns(GoodRow(0))[0]);
    }

    [Fact]
    public void Bytes_that_are_not_UTF8_in_the_middle_of_a_file_stop_a_strict_import()
    {
        var bytes = Encoding.UTF8.GetBytes(GoodRow(0) + "\n").Concat(new byte[] { 0xC3, 0x28, (byte)'\n' }).ToArray();

        Strict(ImportSource.FromBytes("mixed.tsv", bytes)).Should().Throw<NewsEventsFormatException>().WithMessage("mixed.tsv: The file is not UTF-8 text*");
    }

    [Fact]
    public void A_bad_mention_row_leaves_no_document_behind_in_a_lenient_import()
    {
        var columns = Columns(Lines(Mentions2)[0]);
        columns[11] = "101"; // Confidence
        var problems = new List<ImportProblem>();

        var dataset = new GdeltImporter(new ImportOptions { Lenient = true, Problems = problems.Add })
            .ReadDataset([Text("m.tsv", string.Join('\t', columns) + "\n")], new DatasetId("d"));

        problems.Should().ContainSingle().Which.Reason.Should().Be("Confidence is '101', not a whole number from 0 to 100.");
        dataset.Documents.Should().BeEmpty();
    }

    [Fact]
    public void Known_errata_are_kept_as_given_and_counted_not_fixed_and_not_refused()
    {
        var zero = EventRowWith(Column("ActionGeo_Lat"), "0");
        var zeroColumns = Columns(zero);
        zeroColumns[Column("ActionGeo_Long") - 1] = "0";
        var old = EventRowWith(Column("SQLDATE"), "19200318");
        var oldColumns = Columns(old);
        oldColumns[0] = "410412399";
        var importer = new GdeltImporter();

        var dataset = importer.ReadDataset([FileOf(string.Join('\t', zeroColumns), string.Join('\t', oldColumns))], new DatasetId("d"));

        dataset.Events[0].Place!.Coordinates.Should().Be(new GeoPoint(0, 0));
        dataset.Events[1].Time.Should().Be(TimeValue.Day(1920, 3, 18));
        importer.Report.ZeroCoordinates.Should().Be(1);
        importer.Report.DatedBeforeCoverage.Should().Be(1);
        var marked = AttributeValue.FromBoolean(true);
        dataset.Events[0].Attributes.GetValueOrDefault("newsevents:zeroCoordinates").Should().Be(marked, "the erratum is marked on the event itself");
        dataset.Events[0].Attributes.GetValueOrDefault("newsevents:datedBeforeCoverage").Should().BeNull();
        dataset.Events[1].Attributes.GetValueOrDefault("newsevents:datedBeforeCoverage").Should().Be(marked);
        dataset.Events[1].Attributes.GetValueOrDefault("gdelt:ActionGeo_Lat")!.Text.Should().NotBe("0", "only the first row has the 0,0 erratum");
        dataset.Events[0].Attributes.GetValueOrDefault("gdelt:ActionGeo_Lat").Should().Be(AttributeValue.FromNumber("0"), "the value is kept as given");
    }

    [Fact]
    public void Every_column_the_model_does_not_give_back_is_kept_exactly_as_a_source_attribute()
    {
        var row = Columns(Lines(Fixtures.Events2)[0]);
        var dataset = new GdeltImporter().ReadDataset([Source(Fixtures.Events2)], new DatasetId("d"));
        var attributes = dataset.Events[0].Attributes;

        foreach (var column in GdeltColumns.Events2.Where(c => c.AttributeName is not null))
        {
            attributes.GetValueOrDefault(column.AttributeName!)!.Text.Should().Be(row[column.Number - 1], $"{column.Name} is kept as written");
        }

        GdeltColumns.Events2.Where(c => c.AttributeName is null).Select(c => c.Name).Should().Equal("GLOBALEVENTID", "SQLDATE", "EventCode", "EventRootCode");
        attributes.GetValueOrDefault("gdelt:GoldsteinScale")!.Kind.Should().Be(AttributeValueKind.Number);
        attributes.GetValueOrDefault("gdelt:SOURCEURL")!.Kind.Should().Be(AttributeValueKind.Text);
    }
}
