using System.Globalization;
using System.Text;

namespace NewsEvents.Analysis;

/// <summary>How the analyses tell figures apart: by kind, value or range, qualifier and unit, never by the words that gave them.</summary>
internal static class FigureText
{
    /// <summary>A key equal for two lists of quantities that assert the same figures, in any order; empty for none.</summary>
    public static string KeyOf(IReadOnlyCollection<Quantity> quantities)
    {
        if (quantities.Count == 0)
        {
            return string.Empty;
        }

        var parts = quantities.Select(KeyOf).ToList();
        parts.Sort(StringComparer.Ordinal);
        return string.Join('\u001f', parts);
    }

    /// <summary>A key equal for two quantities that state the same figure.</summary>
    public static string KeyOf(Quantity quantity)
    {
        var builder = new StringBuilder();
        builder.Append((int)quantity.Kind).Append('|').Append((int)quantity.Qualifier).Append('|')
            .Append(Number(quantity.Value)).Append('|').Append(Number(quantity.Min)).Append('|').Append(Number(quantity.Max)).Append('|')
            .Append(quantity.Unit);
        return builder.ToString();
    }

    // Normalized so that 12 and 12.0 are one figure.
    private static string Number(decimal? value) => value is { } v ? (v / 1.000000000000000000000000000000000m).ToString(CultureInfo.InvariantCulture) : string.Empty;
}
