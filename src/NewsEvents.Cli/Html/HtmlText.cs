namespace NewsEvents.Cli.Html;

/// <summary>
/// Escapes data for HTML: every name, quote and text of a dataset passes through here, so markup in the
/// data (<c>&lt;script&gt;</c>, <c>&lt;/textarea&gt;</c>, quotes, ampersands) is shown as text and never read as markup.
/// </summary>
internal static class HtmlText
{
    /// <summary>Writes <paramref name="text"/> as the content of an element.</summary>
    public static void Write(TextWriter output, string? text) => Write(output, text.AsSpan(), attribute: false);

    /// <summary>Writes <paramref name="text"/> as the content of an element.</summary>
    public static void Write(TextWriter output, ReadOnlySpan<char> text) => Write(output, text, attribute: false);

    /// <summary>Writes <paramref name="text"/> as the value of a double-quoted attribute.</summary>
    public static void WriteAttribute(TextWriter output, string? text) => Write(output, text.AsSpan(), attribute: true);

    /// <summary><paramref name="text"/> escaped for an element's content or a double-quoted attribute.</summary>
    public static string Escape(string? text)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        Write(writer, text.AsSpan(), attribute: true);
        return writer.ToString();
    }

    private static void Write(TextWriter output, ReadOnlySpan<char> text, bool attribute)
    {
        ArgumentNullException.ThrowIfNull(output);
        while (!text.IsEmpty)
        {
            var next = attribute ? text.IndexOfAny("&<>\"'") : text.IndexOfAny("&<>");
            if (next < 0)
            {
                output.Write(text);
                return;
            }

            output.Write(text[..next]);
            output.Write(text[next] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                _ => "&#39;",
            });
            text = text[(next + 1)..];
        }
    }
}
