namespace NewsEvents.Cli.Tests.Commands;

/// <summary><c>export --to acled</c>: ACLED files imported and written back are the files read, byte for byte.</summary>
public sealed class AcledExportTests : IDisposable
{
    private readonly TestFiles _files = new();

    public void Dispose() => _files.Dispose();

    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    [Theory]
    [InlineData("acled_current_handwritten.csv")]
    [InlineData("acled_legacy_2016_handwritten.csv")]
    public void A_file_imported_then_exported_is_byte_identical(string file)
    {
        var dataset = _files.Missing("acled.jsonl");
        CliRun.Of("import", Fixture(file), "-o", dataset).ExitCode.Should().Be(ExitCodes.Ok);
        var output = _files.Missing("back.csv");

        CliRun.Of("export", dataset, "--to", "acled", "-o", output).ShouldSucceed();

        File.ReadAllBytes(output).Should().Equal(File.ReadAllBytes(Fixture(file)));
    }

    [Fact]
    public void A_dataset_imported_from_GDELT_is_refused_in_one_line_and_nothing_is_written()
    {
        var dataset = _files.Missing("gdelt.jsonl");
        CliRun.Of("import", Fixture("gdelt2_events_sample.tsv"), "-o", dataset).ExitCode.Should().Be(ExitCodes.Ok);
        var output = _files.Missing("back.csv");

        CliRun.Of("export", dataset, "--to", "acled", "-o", output).ShouldFailWith(
            ExitCodes.InvalidData,
            "gdelt.jsonl: cannot be written as ACLED rows: Event 'gdelt-410412347' cannot be written as an ACLED row: it was not imported from ACLED (it has no acled: columns).");

        File.Exists(output).Should().BeFalse();
    }

    [Fact]
    public void A_dataset_without_events_is_refused()
    {
        var empty = _files.Write("empty.json", new Dataset { Id = new DatasetId("empty") });

        CliRun.Of("export", empty, "--to", "acled", "-o", _files.Missing("out.csv")).ShouldFailWith(ExitCodes.InvalidData, "empty.json: cannot be written as ACLED rows: it holds no events.");
    }
}
