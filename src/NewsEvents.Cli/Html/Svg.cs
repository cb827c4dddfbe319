using System.Globalization;

namespace NewsEvents.Cli.Html;

/// <summary>Small helpers for the report's SVG drawings: numbers written the same on every machine, and labels cut to fit.</summary>
internal static class Svg
{
    /// <summary>A coordinate, to a tenth, whatever the culture.</summary>
    public static string N(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary><paramref name="text"/> cut to <paramref name="max"/> characters with an ellipsis (never between the halves of a surrogate pair).</summary>
    public static string Cut(string text, int max)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length <= max)
        {
            return text;
        }

        var cut = max - 1;
        if (char.IsLowSurrogate(text[cut]))
        {
            cut--;
        }

        return string.Concat(text.AsSpan(0, cut), "\u2026");
    }

    /// <summary>Writes an SVG <c>&lt;text&gt;</c> element holding <paramref name="text"/>, escaped.</summary>
    public static void Text(TextWriter output, double x, double y, string text, string attributes = "")
    {
        output.Write($"<text x=\"{N(x)}\" y=\"{N(y)}\"{attributes}>");
        HtmlText.Write(output, text);
        output.Write("</text>");
    }

    /// <summary>Writes an SVG <c>&lt;title&gt;</c> (the tooltip and accessible name of its parent).</summary>
    public static void Title(TextWriter output, string text)
    {
        output.Write("<title>");
        HtmlText.Write(output, text);
        output.Write("</title>");
    }
}
