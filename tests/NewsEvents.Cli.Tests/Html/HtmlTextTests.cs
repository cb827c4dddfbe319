using NewsEvents.Cli.Html;

namespace NewsEvents.Cli.Tests.Html;

public sealed class HtmlTextTests
{
    [Theory]
    [InlineData("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;")]
    [InlineData("a & b \"c\" 'd' </textarea>", "a &amp; b &quot;c&quot; &#39;d&#39; &lt;/textarea&gt;")]
    [InlineData("plain \U0001F600 text", "plain \U0001F600 text")]
    [InlineData(null, "")]
    public void Escape_leaves_no_markup_in_content_or_attributes(string? text, string expected) =>
        HtmlText.Escape(text).Should().Be(expected);

    [Fact]
    public void Element_content_keeps_quotes_as_they_are()
    {
        using var output = new StringWriter();
        HtmlText.Write(output, "\"a\" & <b>");

        output.ToString().Should().Be("\"a\" &amp; &lt;b&gt;");
    }
}
