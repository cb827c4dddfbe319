using System.Globalization;

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
        var (collapsed, key) = (new char[proposition.Length], new char[proposition.Length]);
        return new string(key, 0, PropositionKey(proposition, collapsed, key));
    }

    /// <summary>
    /// Writes the key of <paramref name="proposition"/> (as <see cref="PropositionKey(string)"/> makes it) into
    /// <paramref name="key"/>, through <paramref name="collapsed"/>; both at least as long as the proposition.
    /// </summary>
    /// <returns>The key's length.</returns>
    public static int PropositionKey(ReadOnlySpan<char> proposition, Span<char> collapsed, Span<char> key)
    {
        var length = 0;
        var pendingSpace = false;
        foreach (var c in proposition.Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = true;
                continue;
            }

            if (pendingSpace)
            {
                collapsed[length++] = ' ';
                pendingSpace = false;
            }

            collapsed[length++] = c;
        }

        // Invariant case mapping keeps the length in UTF-16 code units.
        return collapsed[..length].ToLowerInvariant(key);
    }

    /// <summary>A place name or country compared as the place filters compare it: trimmed, ignoring case.</summary>
    public static bool SamePlaceText(string? left, string right) =>
        left is not null && string.Equals(left.Trim(), right.Trim(), StringComparison.OrdinalIgnoreCase);

    /// <summary>Formats a count with the invariant culture.</summary>
    public static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);
}
