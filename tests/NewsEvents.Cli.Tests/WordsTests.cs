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
}
