namespace NewsEvents.Cli.Tests.Commands;

public sealed class ConvertCommandTests : IDisposable
{
    private readonly TestFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void An_output_that_is_the_input_is_invalid_data_and_the_input_is_left_as_it_was()
    {
        var json = _files.Write("small.json", TestFiles.Small);
        var before = File.ReadAllBytes(json);

        CliRun.Of("convert", json, json).ShouldFailWith(ExitCodes.InvalidData, "is also an input");

        File.ReadAllBytes(json).Should().Equal(before);
    }

    [Fact]
    public void A_dataset_survives_json_to_json_lines_and_back_byte_for_byte()
    {
        var json = _files.Write("small.json", TestFiles.Small);
        var lines = _files.Missing("small.jsonl");
        var back = _files.Missing("back.json");

        CliRun.Of("convert", json, lines).ShouldSucceed();
        CliRun.Of("convert", lines, back).ShouldSucceed();

        File.ReadLines(lines).First().Should().StartWith("{\"kind\":\"header\"");
        File.ReadAllBytes(back).Should().Equal(File.ReadAllBytes(json));
    }

    [Fact]
    public void The_seed_dataset_converts_to_json_lines_and_back_unchanged()
    {
        var json = _files.Write("seed.json", NewsEvents.Samples.SampleDatasets.MoscowTalksJson);
        var lines = _files.Missing("seed.jsonl");
        var back = _files.Missing("back.json");

        CliRun.Of("convert", json, lines).ShouldSucceed();
        CliRun.Of("convert", lines, back).ShouldSucceed();

        File.ReadAllText(back).Should().Be(NewsEvents.Samples.SampleDatasets.MoscowTalksJson);
    }

    [Fact]
    public void Invalid_json_is_invalid_data_with_its_line()
    {
        var bad = _files.Write("bad.json", "{\n  \"schemaVersion\": \"1.0\",\n  \"id\": \n");

        CliRun.Of("convert", bad, _files.Missing("out.jsonl")).ShouldFailWith(ExitCodes.InvalidData, "line ");
    }

    [Fact]
    public void An_unknown_option_is_a_usage_error()
    {
        var json = _files.Write("small.json", TestFiles.Small);

        CliRun.Of("convert", json, _files.Missing("out.jsonl"), "--pretty").ShouldFailWith(ExitCodes.UsageError, "--pretty");
    }

    [Fact]
    public void A_dash_writes_json_lines_to_stdout()
    {
        var json = _files.Write("small.json", TestFiles.Small);

        var run = CliRun.Of("convert", json, "-").ShouldSucceed();

        run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(1 + 1 + 3 + 2 + 1 + 2);
    }

    [Fact]
    public void A_missing_input_is_a_usage_error()
    {
        CliRun.Of("convert", _files.Missing("absent.json"), _files.Missing("out.jsonl")).ShouldFailWith(ExitCodes.UsageError, "no such file");
    }

    [Fact]
    public void An_invalid_input_is_invalid_data_and_writes_nothing()
    {
        var bad = _files.Write("broken.json", TestFiles.WithBrokenReferences());
        var output = _files.Missing("out.jsonl");

        CliRun.Of("convert", bad, output).ShouldFailWith(ExitCodes.InvalidData, "$.events[0].participants[0].actor");

        File.Exists(output).Should().BeFalse();
    }

    [Fact]
    public void A_bad_json_lines_input_names_its_line()
    {
        var bad = _files.Write("bad.jsonl", "{\"kind\":\"header\",\"record\":{\"schemaVersion\":\"1.0\",\"id\":\"x\"}}\n{\"kind\":\"actor\",\n");

        CliRun.Of("convert", bad, _files.Missing("out.json")).ShouldFailWith(ExitCodes.InvalidData, "line 2");
    }

    [Fact]
    public void The_output_is_required()
    {
        CliRun.Of("convert", "in.json").ShouldFailWith(ExitCodes.UsageError, "newsevents convert --help");
    }
}
