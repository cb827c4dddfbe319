using NewsEvents.Cli.Html;
using NewsEvents.Samples;

namespace NewsEvents.Cli.Tests.Commands;

public sealed class ReportCommandTests : IDisposable
{
    private readonly TestFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Writes_the_report_of_the_sample_without_a_file()
    {
        var output = _files.Missing("report.html");

        CliRun.Of("report", "-o", output).ShouldSucceed().Out.Should().BeEmpty();

        File.ReadAllText(output).Should().Be(HtmlReport.Render(SampleDatasets.MoscowTalks));
    }

    [Fact]
    public void Several_files_json_and_json_lines_alike_are_reported_as_their_merge_with_the_caps_asked_for()
    {
        var first = _files.Write("small.json", TestFiles.Small);
        var second = _files.Write("other.jsonl", string.Concat(NewsEvents.Streaming.JsonLinesWriter.ToRecords(TestFiles.Small with { Id = new DatasetId("other") })
            .Select(r => System.Text.Encoding.UTF8.GetString(NewsEvents.Streaming.JsonLinesWriter.ToUtf8Line(r)))));
        var output = _files.Missing("merged.html");

        CliRun.Of("report", first, second, "--top", "1", "-o", output).ShouldSucceed();

        var html = File.ReadAllText(output);
        html.Should().Contain("Dataset small+other").And.Contain($"and {(2 * TestFiles.Small.Events.Length) - 1} more (--top N or --full shows more)");
    }

    [Fact]
    public void Writes_to_standard_output_with_a_dash()
    {
        var run = CliRun.Of("report", "-o", "-").ShouldSucceed();

        run.Out.Should().StartWith("<!DOCTYPE html>").And.EndWith("</html>\n");
    }

    [Theory]
    [InlineData("--top", "0")]
    [InlineData("--top", "2", "--full")]
    public void Refuses_caps_that_make_no_sense(params string[] caps) =>
        CliRun.Of(["report", "-o", _files.Missing("x.html"), .. caps]).ShouldFailWith(ExitCodes.UsageError, "--top");

    [Fact]
    public void Needs_an_output_and_refuses_to_overwrite_an_input()
    {
        CliRun.Of("report").ShouldFailWith(ExitCodes.UsageError, "--output");
        var input = _files.Write("small.json", TestFiles.Small);
        CliRun.Of("report", input, "-o", input).ShouldFailWith(ExitCodes.InvalidData, "is also an input");
        File.ReadAllText(input).Should().Be(NewsEventsJson.Serialize(TestFiles.Small));
    }

    [Fact]
    public void Invalid_data_fails_in_one_line_and_leaves_no_report()
    {
        var input = _files.Write("broken.json", TestFiles.WithBrokenReferences());
        var output = _files.Missing("broken.html");

        CliRun.Of("report", input, "-o", output).ShouldFailWith(ExitCodes.InvalidData, "broken.json");
        File.Exists(output).Should().BeFalse();
    }
}
