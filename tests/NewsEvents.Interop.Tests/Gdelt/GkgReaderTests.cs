using NewsEvents.Interop.Gdelt;
using NewsEvents.Validation;
using static NewsEvents.Interop.Tests.Fixtures;

namespace NewsEvents.Interop.Tests.Gdelt;

/// <summary>GDELT GKG 2.1: records become documents, their Quotations statements; GKG 1.0 is recognised and refused.</summary>
public class GkgReaderTests
{
    private static readonly int QuotationsColumn = GdeltColumns.NumberOf(GdeltLayout.Gkg21, "Quotations") - 1;

    private static string Record(int index) => Lines(Gkg21)[index];

    private static string RecordWith(int index, string column, string value)
    {
        var columns = Columns(Record(index));
        columns[GdeltColumns.NumberOf(GdeltLayout.Gkg21, column) - 1] = value;
        return string.Join('\t', columns);
    }

    private static Dataset Import(params ImportSource[] sources) => new GdeltImporter().ReadDataset(sources, new DatasetId("gkg"));

    private static Action Strict(params string[] lines) => () => Import(Text("bad.tsv", string.Join('\n', lines) + "\n"));

    [Fact]
    public void A_GKG_file_is_detected_from_its_content()
    {
        GdeltImporter.DetectLayout(Source(Gkg21)).Should().Be(GdeltLayout.Gkg21);
        GdeltImporter.Describe(GdeltLayout.Gkg21).Should().Be("GDELT GKG 2.1 (27 columns)");
    }

    [Theory]
    [InlineData("20150218230000-0", true)]
    [InlineData("20150218230000-197", true)]
    [InlineData("20150218224500-T12", true)]
    [InlineData("20150218230000-", false)]
    [InlineData("20150218230000-T", false)]
    [InlineData("2015021823000-1", false)]
    [InlineData("20150218230000_1", false)]
    [InlineData("20150218230000-1a", false)]
    [InlineData("20130401", false)]
    public void A_GKGRECORDID_is_the_files_time_a_dash_T_when_translingual_and_a_number(string text, bool isRecordId) =>
        GkgReader.IsRecordId(text).Should().Be(isRecordId);

    [Fact]
    public void Every_record_becomes_one_document_with_its_URL_publisher_and_date_and_every_other_column_kept()
    {
        var importer = new GdeltImporter();
        var dataset = importer.ReadDataset([Source(Gkg21)], new DatasetId("gkg"));

        dataset.Documents.Should().HaveCount(40);
        var third = dataset.Documents[2];
        third.Id.Value.Should().Be("gdelt-gkg-20150218230000-2");
        third.Url.Should().Be("http://wjon.com/wjon-news-on-demand-wednesday-21815-afternoon-news/");
        third.Publisher.Should().Be("wjon.com");
        third.Published.Should().Be(TimeValue.At(NodaTime.Instant.FromUtc(2015, 2, 18, 23, 0)) with { IsApproximate = true });
        third.Text.Should().BeNull("GKG gives no article text");
        var columns = Columns(Record(2));
        foreach (var column in GdeltColumns.Gkg21.Where(c => c.AttributeName is not null))
        {
            third.Attributes.GetValueOrDefault(column.AttributeName!)!.Text.Should().Be(columns[column.Number - 1], column.Name);
        }

        importer.Report.GkgRecords.Should().Be(40);
        importer.Report.Documents.Should().Be(40);
    }

    [Fact]
    public void A_source_name_written_for_the_identifier_is_the_publisher_not_a_URL()
    {
        var first = Import(Source(Gkg21)).Documents[0];

        first.Url.Should().BeNull();
        first.Publisher.Should().Be("BBC Monitoring");
        first.Attributes.GetValueOrDefault("gdelt:DocumentIdentifier")!.Text.Should().Be("as listed in Russian /BBC Monitoring/(c) BBC");
    }

    [Fact]
    public void Quotations_become_direct_quotes_of_the_unattributed_speaker_with_approximate_evidence()
    {
        var importer = new GdeltImporter();
        var dataset = importer.ReadDataset([Source(Gkg21)], new DatasetId("gkg"));

        dataset.Statements.Should().HaveCount(22);
        importer.Report.Statements.Should().Be(22);
        importer.Report.Actors.Should().Be(1);
        var speaker = dataset.Actors.Should().ContainSingle().Subject;
        speaker.Id.Value.Should().Be("gdelt-gkg-unattributed");
        speaker.Attributes.GetValueOrDefault("newsevents:unattributed").Should().Be(AttributeValue.FromBoolean(true));
        dataset.Statements.Should().OnlyContain(s => s.Speaker == speaker.Id && s.Mode == SpeechMode.DirectQuote && s.Channel == StatementChannel.Unspecified);

        // 2466|53||had retreated according to a plan in an organized way: 53 code points, so the evidence quotes it.
        var third = dataset.Statements[2];
        third.Id.Value.Should().Be("gdelt-gkg-20150218230000-0-q3");
        third.Content.Should().Be("had retreated according to a plan in an organized way");
        third.Evidence.Should().ContainSingle().Which.Should().Be(new Evidence(new DocumentId("gdelt-gkg-20150218230000-0"), 2466, 2519, third.Content)
        {
            Attributes = [new SourceAttribute("newsevents:approximateOffsets", AttributeValue.FromBoolean(true))],
        });
        third.Attributes.GetValueOrDefault("gdelt:Quotations.Verb")!.Text.Should().BeEmpty();
    }

    [Fact]
    public void A_quote_shorter_than_GDELTs_length_keeps_the_span_as_given_and_leaves_the_quote_to_the_statement()
    {
        // 1332|134||prisoners are treated humanely ; …: GDELT counted 134 characters, the quote it gives has 132.
        var first = Import(Source(Gkg21)).Statements[0];

        first.Content.Should().StartWith("prisoners are treated humanely ; ").And.HaveLength(132);
        first.Evidence[0].Start.Should().Be(1332);
        first.Evidence[0].End.Should().Be(1332 + 134);
        first.Evidence[0].Quote.Should().BeNull("a quote must fill its span exactly");
    }

    [Fact]
    public void The_imported_dataset_is_valid_and_a_quote_beginning_with_a_space_is_kept_as_written()
    {
        var dataset = Import(Source(Gkg21));

        DatasetValidator.Validate(dataset).IsValid.Should().BeTrue();
        dataset.Statements.Should().Contain(s => s.Content.StartsWith(" This propaganda", StringComparison.Ordinal));
        dataset.Metadata!.SourceFiles.Should().Equal($"{Gkg21}: GDELT GKG 2.1 (27 columns)");
    }

    [Fact]
    public void A_mention_of_a_GKG_documents_URL_points_at_that_document()
    {
        var gkg = Columns(Record(2));
        var mention = Columns(Lines(Mentions2)[0]);
        mention[5] = gkg[4];

        var dataset = Import(Text("m.tsv", string.Join('\t', mention) + "\n"), Source(Gkg21));

        dataset.Documents.Should().HaveCount(40, "the mention's URL is the GKG record's document");
        dataset.Events.Single().Evidence.Single().Document.Value.Should().Be("gdelt-gkg-20150218230000-2");
    }

    [Fact]
    public void The_same_record_given_twice_is_one_document()
    {
        var importer = new GdeltImporter();

        var dataset = importer.ReadDataset([Source(Gkg21), Source(Gkg21)], new DatasetId("gkg"));

        dataset.Documents.Should().HaveCount(40);
        dataset.Statements.Should().HaveCount(22);
        importer.Report.RepeatedGkgRecords.Should().Be(40);
    }

    public static TheoryData<string, string> BadRecords => new()
    {
        { RecordWith(1, "DATE", "20150218236000"), "bad.tsv, line 2: DATE is '20150218236000', not a UTC time written YYYYMMDDHHMMSS." },
        { RecordWith(1, "GKGRECORDID", "2015-1"), "bad.tsv, line 2: GKGRECORDID is '2015-1', not a GKG record id (YYYYMMDDHHMMSS-N, or -TN when translingual)." },
        { RecordWith(1, "DocumentIdentifier", ""), "bad.tsv, line 2: DocumentIdentifier is empty; it must be the document's URL or identifier." },
        { RecordWith(1, "Quotations", "332|26||greatly#4494|37"), "bad.tsv, line 2: Quotations entry 2 is '4494|37', not offset|length|verb|quote." },
        { RecordWith(1, "Quotations", "332|x||greatly"), "bad.tsv, line 2: Quotations entry 1 length is 'x', not a whole number written without sign or leading zeros." },
        { RecordWith(1, "Quotations", "0332|26||greatly"), "bad.tsv, line 2: Quotations entry 1 offset is '0332', not a whole number written without sign or leading zeros." },
        { RecordWith(1, "Quotations", "332|26|| "), "bad.tsv, line 2: Quotations entry 1 quote is ' ', not the quoted words." },
        { RecordWith(1, "Quotations", "332|26||greatly#"), "bad.tsv, line 2: Quotations entry 2 is empty; it must be offset|length|verb|quote." },
        { string.Join('\t', Columns(Record(1)).Take(26)), "bad.tsv, line 2: The row has 26 columns; GDELT 2.0 events have 61, GDELT 1.0 events 57 or 58 (with SOURCEURL), GDELT 2.0 mentions 16, GDELT GKG 2.1 27." },
        { Lines(Mentions2)[0], "bad.tsv, line 2: The row has 16 columns but the file is GDELT GKG 2.1 (27 columns)." },
    };

    [Theory]
    [MemberData(nameof(BadRecords))]
    public void A_strict_import_stops_at_a_bad_record_with_its_file_line_and_reason(string bad, string message) =>
        Strict(Record(0), bad, Record(2)).Should().Throw<NewsEventsFormatException>().WithMessage(message);

    [Theory]
    [MemberData(nameof(BadRecords))]
    public void A_lenient_import_reports_a_bad_record_and_leaves_nothing_of_it(string bad, string message)
    {
        var problems = new List<ImportProblem>();

        var dataset = new GdeltImporter(new ImportOptions { Lenient = true, Problems = problems.Add })
            .ReadDataset([Text("bad.tsv", string.Join('\n', Record(0), bad, Record(2)) + "\n")], new DatasetId("d"));

        problems.Select(p => p.ToString()).Should().Equal(message);
        dataset.Documents.Select(d => d.Id.Value).Should().Equal("gdelt-gkg-20150218230000-0", "gdelt-gkg-20150218230000-2");
        dataset.Statements.Select(s => s.Evidence[0].Document.Value).Should().OnlyContain(d => d == "gdelt-gkg-20150218230000-0");
    }

    [Fact]
    public void A_bad_record_before_any_quotation_does_not_lose_the_speaker_of_the_later_ones()
    {
        var bad = RecordWith(0, "DATE", "x");

        var dataset = new GdeltImporter(new ImportOptions { Lenient = true })
            .ReadDataset([Text("bad.tsv", string.Join('\n', bad, Record(1)) + "\n")], new DatasetId("d"));

        dataset.Actors.Should().ContainSingle().Which.Id.Value.Should().Be("gdelt-gkg-unattributed");
        DatasetValidator.Validate(dataset).IsValid.Should().BeTrue();
    }

    [Fact]
    public void A_truncated_last_record_is_a_bad_row()
    {
        var cut = Record(2)[..(Record(2).Length / 3)];

        Strict(Record(0), Record(1), cut).Should().Throw<NewsEventsFormatException>()
            .WithMessage($"bad.tsv, line 3: The row has {cut.Count(c => c == '\t') + 1} columns*");
    }

    [Fact]
    public void Twenty_seven_columns_that_do_not_begin_with_a_record_id_are_not_taken_for_GKG()
    {
        var columns = Columns(Record(0));
        columns[0] = "hello";

        FluentActions.Invoking(() => GdeltImporter.DetectLayout(Text("odd.tsv", string.Join('\t', columns) + "\n")))
            .Should().Throw<NewsEventsFormatException>()
            .WithMessage("odd.tsv, line 1: The row has 27 columns, as GDELT GKG 2.1 has, but does not begin with a GKGRECORDID*");
    }

    [Fact]
    public void A_GKG_1_file_is_recognised_and_refused_saying_why()
    {
        FluentActions.Invoking(() => Import(Source(Gkg1))).Should().Throw<NewsEventsFormatException>()
            .WithMessage($"{Gkg1}, line 1: The row has 11 columns, as GDELT GKG 1.0 has: GKG 1.0 is not imported*no record id and no character offsets*");
    }

    [Fact]
    public void Events_mentions_and_GKG_files_import_together_into_one_valid_dataset()
    {
        var importer = new GdeltImporter();

        var dataset = importer.ReadDataset([Source(Events2), Source(Gkg21), Source(Mentions2)], new DatasetId("all"));

        importer.Report.Files.Select(f => f.Layout).Should().Equal(GdeltLayout.Gkg21, GdeltLayout.Mentions2, GdeltLayout.Events2);
        dataset.Statements.Should().HaveCount(22);
        dataset.Events.Count(e => !e.Attributes.TryGetValue("newsevents:eventRowMissing", out _)).Should().Be(100);
        DatasetValidator.Validate(dataset).IsValid.Should().BeTrue();
    }
}
