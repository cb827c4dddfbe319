namespace NewsEvents.Cli.Tests.Commands;

public sealed class GenerateCommandTests : IDisposable
{
    private readonly TestFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Writes_json_lines_to_stdout_header_first()
    {
        var run = CliRun.Of("generate", "--events", "20").ShouldSucceed();

        var lines = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines[0].Should().StartWith("{\"kind\":\"header\"");
        lines.Count(l => l.StartsWith("{\"kind\":\"event\"", StringComparison.Ordinal)).Should().Be(20);
        run.Out.Should().EndWith("\n");
    }

    [Fact]
    public void The_same_seed_gives_the_same_bytes_and_another_seed_other_data()
    {
        var first = CliRun.Of("generate", "-n", "10", "--seed", "7").ShouldSucceed().Out;
        var again = CliRun.Of("generate", "-n", "10", "--seed", "7").ShouldSucceed().Out;
        var other = CliRun.Of("generate", "-n", "10", "--seed", "8").ShouldSucceed().Out;

        again.Should().Be(first);
        other.Should().NotBe(first);
    }

    [Fact]
    public void A_json_file_gets_one_valid_dataset()
    {
        var path = _files.Missing("synthetic.json");

        var run = CliRun.Of("generate", "--events", "30", "-o", path).ShouldSucceed();

        run.Out.Should().BeEmpty();
        var dataset = NewsEventsJson.Deserialize(File.ReadAllBytes(path));
        dataset.Events.Should().HaveCount(30);
        CliRun.Of("validate", path).ShouldSucceed();
    }

    [Fact]
    public void A_jsonl_file_gets_json_lines_that_validate()
    {
        var path = _files.Missing("synthetic.jsonl");

        CliRun.Of("generate", "--events", "40", "--output", path).ShouldSucceed();

        File.ReadLines(path).First().Should().StartWith("{\"kind\":\"header\"");
        CliRun.Of("validate", path).ShouldSucceed().Out.Should().Contain("valid");
    }

    [Theory]
    [InlineData("synthetic.txt")]
    [InlineData("synthetic")]
    [InlineData("synthetic.ndjson")]
    public void Any_name_but_json_gets_json_lines_as_the_docs_say(string name)
    {
        var path = _files.Missing(name);

        CliRun.Of("generate", "--events", "15", "-o", path).ShouldSucceed();

        File.ReadAllText(path).Should().Be(CliRun.Of("generate", "--events", "15").ShouldSucceed().Out);
    }

    [Fact]
    public void A_dataset_document_takes_at_most_its_cap_of_events_with_a_usage_error_that_names_jsonl()
    {
        var path = _files.Missing("huge.json");

        CliRun.Of("generate", "--events", "2147483647", "-o", path)
            .ShouldFailWith(ExitCodes.UsageError, "--events 2147483647 is too many for one dataset document", "at most 2,000,000 events", ".jsonl");

        File.Exists(path).Should().BeFalse();
        Directory.GetFiles(_files.Directory).Should().BeEmpty();
    }

    [Fact]
    public void The_largest_count_streams_to_a_full_device_and_fails_at_once_with_exit_1()
    {
        // The finding: 'generate --events 2147483647 -o /dev/full' was killed at 24 GB with no message.
        CliRun.Of("generate", "--events", "2147483647", "-o", "/dev/full")
            .ShouldFailWith(ExitCodes.InvalidData, "/dev/full: cannot be written");
    }

    [Fact]
    public void Events_are_required()
    {
        CliRun.Of("generate").ShouldFailWith(ExitCodes.UsageError, "--events", "newsevents generate --help");
    }

    [Theory]
    [InlineData("-5")]
    [InlineData("many")]
    public void A_bad_event_count_is_a_usage_error(string count)
    {
        CliRun.Of("generate", "--events", count).ShouldFailWith(ExitCodes.UsageError, count);
    }

    [Fact]
    public void An_output_in_a_missing_directory_is_a_usage_error_and_leaves_nothing()
    {
        var path = Path.Combine(_files.Missing("no-such-directory"), "out.jsonl");

        var directory = Path.GetDirectoryName(Path.GetFullPath(path));

        CliRun.Of("generate", "-n", "5", "-o", path).ShouldFailWith(ExitCodes.UsageError, $"{path}: cannot be written: its folder {directory} does not exist.");

        File.Exists(path).Should().BeFalse();
    }

    [Fact]
    public void An_unknown_option_is_a_usage_error()
    {
        CliRun.Of("generate", "-n", "5", "--actors", "9").ShouldFailWith(ExitCodes.UsageError, "--actors");
    }
}
