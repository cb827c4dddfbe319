using System.Collections.Immutable;
using System.Globalization;

namespace NewsEvents.Cli.Html;

/// <summary>
/// Every colour the HTML report uses, stated once: the stylesheet and the SVG drawings take theirs from here,
/// and <see cref="Pairs"/> names each foreground drawn on each background with the contrast WCAG AA asks of it
/// (4.5:1 for text, 3:1 for marks that are not text), which the tests compute.
/// </summary>
internal static class HtmlPalette
{
    public const string Page = "#ffffff";

    public const string Text = "#1b1b1b";

    public const string Muted = "#555555";

    public const string Link = "#0b4fa8";

    public const string Rule = "#767676";

    public const string Panel = "#f3f3f3";

    /// <summary>The background of an evidence span.</summary>
    public const string Highlight = "#fff0a8";

    /// <summary>The background of the spans of the item chosen.</summary>
    public const string Chosen = "#ffb347";

    /// <summary>What took place (occurred, ongoing).</summary>
    public const string Occurred = "#1f5fa8";

    /// <summary>What did not, or not surely, take place (planned, failed, denied, disputed, hypothetical...).</summary>
    public const string Marked = "#b3261e";

    /// <summary>Actors on no side, and the ties of mediators.</summary>
    public const string NoSide = "#5f6368";

    /// <summary>The colours of sides 1, 2, 3... (repeated past the last).</summary>
    public static ImmutableArray<string> Sides { get; } = ["#1f5fa8", "#b3261e", "#2e7d32", "#6a1b9a", "#8a5300", "#00695c"];

    /// <summary>The colour of side <paramref name="number"/> (from 1), or of no side.</summary>
    public static string SideColour(int? number) => number is { } n ? Sides[(n - 1) % Sides.Length] : NoSide;

    /// <summary>Each foreground on each background it is drawn on, with the least contrast it needs.</summary>
    public static ImmutableArray<(string Foreground, string Background, double Minimum)> Pairs { get; } =
    [
        (Text, Page, 4.5), (Muted, Page, 4.5), (Link, Page, 4.5), (Text, Panel, 4.5), (Link, Panel, 4.5), (Muted, Panel, 4.5),
        (Text, Highlight, 4.5), (Link, Highlight, 4.5), (Text, Chosen, 4.5), (Rule, Page, 3.0),
        (Occurred, Page, 4.5), (Marked, Page, 4.5), (NoSide, Page, 4.5),
        .. Sides.Select(s => (s, Page, 4.5)),
    ];

    /// <summary>The contrast ratio of two colours, from 1 to 21 (WCAG 2's definition).</summary>
    public static double Contrast(string first, string second)
    {
        var (a, b) = (Luminance(first), Luminance(second));
        return (Math.Max(a, b) + 0.05) / (Math.Min(a, b) + 0.05);
    }

    /// <summary>The relative luminance of a <c>#rrggbb</c> colour (one of this palette's).</summary>
    public static double Luminance(string colour)
    {
        ArgumentNullException.ThrowIfNull(colour);
        double Channel(int at)
        {
            var c = int.Parse(colour.AsSpan(at, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
            return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }

        return (0.2126 * Channel(1)) + (0.7152 * Channel(3)) + (0.0722 * Channel(5));
    }
}
