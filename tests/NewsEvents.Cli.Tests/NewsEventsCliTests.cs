namespace NewsEvents.Cli.Tests;

public class NewsEventsCliTests
{
    [Fact]
    public void Help_lists_every_command_on_stdout()
    {
        var run = CliRun.Of("--help").ShouldSucceed();
        run.Out.Should().Contain("Usage:").And.Contain("newsevents");
        run.Out.Should().Contain("analyze").And.Contain("validate");
    }

    [Theory]
    [InlineData("analyze")]
    [InlineData("validate")]
    [InlineData("time")]
    [InlineData("network")]
    [InlineData("generate")]
    [InlineData("convert")]
    [InlineData("report")]
    public void Every_command_has_help(string command)
    {
        var run = CliRun.Of(command, "--help").ShouldSucceed();
        run.Out.Should().Contain($"newsevents {command}");
    }

    [Fact]
    public void No_command_is_a_usage_error()
    {
        CliRun.Of().ShouldFailWith(ExitCodes.UsageError, "newsevents --help");
    }

    [Fact]
    public void An_unknown_command_is_a_usage_error()
    {
        CliRun.Of("frobnicate").ShouldFailWith(ExitCodes.UsageError, "frobnicate");
    }

    [Fact]
    public void An_unknown_option_is_a_usage_error_that_names_it_and_the_help()
    {
        CliRun.Of("--frobnicate").ShouldFailWith(ExitCodes.UsageError, "--frobnicate", "newsevents --help");
    }

    [Fact]
    public void Version_prints_one_line()
    {
        var run = CliRun.Of("--version").ShouldSucceed();
        run.Out.Trim().Should().MatchRegex(@"^\d+\.\d+\.\d+");
    }
}
