using NewsEvents.Parquet;
using NewsEvents.Samples;
using NewsEvents.Streaming;

namespace NewsEvents.Cli.Tests.Commands;

public sealed class ExportCommandTests : IDisposable
{
    private readonly TestFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public async Task A_json_dataset_exports_to_parquet_tables_that_read_back_equal()
    {
        var json = _files.Write("seed.json", SampleDatasets.MoscowTalksJson);
        var tables = _files.Missing("tables");

        CliRun.Of("export", json, "--to", "parquet", "-o", tables).ShouldSucceed();

        Directory.GetFiles(tables).Select(Path.GetFileName).Should().BeEquivalentTo(NewsEventsParquet.TableFiles);
        (await NewsEventsParquet.ReadAsync(tables)).Should().Be(SampleDatasets.MoscowTalks);
    }

    [Fact]
    public async Task Json_lines_export_to_the_dataset_they_hold()
    {
        var lines = _files.Missing("synthetic.jsonl");
        CliRun.Of("generate", "--events", "400", "-o", lines).ShouldSucceed();
        var tables = _files.Missing("tables");

        CliRun.Of("export", lines, "--to", "parquet", "-o", tables).ShouldSucceed();

        using var input = File.OpenRead(lines);
        (await NewsEventsParquet.ReadAsync(tables)).Should().Be(JsonLinesReader.ReadDataset(input));
    }

    [Fact]
    public async Task Several_inputs_are_the_parts_of_one_dataset()
    {
        var whole = SampleDatasets.MoscowTalks;
        var people = _files.Write("people.json", whole with { Events = [], Statements = [], Claims = [], Relations = [] });
        var rest = _files.Missing("rest.jsonl");
        using (var stream = File.Create(rest))
        {
            await JsonLinesWriter.WriteDatasetAsync(stream, whole with { Documents = [], Actors = [] });
        }

        var tables = _files.Missing("tables");

        CliRun.Of("export", people, rest, "--to", "parquet", "-o", tables).ShouldSucceed();

        (await NewsEventsParquet.ReadAsync(tables)).Should().Be(whole);
    }

    [Fact]
    public void Inputs_naming_different_datasets_are_invalid_data_and_nothing_is_written()
    {
        var first = _files.Write("a.json", SampleDatasets.MoscowTalksJson);
        var second = _files.Write("b.json", SampleDatasets.DranmirClashesJson);

        CliRun.Of("export", first, second, "--to", "parquet", "-o", _files.Missing("tables"))
            .ShouldFailWith(ExitCodes.InvalidData, "b.json", "parts of one dataset");

        Directory.GetDirectories(_files.Directory).Should().BeEmpty();
    }

    [Fact]
    public void Invalid_data_is_invalid_data_and_leaves_no_folder_behind()
    {
        var json = _files.Write("broken.json", TestFiles.WithBrokenReferences());

        CliRun.Of("export", json, "--to", "parquet", "-o", _files.Missing("tables")).ShouldFailWith(ExitCodes.InvalidData, "broken.json", "nobody");

        Directory.GetDirectories(_files.Directory).Should().BeEmpty();
    }

    [Fact]
    public void A_bad_json_line_is_invalid_data_with_its_line()
    {
        var lines = _files.Write("bad.jsonl", "{\"kind\":\"header\",\"record\":{\"schemaVersion\":\"1.1\",\"id\":\"x\"}}\n{\"kind\":\"event\",\"record\":{\"id\":\"e1\"}}\n");

        CliRun.Of("export", lines, "--to", "parquet", "-o", _files.Missing("tables")).ShouldFailWith(ExitCodes.InvalidData, "bad.jsonl", "line 2");

        Directory.GetDirectories(_files.Directory).Should().BeEmpty();
    }

    [Fact]
    public async Task An_earlier_export_is_replaced_whole()
    {
        var tables = _files.Missing("tables");
        CliRun.Of("export", _files.Write("a.json", SampleDatasets.MoscowTalksJson), "--to", "parquet", "-o", tables).ShouldSucceed();

        CliRun.Of("export", _files.Write("b.json", SampleDatasets.DranmirClashesJson), "--to", "parquet", "-o", tables).ShouldSucceed();

        (await NewsEventsParquet.ReadAsync(tables)).Should().Be(SampleDatasets.DranmirClashes);
        Directory.GetDirectories(_files.Directory).Should().Equal(tables);
    }

    [Fact]
    public void An_output_that_is_a_file_is_invalid_data_and_the_file_is_kept()
    {
        var json = _files.Write("seed.json", SampleDatasets.MoscowTalksJson);
        var file = _files.Write("tables", "keep me");

        CliRun.Of("export", json, "--to", "parquet", "-o", file).ShouldFailWith(ExitCodes.InvalidData, "is a file");

        File.ReadAllText(file).Should().Be("keep me");
        Directory.GetDirectories(_files.Directory).Should().BeEmpty();
    }

    [Fact]
    public void A_missing_input_an_unknown_form_or_no_output_is_a_usage_error()
    {
        var json = _files.Write("seed.json", SampleDatasets.MoscowTalksJson);

        CliRun.Of("export", _files.Missing("none.json"), "--to", "parquet", "-o", _files.Missing("t")).ShouldFailWith(ExitCodes.UsageError, "none.json");
        CliRun.Of("export", json, "--to", "csv", "-o", _files.Missing("t")).ShouldFailWith(ExitCodes.UsageError, "csv");
        CliRun.Of("export", json, "--to", "parquet").ShouldFailWith(ExitCodes.UsageError, "--output");
        CliRun.Of("export", json, "-o", _files.Missing("t")).ShouldFailWith(ExitCodes.UsageError, "--to");
    }

    [Fact]
    public async Task On_a_terminal_the_progress_goes_to_stderr_and_the_tables_are_the_same()
    {
        var lines = _files.Missing("synthetic.jsonl");
        CliRun.Of("generate", "--events", "3000", "-o", lines).ShouldSucceed();
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var code = NewsEventsCli.Run(["export", lines, "--to", "parquet", "-o", _files.Missing("tables")], new CliConsole(stdout, stderr, ErrorIsTerminal: true));

        code.Should().Be(ExitCodes.Ok);
        stdout.ToString().Should().BeEmpty();
        using var input = File.OpenRead(lines);
        (await NewsEventsParquet.ReadAsync(_files.Missing("tables"))).Should().Be(JsonLinesReader.ReadDataset(input));
    }

    [Fact]
    public async Task Skipping_reference_checks_exports_what_is_given_and_reading_it_back_refuses_the_broken_reference()
    {
        var json = _files.Write("broken.json", TestFiles.WithBrokenReferences());
        var tables = _files.Missing("tables");

        CliRun.Of("export", json, "--to", "parquet", "-o", tables, "--skip-reference-checks").ShouldSucceed();

        var read = () => NewsEventsParquet.ReadAsync(tables);
        (await read.Should().ThrowAsync<NewsEventsFormatException>()).Which.Message.Should().Contain("nobody");
    }
}
