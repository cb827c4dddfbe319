using System.Text;

namespace NewsEvents.Interop.Plover;

/// <summary>
/// The evidence spans a PLOVER record's markup gives: its text with the coded words wrapped as <c>(EVT: agreed)</c>,
/// <c>(SRC: Libya)</c>, <c>(TAR: Great Britain)</c>, <c>(SRC/TAR: …)</c> or <c>(LOC: …)</c>. Only exact words become
/// spans: where the markup without its wrapping is the record's text, each wrapped phrase is a span at its place;
/// where it is not (the coder corrected a word, dropped one), a phrase becomes a span only if it stands in the text
/// exactly once. A markup that does not parse (an unclosed wrapping) gives no span.
/// </summary>
internal static class PloverMarkup
{
    /// <summary>A wrapped phrase: its tag (<c>EVT</c>) and words, and where the words begin in the markup's unwrapped text (UTF-16 index).</summary>
    public readonly record struct Phrase(string Tag, string Words, int Start);

    /// <summary>The phrases of <paramref name="markup"/> and its unwrapped text; null when the markup does not parse.</summary>
    public static (List<Phrase> Phrases, string Text)? Parse(string markup)
    {
        var phrases = new List<Phrase>();
        var text = new StringBuilder(markup.Length);
        var i = 0;
        while (i < markup.Length)
        {
            var tagLength = markup[i] == '(' ? TagLength(markup, i + 1) : 0;
            if (tagLength == 0)
            {
                text.Append(markup[i++]);
                continue;
            }

            var wordsStart = i + 1 + tagLength + 2;
            var end = ClosingParenthesis(markup, wordsStart);
            if (end < 0)
            {
                return null;
            }

            var words = markup[wordsStart..end];
            phrases.Add(new Phrase(markup.Substring(i + 1, tagLength), words, text.Length));
            text.Append(words);
            i = end + 1;
        }

        return (phrases, text.ToString());
    }

    /// <summary>
    /// The spans of <paramref name="markup"/>'s phrases in <paramref name="text"/>, each with its tag; with no markup
    /// (or one that does not parse), the span of <paramref name="eventText"/> where it stands in the text once, tagged <c>eventText</c>.
    /// </summary>
    public static List<(string Tag, Evidence Span)> Spans(DocumentId document, string text, string? markup, string? eventText)
    {
        var spans = new List<(string, Evidence)>();
        if (markup is not null && Parse(markup) is { } parsed)
        {
            var exact = parsed.Text == text;
            foreach (var phrase in parsed.Phrases.Where(p => p.Words.Length > 0))
            {
                var occurrence = exact ? OccurrencesBefore(text, phrase.Words, phrase.Start) : Occurrences(text, phrase.Words) == 1 ? 0 : -1;
                if (occurrence >= 0)
                {
                    spans.Add((phrase.Tag, Evidence.Find(document, text, phrase.Words, occurrence)));
                }
            }
        }
        else if (!string.IsNullOrEmpty(eventText) && Occurrences(text, eventText) == 1)
        {
            spans.Add(("eventText", Evidence.Find(document, text, eventText)));
        }

        return spans;
    }

    // "EVT", "SRC/TAR": capital letters, groups joined by '/', followed by ": ".
    private static int TagLength(string markup, int start)
    {
        var i = start;
        while (i < markup.Length && (char.IsAsciiLetterUpper(markup[i]) || (markup[i] == '/' && i > start)))
        {
            i++;
        }

        return i > start && markup[i - 1] != '/' && markup.AsSpan(i).StartsWith(": ", StringComparison.Ordinal) ? i - start : 0;
    }

    // Phrases hold parentheses of their own ("Azadliq (Freedom) opposition coalition"): the wrapping closes at depth 0.
    private static int ClosingParenthesis(string markup, int start)
    {
        var depth = 0;
        for (var i = start; i < markup.Length; i++)
        {
            if (markup[i] == '(')
            {
                depth++;
            }
            else if (markup[i] == ')' && depth-- == 0)
            {
                return i;
            }
        }

        return -1;
    }

    private static int Occurrences(string text, string words)
    {
        var count = 0;
        for (var at = text.IndexOf(words, StringComparison.Ordinal); at >= 0; at = text.IndexOf(words, at + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    // The occurrence (from 0) that starts at index, counted as Evidence.Find counts them.
    private static int OccurrencesBefore(string text, string words, int index)
    {
        var count = 0;
        for (var at = text.IndexOf(words, StringComparison.Ordinal); at >= 0 && at < index; at = text.IndexOf(words, at + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
