namespace NewsEvents.Cli.Tests.Commands;

/// <summary>A valid dataset with a time on a day its zone skipped (Samoa, 2011-12-30) is analysed like any other.</summary>
public sealed class SkippedDayCommandTests : IDisposable
{
    private const string SkippedDay =
        """{"schemaVersion":"1.0","id":"x","events":[{"id":"e","type":"meeting","status":"occurred","time":{"value":"2011-12-30","zone":"Pacific/Apia"}}]}""";

    private readonly TestFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Theory]
    [InlineData("analyze", "text", "2011-12-30")]
    [InlineData("analyze", "json", "\"time\": \"2011-12-30\"")]
    [InlineData("network", "dot", "digraph actors {")]
    [InlineData("network", "mermaid", "graph LR")]
    public void Analyze_and_network_succeed(string command, string format, string expected)
    {
        var path = _files.Write("samoa.json", SkippedDay);

        CliRun.Of("validate", path).ShouldSucceed();
        var run = CliRun.Of(command, path, "--format", format).ShouldSucceed();

        run.Out.Should().Contain(expected);
    }

    [Fact]
    public void The_time_command_resolves_onto_a_skipped_day_and_refuses_it_as_an_anchor()
    {
        var run = CliRun.Of("time", "yesterday", "--anchor", "2011-12-31", "--zone", "Pacific/Apia").ShouldSucceed();
        run.Out.Should().Contain("\"value\":\"2011-12-30\"");

        CliRun.Of("time", "yesterday", "--anchor", "2011-12-30", "--zone", "Pacific/Apia")
            .ShouldFailWith(ExitCodes.UsageError, "--anchor '2011-12-30' is a day that Pacific/Apia skipped");
    }
}
