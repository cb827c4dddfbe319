using System.Globalization;
using System.Text;

namespace NewsEvents.Analysis;

/// <summary>Text rules shared by the analyses.</summary>
internal static class AnalysisText
{
    /// <summary>
    /// The key claims are grouped by: the proposition trimmed, every run of white space made one
    /// space, and case-folded with the invariant culture. Nothing else (punctuation, wording) is changed.
    /// </summary>
    public static string PropositionKey(string proposition)
    {
        var builder = new StringBuilder(proposition.Length);
        var pendingSpace = false;
        foreach (var c in proposition.AsSpan().Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = true;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString().ToLowerInvariant();
    }

    /// <summary>A place name or country compared as the place filters compare it: trimmed, ignoring case.</summary>
    public static bool SamePlaceText(string? left, string right) =>
        left is not null && string.Equals(left.Trim(), right.Trim(), StringComparison.OrdinalIgnoreCase);

    /// <summary>Formats a count with the invariant culture.</summary>
    public static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);
}
