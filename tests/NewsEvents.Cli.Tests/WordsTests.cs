namespace NewsEvents.Cli.Tests;

public class WordsTests
{
    [Fact]
    public void Json_names_are_camel_case_as_in_the_data_format()
    {
        Words.Json(StatementChannel.ToldReporters).Should().Be("toldReporters");
        Words.Json(EventStatus.Planned).Should().Be("planned");
    }

    [Fact]
    public void Spaced_names_read_as_words()
    {
        Words.Spaced(StatementChannel.NewsAgencyReport).Should().Be("news agency report");
        Words.Spaced(ActorKind.Person).Should().Be("person");
    }

    [Theory]
    [InlineData(0, "0 events")]
    [InlineData(1, "1 event")]
    [InlineData(12345678901, "12345678901 events")]
    public void Counts_agree_in_number(long count, string expected)
    {
        Words.Count(count, "event").Should().Be(expected);
    }

    [Theory]
    [InlineData("one line", "one line")]
    [InlineData("first\nsecond", "first second")]
    [InlineData("  a\r\n\tb \u2028 c  ", "a b c")]
    public void One_line_keeps_a_message_on_one_line(string text, string expected)
    {
        Words.OneLine(text).Should().Be(expected);
    }

    [Theory]
    [InlineData("plain text, ünïcödé, 東京, 😀", "plain text, ünïcödé, 東京, 😀")]
    [InlineData("a\nfake.json: valid", "a\\u000afake.json: valid")]
    [InlineData("\u001b[2J\r\t", "\\u001b[2J\\u000d\\u0009")]
    [InlineData("\u007f\u0085\u009b\u2028\u2029", "\\u007f\\u0085\\u009b\\u2028\\u2029")]
    public void Escaped_text_has_no_control_character_left(string text, string expected)
    {
        Words.Escaped(text).Should().Be(expected);
        Words.Escaped(text).Any(c => char.IsControl(c) || c is '\u2028' or '\u2029').Should().BeFalse();
    }
}
