using System.Buffers;
using System.Globalization;
using System.Text;

namespace NewsEvents.Cli;

/// <summary>
/// The one escaping of everything the tool prints: control characters that could forge lines or
/// drive the terminal (line breaks, ESC and the rest of C0 and C1, DEL, the line and paragraph
/// separators, the bidirectional controls that reorder what is shown) are written as
/// <c>\n</c>, <c>\r</c>, <c>\t</c> or <c>\uXXXX</c>.
/// </summary>
/// <remarks>
/// The escapes are JSON's own, so that a character escaped inside a JSON string leaves it the same
/// string. Every command's output and error passes through <see cref="EscapingWriter"/>, which keeps
/// only the line feeds the tool writes itself; a value that may hold a line feed of its own (a path,
/// a member name) is escaped with <see cref="Escape"/> before it is put into a line.
/// </remarks>
internal static class OutputText
{
    private static readonly SearchValues<char> Unsafe = SearchValues.Create(UnsafeCharacters(keepLineFeeds: false));

    private static readonly SearchValues<char> UnsafeButLineFeed = SearchValues.Create(UnsafeCharacters(keepLineFeeds: true));

    /// <summary><paramref name="text"/> with every unsafe character escaped (line feeds too, unless <paramref name="keepLineFeeds"/>).</summary>
    public static string Escape(string text, bool keepLineFeeds = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        var unsafeValues = keepLineFeeds ? UnsafeButLineFeed : Unsafe;
        var first = text.AsSpan().IndexOfAny(unsafeValues);
        if (first < 0)
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 16).Append(text, 0, first);
        Append(escaped, text.AsSpan(first), unsafeValues);
        return escaped.ToString();
    }

    /// <summary>Appends <paramref name="text"/> to <paramref name="output"/>, escaping what <paramref name="unsafeValues"/> holds.</summary>
    private static void Append(StringBuilder output, ReadOnlySpan<char> text, SearchValues<char> unsafeValues)
    {
        while (!text.IsEmpty)
        {
            var next = text.IndexOfAny(unsafeValues);
            if (next < 0)
            {
                output.Append(text);
                return;
            }

            output.Append(text[..next]);
            output.Append(text[next] switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                var c => string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}"),
            });
            text = text[(next + 1)..];
        }
    }

    /// <summary>Whether <paramref name="text"/> holds nothing to escape but line feeds.</summary>
    public static bool IsSafeWithLineFeeds(ReadOnlySpan<char> text) => !text.ContainsAny(UnsafeButLineFeed);

    /// <summary>Appends <paramref name="text"/> with every unsafe character but the line feed escaped.</summary>
    public static void AppendKeepingLineFeeds(StringBuilder output, ReadOnlySpan<char> text) => Append(output, text, UnsafeButLineFeed);

    private static string UnsafeCharacters(bool keepLineFeeds)
    {
        var characters = new StringBuilder();
        for (var c = '\0'; c < ' '; c++)
        {
            if (c != '\n' || !keepLineFeeds)
            {
                characters.Append(c);
            }
        }

        for (var c = '\u007F'; c <= '\u009F'; c++)
        {
            characters.Append(c);
        }

        // Line and paragraph separators; the bidirectional marks, embeddings, overrides and isolates.
        characters.Append("\u2028\u2029\u061C\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069");
        return characters.ToString();
    }
}
