using System.Diagnostics.CodeAnalysis;

namespace NewsEvents;

/// <summary>
/// Rules for text with a format. Each check returns null when the text is valid, else the broken
/// rule, so that constructors (which throw <see cref="ArgumentException"/>) and JSON converters
/// (which throw a JSON error with its path) state the same rule in the same words.
/// </summary>
internal static class TextRules
{
    public static string? CheckText(string? value, string member) =>
        string.IsNullOrWhiteSpace(value) ? $"{member} must not be empty or white space."
        : Guard.IndexOfLoneSurrogate(value) >= 0 ? $"{member} must be well-formed Unicode text."
        : null;

    public static string? CheckCountry(string? value, string member) =>
        value is { Length: 2 } && char.IsAsciiLetterUpper(value[0]) && char.IsAsciiLetterUpper(value[1])
            ? null
            : $"{member} must be an ISO 3166-1 alpha-2 code (two capital letters such as \"LY\"), not '{value}'.";

    public static string? CheckLanguage(string? value, string member)
    {
        // BCP 47 in its common shape: a 2-3 letter language, then subtags of 1-8 letters or digits,
        // where a one-character subtag (an extension or private-use singleton such as "x") must be
        // followed by another subtag.
        var parts = (value ?? string.Empty).Split('-');
        var ok = parts[0].Length is 2 or 3 && parts[0].All(char.IsAsciiLetter)
            && parts.Skip(1).All(p => p.Length is >= 1 and <= 8 && p.All(char.IsAsciiLetterOrDigit))
            && parts[^1].Length != 1;
        return ok ? null : $"{member} must be a BCP 47 language tag such as \"en\" or \"en-GB\", not '{value}'.";
    }

    public static string? CheckUrl(string? value, string member) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? null
            : $"{member} must be an absolute http or https URL, not '{value}'.";

    public static string? Optional(string? value, Func<string?, string, string?> check, string member) => value is null ? null : Apply(value, check, member);

    [return: NotNullIfNotNull(nameof(value))]
    public static string? Apply(string? value, Func<string?, string, string?> check, string member)
    {
        var broken = check(value, member);
        if (broken is not null)
        {
            Guard.Fail(broken, member);
        }

        return value;
    }
}
