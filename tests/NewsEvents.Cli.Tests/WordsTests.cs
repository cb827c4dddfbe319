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

    public static TheoryData<Quantity, string> Figures => new()
    {
        { new Quantity(QuantityKind.Killed, 12), "12" },
        { new Quantity(QuantityKind.Killed, 12, qualifier: QuantityQualifier.AtLeast), "at least 12" },
        { new Quantity(QuantityKind.Injured, min: 40, qualifier: QuantityQualifier.MoreThan), "more than 40" },
        { new Quantity(QuantityKind.Killed, max: 30, qualifier: QuantityQualifier.AtMost), "at most 30" },
        { new Quantity(QuantityKind.Killed, min: 10, max: 12), "10..12" },
        { new Quantity(QuantityKind.Killed, min: 10, max: 12, qualifier: QuantityQualifier.About), "about 10..12" },
        { new Quantity(QuantityKind.Killed, min: 10), "10.." },
        { new Quantity(QuantityKind.Duration, 8, qualifier: QuantityQualifier.About, unit: "hours"), "about 8 hours" },
    };

    [Theory]
    [MemberData(nameof(Figures))]
    public void Figures_read_as_words_without_their_kind(Quantity quantity, string expected)
    {
        Words.Figure(quantity).Should().Be(expected);
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
