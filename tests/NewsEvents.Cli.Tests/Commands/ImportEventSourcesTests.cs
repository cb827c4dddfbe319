using NewsEvents.Streaming;

namespace NewsEvents.Cli.Tests.Commands;

/// <summary><c>import</c> of POLECAT, PLOVER and ICEWS files: told from their content, strict or lenient.</summary>
public sealed class ImportEventSourcesTests : IDisposable
{
    private const string Polecat = "polecat_weekly_handwritten.tsv";
    private const string Icews = "icews_handwritten.tsv";
    private const string PloverArray = "plover_gsr_cameo.json";
    private const string PloverLines = "plover_manual_handwritten.jsonl";

    private readonly TestFiles _files = new();

    public void Dispose() => _files.Dispose();

    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    [Theory]
    [InlineData(Polecat, "POLECAT weekly TSV (40 columns), 3 rows", 3)]
    [InlineData(Icews, "ICEWS coded event TSV (20 columns), 5 rows", 4)]
    [InlineData(PloverArray, "PLOVER JSON array, 323 rows", 322)]
    [InlineData(PloverLines, "PLOVER JSON Lines, 2 rows", 2)]
    public async Task Each_source_is_detected_from_its_content_said_and_imported(string file, string detected, int events)
    {
        var output = _files.Missing("out.jsonl");

        var run = CliRun.Of("import", Fixture(file), "-o", output);

        run.ExitCode.Should().Be(ExitCodes.Ok, run.Error);
        run.ErrorLines.Should().Contain($"newsevents: {file}: detected {detected}");
        run.ErrorLines.Last().Should().StartWith($"newsevents: imported {events} events, ");
        await using var stream = File.OpenRead(output);
        (await JsonLinesReader.ReadDatasetAsync(stream)).Events.Should().HaveCount(events);
    }

    [Fact]
    public void A_strict_import_stops_at_the_first_bad_row_and_leaves_no_output_and_a_lenient_one_imports_the_rest()
    {
        var lines = File.ReadAllLines(Fixture(Icews));
        lines[2] = lines[2].Replace("2025-03-15", "20141332", StringComparison.Ordinal);
        var bad = _files.Write("bad.tsv", string.Join('\n', lines) + "\n");
        var output = _files.Missing("out.json");

        CliRun.Of("import", bad, "-o", output).ShouldFailWith(ExitCodes.InvalidData, "bad.tsv, line 3: Event Date is '20141332', not a date written YYYY-MM-DD.");
        File.Exists(output).Should().BeFalse();

        var run = CliRun.Of("import", bad, "--lenient", "-o", output);
        run.ExitCode.Should().Be(ExitCodes.InvalidData);
        run.ErrorLines.Should().Contain("newsevents: bad row: bad.tsv, line 3: Event Date is '20141332', not a date written YYYY-MM-DD.");
        run.ErrorLines.Last().Should().EndWith("; 1 bad row left out");
        NewsEventsJson.Deserialize(File.ReadAllText(output)).Events.Should().HaveCount(3);
    }

    [Fact]
    public void From_names_the_source_and_a_file_that_is_not_of_it_fails_with_its_reason()
    {
        CliRun.Of("import", Fixture(Icews), "--from", "polecat", "-o", _files.Missing("o.jsonl"))
            .ShouldFailWith(ExitCodes.InvalidData, "icews_handwritten.tsv, line 1: The file does not start with the POLECAT weekly TSV (40 columns) header");
        CliRun.Of("import", Fixture("schemaorg/claimreview_eg-0324.jsonld"), "--from", "plover")
            .ShouldFailWith(ExitCodes.InvalidData, "The file does not hold PLOVER records");
        CliRun.Of("import", Fixture(PloverLines), "--from", "plover").ExitCode.Should().Be(ExitCodes.Ok);
    }

    [Fact]
    public void Files_of_two_sources_in_one_import_are_a_usage_error()
    {
        CliRun.Of("import", Fixture(Polecat), Fixture(Icews)).ShouldFailWith(ExitCodes.UsageError, "Some files are POLECAT files and some are not");
        CliRun.Of("import", Fixture(PloverLines), Fixture("schemaorg/claimreview_eg-0324.jsonld")).ShouldFailWith(ExitCodes.UsageError, "Some files are PLOVER files and some are not");
    }
}
