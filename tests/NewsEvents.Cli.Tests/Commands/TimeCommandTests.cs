using System.Text.Json;

namespace NewsEvents.Cli.Tests.Commands;

public class TimeCommandTests
{
    [Fact]
    public void Resolves_the_issue_example_as_one_line_of_json()
    {
        var run = CliRun.Of("time", "until Tuesday morning", "--anchor", "2020-01-13", "--zone", "Europe/Moscow", "--tense", "future").ShouldSucceed();

        run.Out.Should().EndWith("\n");
        run.Out.TrimEnd('\n').Should().NotContain("\n", "the result is one line");
        using var json = JsonDocument.Parse(run.Out);
        var root = json.RootElement;
        root.GetProperty("expression").GetString().Should().Be("until Tuesday morning");
        root.GetProperty("end").GetString().Should().Be("2020-01-14");
        root.GetProperty("start").GetString().Should().Be("2020-01-13", "the span runs from the anchor day to Tuesday morning");
        root.GetProperty("precision").GetString().Should().Be("interval");
        root.GetProperty("zone").GetString().Should().Be("Europe/Moscow");
        root.GetProperty("anchor").GetString().Should().Be("2020-01-13T00:00:00+03:00");
    }

    [Theory]
    [InlineData("on Sunday", "past", "2020-01-12", "2020-01-12", "day")]
    [InlineData("on Sunday", "future", "2020-01-19", "2020-01-19", "day")]
    [InlineData("in April", "past", "2019-04-01", "2019-04-30", "month")]
    [InlineData("February 2019", "any", "2019-02-01", "2019-02-28", "month")]
    [InlineData("yesterday", "any", "2020-01-12", "2020-01-12", "day")]
    public void Start_and_end_are_the_first_and_last_day_inclusive(string expression, string tense, string start, string end, string precision)
    {
        var run = CliRun.Of("time", expression, "--anchor", "2020-01-13", "--zone", "Europe/Moscow", "--tense", tense).ShouldSucceed();

        using var json = JsonDocument.Parse(run.Out);
        json.RootElement.GetProperty("start").GetString().Should().Be(start);
        json.RootElement.GetProperty("end").GetString().Should().Be(end);
        json.RootElement.GetProperty("precision").GetString().Should().Be(precision);
    }

    [Fact]
    public void The_zone_decides_what_today_is()
    {
        // 01:00 in Moscow on the 14th is still the 13th in UTC.
        var moscow = CliRun.Of("time", "today", "--anchor", "2020-01-14T01:00", "--zone", "Europe/Moscow").ShouldSucceed();
        var utc = CliRun.Of("time", "today", "--anchor", "2020-01-13T22:00Z").ShouldSucceed();

        JsonDocument.Parse(moscow.Out).RootElement.GetProperty("start").GetString().Should().Be("2020-01-14");
        JsonDocument.Parse(utc.Out).RootElement.GetProperty("start").GetString().Should().Be("2020-01-13");
    }

    [Fact]
    public void A_duration_is_reported_as_a_duration_without_dates()
    {
        var run = CliRun.Of("time", "a nine-month war", "--anchor", "2020-01-13").ShouldSucceed();

        using var json = JsonDocument.Parse(run.Out);
        json.RootElement.GetProperty("kind").GetString().Should().Be("duration");
        json.RootElement.GetProperty("duration").GetString().Should().Be("P9M");
        json.RootElement.GetProperty("start").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public void An_expression_that_needs_a_tense_fails_with_the_option_to_pass()
    {
        var run = CliRun.Of("time", "on Sunday", "--anchor", "2020-01-13").ShouldFailWith(ExitCodes.InvalidData, "on Sunday", "--tense past");

        JsonDocument.Parse(run.Out).RootElement.GetProperty("reason").GetString().Should().Be("needsTense");
        JsonDocument.Parse(run.Out).RootElement.GetProperty("message").GetString().Should().Contain("--tense past").And.NotContain("TenseHint");
    }

    [Fact]
    public void Text_that_is_no_time_expression_is_invalid_data()
    {
        CliRun.Of("time", "the quick brown fox", "--anchor", "2020-01-13").ShouldFailWith(ExitCodes.InvalidData, "cannot resolve");
    }

    [Theory]
    [InlineData("2020-13-45")]
    [InlineData("yesterday")]
    [InlineData("13/01/2020")]
    [InlineData("")]
    public void A_bad_anchor_is_a_usage_error(string anchor)
    {
        CliRun.Of("time", "yesterday", "--anchor", anchor).ShouldFailWith(ExitCodes.UsageError, "--anchor");
    }

    [Fact]
    public void An_anchor_out_of_range_is_a_usage_error()
    {
        CliRun.Of("time", "tomorrow", "--anchor", "9999-12-31", "--zone", "Pacific/Kiritimati").ShouldFailWith(ExitCodes.UsageError, "--anchor");
    }

    [Fact]
    public void A_missing_anchor_is_a_usage_error()
    {
        CliRun.Of("time", "yesterday").ShouldFailWith(ExitCodes.UsageError, "--anchor", "newsevents time --help");
    }

    [Fact]
    public void An_unknown_zone_is_a_usage_error()
    {
        CliRun.Of("time", "yesterday", "--anchor", "2020-01-13", "--zone", "Mars/Olympus").ShouldFailWith(ExitCodes.UsageError, "Mars/Olympus");
    }

    [Fact]
    public void An_unknown_tense_is_a_usage_error()
    {
        CliRun.Of("time", "on Sunday", "--anchor", "2020-01-13", "--tense", "pluperfect").ShouldFailWith(ExitCodes.UsageError, "pluperfect");
    }

    [Fact]
    public void An_unknown_option_is_a_usage_error()
    {
        CliRun.Of("time", "yesterday", "--anchor", "2020-01-13", "--locale", "fr").ShouldFailWith(ExitCodes.UsageError, "--locale");
    }
}
