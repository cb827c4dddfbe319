

namespace NewsEvents.Model;

/// <summary>Code-point arithmetic over UTF-16 text: evidence offsets count code points.</summary>
public static class CodePoints
{
    /// <summary>Counts the Unicode code points of <paramref name="text"/> (a surrogate pair counts once).</summary>
    public static int Count(ReadOnlySpan<char> text)
    {
        var count = text.Length;

        // Most text has no surrogates at all: a vectorized search skips to the first one.
        var first = text.IndexOfAnyInRange('\uD800', '\uDBFF');
        if (first < 0)
        {
            return count;
        }

        for (var i = first; i < text.Length - 1; i++)
        {
            if (char.IsHighSurrogate(text[i]) && char.IsLowSurrogate(text[i + 1]))
            {
                count--;
                i++;
            }
        }

        return count;
    }

    /// <summary>
    /// Returns the text between code points <paramref name="start"/> (inclusive) and
    /// <paramref name="end"/> (exclusive), or null when the span does not lie inside the text.
    /// </summary>
    public static string? Slice(string text, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (start < 0 || end < start)
        {
            return null;
        }

        var from = ToUtf16Index(text, start);
        if (from < 0)
        {
            return null;
        }

        var to = ToUtf16Index(text, end - start, from);
        return to < 0 ? null : text[from..to];
    }

    /// <summary>
    /// The UTF-16 index of the code point <paramref name="codePoints"/> after <paramref name="from"/>,
    /// or -1 past the end.
    /// </summary>
    public static int ToUtf16Index(string text, int codePoints, int from = 0)
    {
        ArgumentNullException.ThrowIfNull(text);
        var index = from;
        for (var n = 0; n < codePoints; n++)
        {
            if (index >= text.Length)
            {
                return -1;
            }

            index += char.IsHighSurrogate(text[index]) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]) ? 2 : 1;
        }

        return index <= text.Length ? index : -1;
    }

}
