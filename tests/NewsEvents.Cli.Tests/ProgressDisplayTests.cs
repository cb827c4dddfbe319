namespace NewsEvents.Cli.Tests;

/// <summary>Every command that reads or writes a file draws its progress on a terminal, and never on a pipe.</summary>
public sealed class ProgressDisplayTests : IDisposable
{
    private readonly TestFiles _files = new();

    public void Dispose() => _files.Dispose();

    public static TheoryData<string[]> Commands => new()
    {
        { ["analyze", "{json}"] },
        { ["analyze", "{jsonl}", "{other}"] },
        { ["network", "{jsonl}"] },
        { ["validate", "{json}"] },
        { ["validate", "{jsonl}"] },
        { ["convert", "{json}", "{out}.jsonl"] },
        { ["convert", "{jsonl}", "{out}.json"] },
        { ["merge", "{json}", "{other}", "-o", "{out}.jsonl"] },
        { ["merge", "{jsonl}", "{other}", "-o", "{out}.json"] },
        { ["generate", "--events", "2000", "-o", "{out}.jsonl"] },
        { ["generate", "--events", "50", "-o", "{out}.json"] },
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public void On_a_terminal_progress_is_drawn_on_stderr_and_the_results_are_those_of_a_pipe(string[] command)
    {
        var json = _files.Missing("data.json");
        var jsonl = _files.Missing("data.jsonl");
        var other = _files.Missing("other.jsonl");
        CliRun.Of("generate", "--events", "500", "-o", json).ShouldSucceed();
        CliRun.Of("generate", "--events", "500", "-o", jsonl).ShouldSucceed();
        CliRun.Of("generate", "--events", "100", "--seed", "2", "-o", other).ShouldSucceed();
        string[] Args(string output) => [.. command.Select(a => a.Replace("{json}", json).Replace("{jsonl}", jsonl).Replace("{other}", other).Replace("{out}", output))];
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        using var terminal = new StringWriter();

        var code = NewsEventsCli.Run(Args(_files.Missing("terminal")), new CliConsole(stdout, stderr, ErrorIsTerminal: true) { Terminal = terminal });
        var piped = CliRun.Of(Args(_files.Missing("pipe")));

        code.Should().Be(ExitCodes.Ok, "stderr was: {0}", stderr);
        piped.ShouldSucceed();
        terminal.ToString().Should().Contain("\u001b[", "the bar is drawn with control codes");
        stderr.ToString().Should().BeEmpty("errors alone go through the escaped standard error");
        stdout.ToString().Should().Be(piped.Out);
        piped.Out.Should().NotContain("\u001b");
    }
}
