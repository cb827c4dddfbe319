using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace NewsEvents.Model;

/// <summary>The rules every identifier follows (see <see cref="IEntityId{TSelf}"/>).</summary>
internal static class EntityIdRules
{
    public const int MaxLength = 256;

    /// <summary>Returns null when <paramref name="value"/> is a valid identifier, else the broken rule.</summary>
    public static string? Check(string? value, string kind)
    {
        if (string.IsNullOrEmpty(value))
        {
            return $"{Article(kind)} {kind} must not be empty.";
        }

        if (value.Length > MaxLength)
        {
            return $"{Article(kind)} {kind} must be at most {MaxLength.ToString(CultureInfo.InvariantCulture)} characters long, not {value.Length.ToString(CultureInfo.InvariantCulture)}.";
        }

        // Nearly every id is printable ASCII without spaces, which breaks no rule: one vectorized search tells.
        if (!value.AsSpan().ContainsAnyExceptInRange('!', '~'))
        {
            return null;
        }

        foreach (var c in value)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                return $"{Article(kind)} {kind} must not contain white space or control characters ('{value}').";
            }
        }

        return Guard.IndexOfLoneSurrogate(value) >= 0 ? $"{Article(kind)} {kind} must be well-formed Unicode text." : null;
    }

    /// <summary>The order of identifiers: ordinal, by UTF-16 code unit; the text of <c>default</c> (null) first.</summary>
    public static int Compare(string? x, string? y) => string.CompareOrdinal(x, y);

    private static string Article(string kind) => "aeiou".Contains(kind[0], StringComparison.Ordinal) ? "An" : "A";

    public static string Validate([NotNull] string? value, string kind)
    {
        var broken = Check(value, kind);
        if (broken is not null || value is null)
        {
            Guard.Fail(broken ?? string.Empty, nameof(value));
        }

        return value;
    }
}
