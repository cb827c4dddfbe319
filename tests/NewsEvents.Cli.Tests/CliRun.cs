namespace NewsEvents.Cli.Tests;

/// <summary>One in-process run of the tool: what it wrote to stdout and stderr, and its exit code.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    public static CliRun Of(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = NewsEventsCli.Run(args, stdout, stderr);
        return new CliRun(code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>The lines of stderr (a failed run writes exactly one).</summary>
    public string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Asserts a failure told in one clear line, with the exit code, and no stack trace anywhere.</summary>
    public CliRun ShouldFailWith(int exitCode, params string[] fragments)
    {
        ExitCode.Should().Be(exitCode, "stderr was: {0}", Error);
        ErrorLines.Should().ContainSingle("an error is one line on stderr");
        Error.Should().EndWith("\n");
        Error.Should().NotContain("   at ", "no stack trace is ever shown");
        Out.Should().NotContain("   at ");
        Error.Should().StartWith(exitCode == ExitCodes.UsageError ? "newsevents: usage error: " : "newsevents: error: ");
        foreach (var fragment in fragments)
        {
            Error.Should().Contain(fragment);
        }

        return this;
    }

    public CliRun ShouldSucceed()
    {
        ExitCode.Should().Be(ExitCodes.Ok, "stderr was: {0}", Error);
        Error.Should().BeEmpty();
        return this;
    }
}
