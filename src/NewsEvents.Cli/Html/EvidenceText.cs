namespace NewsEvents.Cli.Html;

/// <summary>
/// Writes a document's text with its evidence spans highlighted. Offsets count code points, so each
/// boundary is turned into a UTF-16 index by one walk over the text (a character outside the Basic
/// Multilingual Plane is two UTF-16 units and one code point). Overlapping spans are split at every
/// boundary: the text becomes a run of segments, each one element naming every span that covers it
/// (<c>data-s</c>) and the items they support (<c>data-i</c>), and linking to the item of the innermost.
/// A span's words are then the text of the segments that name it, in order.
/// </summary>
internal static class EvidenceText
{
    /// <summary>Whether a span lies inside a text of <paramref name="length"/> code points.</summary>
    public static bool Fits(EvidenceSpan span, int length) => span.End <= length;

    /// <summary>Writes <paramref name="text"/> with <paramref name="spans"/> highlighted (those that do not fit are left out).</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="text">The document's text.</param>
    /// <param name="spans">The spans in the document, in any order.</param>
    /// <param name="isShown">Whether the report has a row for an item (by HTML id), for a span to link to.</param>
    public static void Write(TextWriter output, string text, IReadOnlyList<EvidenceSpan> spans, Func<string, bool> isShown)
    {
        var length = CodePoints.Count(text);
        var fitting = spans.Where(s => Fits(s, length)).OrderBy(s => s.Start).ThenBy(s => s.End).ToList();
        var boundaries = new SortedSet<int>(fitting.SelectMany(s => new[] { s.Start, s.End })) { 0, length };
        var active = new List<EvidenceSpan>();
        var next = 0;
        var (point, index) = (0, 0);
        foreach (var boundary in boundaries)
        {
            if (boundary > point)
            {
                var end = CodePoints.ToUtf16Index(text, boundary - point, index);
                WriteSegment(output, text.AsSpan(index, end - index), active, isShown);
                (point, index) = (boundary, end);
            }

            active.RemoveAll(s => s.End == boundary);
            for (; next < fitting.Count && fitting[next].Start == boundary; next++)
            {
                var span = fitting[next];
                output.Write("<i id=\"");
                HtmlText.WriteAttribute(output, HtmlIds.Words(span.Token));
                output.Write("\"></i>");
                if (span.End == span.Start)
                {
                    // A span of no words still marks its place, so that every span is in the page.
                    WriteSegment(output, [], [span], isShown);
                }
                else
                {
                    active.Add(span);
                }
            }
        }
    }

    private static void WriteSegment(TextWriter output, ReadOnlySpan<char> words, List<EvidenceSpan> covering, Func<string, bool> isShown)
    {
        if (covering.Count == 0)
        {
            HtmlText.Write(output, words);
            return;
        }

        // The innermost span is the most specific: its item is the one the words link to.
        var innermost = covering[0];
        foreach (var span in covering)
        {
            if (span.Evidence.Length < innermost.Evidence.Length)
            {
                innermost = span;
            }
        }

        output.Write("<a class=\"ev\"");
        if (isShown(innermost.Item))
        {
            output.Write(" href=\"#");
            HtmlText.WriteAttribute(output, innermost.Item);
            output.Write('"');
        }

        output.Write(" data-item=\"");
        HtmlText.WriteAttribute(output, innermost.Item);
        output.Write("\" data-s=\"");
        HtmlText.WriteAttribute(output, string.Join(' ', covering.Select(s => s.Token)));
        output.Write("\" data-i=\"");
        HtmlText.WriteAttribute(output, string.Join(' ', covering.Select(s => s.Item).Distinct()));
        output.Write("\" title=\"");
        HtmlText.WriteAttribute(output, string.Join("; ", covering.Select(s => s.Label).Distinct()));
        output.Write("\">");
        HtmlText.Write(output, words);
        output.Write("</a>");
    }
}
