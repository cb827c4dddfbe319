using System.Text.Json;

namespace NewsEvents.Cli.Tests.Commands;

public sealed class ValidateCommandTests : IDisposable
{
    private readonly TestFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void A_valid_dataset_passes()
    {
        var path = _files.Write("small.json", TestFiles.Small);

        var run = CliRun.Of("validate", path).ShouldSucceed();

        run.Out.Should().StartWith($"{path}: valid");
    }

    [Fact]
    public void Every_violation_is_listed_with_its_path_and_the_exit_code_is_1()
    {
        var path = _files.Write("broken.json", TestFiles.WithBrokenReferences());

        var run = CliRun.Of("validate", path).ShouldFailWith(ExitCodes.InvalidData, "not valid", "2 violations");

        run.Out.Should().Contain("$.events[0].participants[0].actor").And.Contain("'nobody'");
        run.Out.Should().Contain("$.claims[1].claimant").And.Contain("'ghost'");
        run.Out.Should().Contain("[unknownReference]");
    }

    [Fact]
    public void Invalid_json_is_reported_with_its_line()
    {
        var path = _files.Write("bad.json", "{\n  \"schemaVersion\": \"1.0\",\n  \"id\": \n");

        var run = CliRun.Of("validate", path).ShouldFailWith(ExitCodes.InvalidData, "1 violation");

        run.Out.Should().MatchRegex(@"\(line \d+\)").And.Contain("[format]");
    }

    [Fact]
    public void Several_files_are_each_reported_and_any_violation_fails_the_run()
    {
        var good = _files.Write("good.json", TestFiles.Small);
        var bad = _files.Write("broken.json", TestFiles.WithBrokenReferences());

        var run = CliRun.Of("validate", good, bad).ShouldFailWith(ExitCodes.InvalidData, "1 of 2 files");

        run.Out.Should().Contain($"{good}: valid").And.Contain($"{bad}: 2 violations");
    }

    [Fact]
    public void Json_format_lists_violations_for_scripts()
    {
        var path = _files.Write("broken.json", TestFiles.WithBrokenReferences());

        var run = CliRun.Of("validate", "--format", "json", path);

        run.ExitCode.Should().Be(ExitCodes.InvalidData);
        using var json = JsonDocument.Parse(run.Out);
        json.RootElement.GetProperty("valid").GetBoolean().Should().BeFalse();
        var violations = json.RootElement.GetProperty("files")[0].GetProperty("violations");
        violations.EnumerateArray().Select(v => v.GetProperty("path").GetString())
            .Should().Equal("$.events[0].participants[0].actor", "$.claims[1].claimant");
        violations[0].GetProperty("kind").GetString().Should().Be("unknownReference");
    }

    [Fact]
    public void A_missing_file_is_a_usage_error_before_any_file_is_validated()
    {
        var good = _files.Write("good.json", TestFiles.Small);
        var missing = _files.Missing("absent.json");

        var run = CliRun.Of("validate", good, missing).ShouldFailWith(ExitCodes.UsageError, missing);

        run.Out.Should().BeEmpty();
    }

    [Fact]
    public void No_file_is_a_usage_error()
    {
        CliRun.Of("validate").ShouldFailWith(ExitCodes.UsageError, "newsevents validate --help");
    }

    [Fact]
    public void An_unknown_option_is_a_usage_error()
    {
        var path = _files.Write("small.json", TestFiles.Small);

        CliRun.Of("validate", path, "--strict").ShouldFailWith(ExitCodes.UsageError, "--strict");
    }
}
