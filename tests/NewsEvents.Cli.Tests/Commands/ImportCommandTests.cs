using System.Text;
using NewsEvents.Streaming;

namespace NewsEvents.Cli.Tests.Commands;

public sealed class ImportCommandTests : IDisposable
{
    private const string Events = "gdelt2_events_sample.tsv";
    private const string Mentions = "gdelt2_mentions_sample.tsv";

    private readonly TestFiles _files = new();

    public void Dispose() => _files.Dispose();

    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    private static string[] EventLines => File.ReadAllLines(Fixture(Events));

    private string BadEvents(out string badLine)
    {
        var columns = EventLines[0].Split('\t');
        columns[1] = "20141332";
        badLine = string.Join('\t', columns);
        return _files.Write("bad.tsv", string.Join('\n', EventLines[1], badLine, EventLines[2], badLine) + "\n");
    }

    [Fact]
    public async Task Events_and_mentions_import_to_JSON_Lines_and_the_command_says_what_it_detected()
    {
        var output = _files.Missing("gdelt.jsonl");

        var run = CliRun.Of("import", Fixture(Mentions), Fixture(Events), "-o", output);

        run.ExitCode.Should().Be(ExitCodes.Ok, run.Error);
        run.ErrorLines.Should().Contain($"newsevents: {Events}: detected GDELT 2.0 events (61 columns), 100 rows")
            .And.Contain($"newsevents: {Mentions}: detected GDELT 2.0 mentions (16 columns), 100 rows");
        run.ErrorLines.Last().Should().StartWith("newsevents: imported 100 events, ");
        await using var stream = File.OpenRead(output);
        var dataset = await JsonLinesReader.ReadDatasetAsync(stream);
        dataset.Events.Count(e => !e.Attributes.TryGetValue("newsevents:eventRowMissing", out _)).Should().Be(100, "the events rows; the others are known only from their mentions");
        dataset.Id.Value.Should().Be("gdelt");
        dataset.Events.Sum(e => e.Evidence.Length).Should().Be(100, "every mention row is kept");
    }

    [Fact]
    public void GKG_files_are_detected_and_import_with_events_and_mentions_their_quotations_as_statements()
    {
        var output = _files.Missing("all.json");

        var run = CliRun.Of("import", Fixture(Events), Fixture("gdelt2_gkg21_sample_first40.tsv"), Fixture(Mentions), "-o", output);

        run.ExitCode.Should().Be(ExitCodes.Ok, run.Error);
        run.ErrorLines[0].Should().Be("newsevents: gdelt2_gkg21_sample_first40.tsv: detected GDELT GKG 2.1 (27 columns), 40 rows");
        run.ErrorLines.Last().Should().StartWith("newsevents: imported 100 events, 79 actors, 120 documents, 100 evidence, 22 statements (");
        var dataset = NewsEventsJson.Deserialize(File.ReadAllText(output));
        dataset.Statements.Should().HaveCount(22).And.OnlyContain(s => s.Speaker == new ActorId("gdelt-gkg-unattributed"));
    }

    [Fact]
    public void A_GKG_1_file_is_refused_with_the_reason()
    {
        CliRun.Of("import", Fixture("gdelt1_gkg_sample_first3.tsv")).ShouldFailWith(
            ExitCodes.InvalidData, "gdelt1_gkg_sample_first3.tsv, line 1: The row has 11 columns, as GDELT GKG 1.0 has: GKG 1.0 is not imported");
    }

    [Theory]
    [InlineData(Events, Mentions, "gdelt2_gkg21_sample_first40.tsv")]
    [InlineData("acled_current_handwritten.csv")]
    [InlineData("schemaorg/claimreview_eg-0324.jsonld")]
    public void On_a_terminal_the_progress_is_drawn_and_the_import_is_what_a_pipe_gets(params string[] inputs)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        using var terminal = new StringWriter();
        var onTerminal = _files.Missing("terminal.jsonl");
        var onPipe = _files.Missing("pipe.jsonl");
        string[] Args(string output) => ["import", .. inputs.Select(Fixture), "-o", output];

        var code = NewsEventsCli.Run(Args(onTerminal), new CliConsole(stdout, stderr, ErrorIsTerminal: true) { Terminal = terminal });
        var piped = CliRun.Of(Args(onPipe));

        code.Should().Be(ExitCodes.Ok, "stderr was: {0}", stderr);
        piped.ExitCode.Should().Be(ExitCodes.Ok);
        terminal.ToString().Should().Contain("\u001b[", "the bar is drawn with control codes").And.Contain("100%");
        piped.Error.Should().NotContain("\u001b", "no bar on a pipe");
        stderr.ToString().Should().Be(piped.Error, "the messages are the same");
        File.ReadAllLines(onTerminal).Skip(1).Should().Equal(File.ReadAllLines(onPipe).Skip(1), "the records are the same (the header's coding time aside)");
    }

    [Fact]
    public void An_output_named_json_gets_one_valid_dataset()
    {
        var output = _files.Missing("gdelt1.json");

        CliRun.Of("import", Fixture("gdelt1_events_sample_mixed.tsv"), "--from", "gdelt", "-o", output).ExitCode.Should().Be(ExitCodes.Ok);

        NewsEventsJson.Deserialize(File.ReadAllText(output)).Events.Should().HaveCount(100);
    }

    [Fact]
    public void Without_an_output_JSON_Lines_go_to_standard_output()
    {
        var run = CliRun.Of("import", Fixture(Events));

        run.ExitCode.Should().Be(ExitCodes.Ok);
        run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Count(l => l.StartsWith("{\"kind\":\"event\"", StringComparison.Ordinal)).Should().Be(100);
    }

    [Fact]
    public void A_strict_import_stops_at_the_first_bad_row_and_leaves_no_output_file()
    {
        var bad = BadEvents(out _);
        var output = _files.Missing("out.jsonl");

        CliRun.Of("import", bad, "-o", output).ShouldFailWith(ExitCodes.InvalidData, "bad.tsv, line 2: SQLDATE is '20141332', not a date written YYYYMMDD.");

        File.Exists(output).Should().BeFalse();
        Directory.GetFiles(_files.Directory).Should().Equal(bad);
    }

    [Fact]
    public void A_failed_import_leaves_an_older_output_as_it_was()
    {
        var output = _files.Write("out.json", "older");

        CliRun.Of("import", BadEvents(out _), "-o", output).ExitCode.Should().Be(ExitCodes.InvalidData);

        File.ReadAllText(output).Should().Be("older");
    }

    [Fact]
    public void A_lenient_import_reports_every_bad_row_imports_the_good_ones_and_exits_1()
    {
        var bad = BadEvents(out _);
        var output = _files.Missing("out.jsonl");

        var run = CliRun.Of("import", bad, "--lenient", "-o", output);

        run.ExitCode.Should().Be(ExitCodes.InvalidData);
        run.ErrorLines.Where(l => l.StartsWith("newsevents: bad row: ", StringComparison.Ordinal)).Should().Equal(
            "newsevents: bad row: bad.tsv, line 2: SQLDATE is '20141332', not a date written YYYYMMDD.",
            "newsevents: bad row: bad.tsv, line 4: SQLDATE is '20141332', not a date written YYYYMMDD.");
        run.ErrorLines.Last().Should().EndWith("; 2 bad rows left out");
        File.ReadAllLines(output).Count(l => l.StartsWith("{\"kind\":\"event\"", StringComparison.Ordinal)).Should().Be(2);
    }

    [Fact]
    public void A_file_that_is_no_GDELT_layout_is_invalid_data()
    {
        var csv = _files.Write("other.csv", "a,b,c\n1,2,3\n");

        CliRun.Of("import", csv, "-o", _files.Missing("o.jsonl")).ShouldFailWith(ExitCodes.InvalidData, "other.csv, line 1: The row has 1 columns");
    }

    [Fact]
    public void Empty_and_UTF16_files_are_invalid_data()
    {
        CliRun.Of("import", _files.Write("empty.tsv", string.Empty)).ShouldFailWith(ExitCodes.InvalidData, "empty.tsv: The file is empty");

        var wide = Path.Combine(_files.Directory, "wide.tsv");
        File.WriteAllText(wide, EventLines[0] + "\n", Encoding.Unicode);
        CliRun.Of("import", wide).ShouldFailWith(ExitCodes.InvalidData, "wide.tsv: The file is not UTF-8 text");
    }

    [Fact]
    public void A_missing_file_or_an_unknown_source_is_a_usage_error()
    {
        CliRun.Of("import", _files.Missing("nothing.tsv")).ShouldFailWith(ExitCodes.UsageError, "nothing.tsv: no such file.");
        CliRun.Of("import", Fixture(Events), "--from", "phoenix").ShouldFailWith(ExitCodes.UsageError, "phoenix");
    }

    [Fact]
    public void ClaimReview_files_are_detected_imported_and_their_tolerated_faults_listed()
    {
        var output = _files.Missing("checks.json");
        const string Defacto = "claimreview_defacto_afp_factuel_2022.json";

        var run = CliRun.Of("import", Fixture("schemaorg/" + Defacto), Fixture("schemaorg/claimreview_eg-0324.jsonld"), "-o", output);

        run.ExitCode.Should().Be(ExitCodes.Ok, run.Error);
        run.ErrorLines.Should().Contain($"newsevents: {Defacto}: detected JSON: schema.org ClaimReview")
            .And.Contain($"newsevents: tolerated: {Defacto}: $.author.type: TypeWithoutAt")
            .And.Contain("newsevents: imported 2 reviews: 2 claims and 2 verdicts, 4 actors, 3 documents (0 repeated reviews, 0 nodes of other types)");
        var dataset = NewsEventsJson.Deserialize(File.ReadAllText(output));
        dataset.Id.Value.Should().Be("checks");
        dataset.Claims.Should().HaveCount(4);
        dataset.Claims.Select(c => c.Attributes.GetValueOrDefault("claimreview:reviewRating.alternateName")?.Text).Should().Contain("Faux");
    }

    [Fact]
    public void ClaimReview_JSON_Lines_go_to_standard_output_when_named_with_from()
    {
        var run = CliRun.Of("import", Fixture("schemaorg/claimreview_eg-0325.jsonld"), "--from", "claimreview");

        run.ExitCode.Should().Be(ExitCodes.Ok, run.Error);
        run.ErrorLines.Should().NotContain(l => l.Contains("detected", StringComparison.Ordinal));
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(run.Out));
        JsonLinesReader.ReadDataset(stream).Id.Value.Should().Be("claimreview-import");
    }

    [Fact]
    public void A_ClaimReview_that_does_not_fit_is_invalid_data_with_its_path_and_no_output()
    {
        var bad = _files.Write("bad.jsonld", "{\"@type\": \"ClaimReview\", \"itemReviewed\": {}}");
        var output = _files.Missing("o.json");

        CliRun.Of("import", bad, "-o", output).ShouldFailWith(ExitCodes.InvalidData, "bad.jsonld: $.claimReviewed: missing");
        File.Exists(output).Should().BeFalse();
        CliRun.Of("import", _files.Write("text.json", "\"text\""), "--from", "claimreview").ShouldFailWith(ExitCodes.InvalidData, "text.json: $: JSON-LD is an object or an array, not a string");
        CliRun.Of("import", Fixture("schemaorg/mediareview_eg-0467.jsonld")).ShouldFailWith(ExitCodes.InvalidData, "no ClaimReview: the file holds MediaReview");
    }

    [Fact]
    public void A_lenient_ClaimReview_import_reports_the_bad_review_and_exits_1()
    {
        var mixed = _files.Write("mixed.json", "[{\"@type\": \"ClaimReview\"}, " + File.ReadAllText(Fixture("schemaorg/claimreview_eg-0325.jsonld")) + "]");
        var output = _files.Missing("o.jsonl");

        var run = CliRun.Of("import", mixed, "--lenient", "-o", output);

        run.ExitCode.Should().Be(ExitCodes.InvalidData);
        run.ErrorLines.Should().Contain("newsevents: bad review: mixed.json: $[0].claimReviewed: missing: a ClaimReview names the claim it reviews in claimReviewed");
        run.ErrorLines.Should().Contain(l => l.StartsWith("newsevents: imported 1 review: ", StringComparison.Ordinal) && l.EndsWith("; 1 bad review left out", StringComparison.Ordinal));
        File.Exists(output).Should().BeTrue();
    }

    [Fact]
    public void JSON_and_GDELT_files_in_one_import_are_a_usage_error() =>
        CliRun.Of("import", Fixture("schemaorg/claimreview_eg-0325.jsonld"), Fixture(Events))
            .ShouldFailWith(ExitCodes.UsageError, "claimreview_eg-0325.jsonld is JSON and", "is not: import one source at a time, or name it with --from.");

    [Fact]
    public void ACLED_files_are_detected_from_their_header_and_imported()
    {
        var output = _files.Missing("acled.json");

        var run = CliRun.Of("import", Fixture("acled_current_handwritten.csv"), Fixture("acled_legacy_2016_handwritten.csv"), "-o", output);

        run.ExitCode.Should().Be(ExitCodes.Ok, run.Error);
        run.ErrorLines.Should().Contain("newsevents: acled_current_handwritten.csv: detected ACLED export (31 columns), 5 rows")
            .And.Contain("newsevents: acled_legacy_2016_handwritten.csv: detected ACLED legacy 2016 file (25 columns and 7 empty, windows-1252), 3 rows");
        run.ErrorLines.Last().Should().StartWith("newsevents: imported 8 events, ").And.EndWith("kept as given: 1 event dated before 1997");
        NewsEventsJson.Deserialize(File.ReadAllBytes(output)).Events.Should().HaveCount(8);
    }

    [Fact]
    public void From_acled_on_a_file_that_is_not_ACLED_fails_with_its_reason_and_leaves_no_output()
    {
        var output = _files.Missing("acled.jsonl");

        var run = CliRun.Of("import", Fixture(Events), "--from", "acled", "-o", output);

        run.ExitCode.Should().Be(ExitCodes.InvalidData);
        run.Error.Should().Contain("does not start with an ACLED header");
        File.Exists(output).Should().BeFalse();
    }

    [Fact]
    public void ACLED_and_GDELT_files_given_together_are_a_usage_error() =>
        CliRun.Of("import", Fixture(Events), Fixture("acled_current_handwritten.csv")).ShouldFailWith(ExitCodes.UsageError, "import each source on its own");
}
