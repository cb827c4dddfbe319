using NewsEvents.Cli.Html;

namespace NewsEvents.Cli.Tests.Html;

public sealed class EvidenceTextTests
{
    private static readonly DocumentId Doc = new("d");

    private static string Write(string text, params EvidenceSpan[] spans)
    {
        using var output = new StringWriter();
        EvidenceText.Write(output, text, spans, item => item == "shown");
        return output.ToString();
    }

    private static EvidenceSpan Span(string token, int start, int end, string item = "shown") => new(item, token, $"label {token}", new Evidence(Doc, start, end));

    [Fact]
    public void Offsets_count_code_points_so_text_after_astral_characters_is_sliced_right()
    {
        // Each emoji is one code point and two UTF-16 units.
        const string Text = "\U0001F600\U0001F601 ab \U0001F602cd";
        var html = Write(Text, Span("x", 3, 5), Span("y", 6, 8));

        var words = ReportDom.HighlightedWords(html);
        words["x"].Should().Be("ab");
        words["y"].Should().Be("\U0001F602c");
        System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Replace(html, "<[^>]*>", string.Empty)).Should().Be(Text, "all the text is kept, once");
    }

    [Fact]
    public void Overlapping_and_nested_spans_are_split_so_each_keeps_its_words()
    {
        const string Text = "one two three four";
        var html = Write(Text, Span("outer", 0, 18), Span("left", 4, 13), Span("right", 8, 18), Span("inner", 8, 13));

        var words = ReportDom.HighlightedWords(html);
        words["outer"].Should().Be(Text);
        words["left"].Should().Be("two three");
        words["right"].Should().Be("three four");
        words["inner"].Should().Be("three");
    }

    [Fact]
    public void Words_link_to_the_item_of_their_innermost_span_when_it_is_shown()
    {
        var html = Write("one two three", Span("outer", 0, 13, "hidden"), Span("inner", 4, 7, "shown"));

        html.Should().Contain("<a class=\"ev\" href=\"#shown\" data-item=\"shown\" data-s=\"outer inner\"");
        html.Should().Contain("<a class=\"ev\" data-item=\"hidden\" data-s=\"outer\"", "an item without a row is named, not linked");
        html.Should().Contain("<i id=\"w-inner\"></i>", "each span's first words can be linked to");
    }

    [Fact]
    public void A_span_of_no_words_and_one_past_the_text_are_told_apart()
    {
        var html = Write("abc", Span("empty", 1, 1), Span("past", 2, 9));

        ReportDom.HighlightedWords(html).Should().ContainKey("empty").WhoseValue.Should().BeEmpty();
        html.Should().NotContain("past", "a span outside the text is listed in the evidence table, not drawn");
    }
}
