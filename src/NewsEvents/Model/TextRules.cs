using System.Diagnostics.CodeAnalysis;

namespace NewsEvents.Model;

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
        CountryCodes.IsAccepted(value)
            ? null
            : $"{member} must be an ISO 3166-1 alpha-2 code in use (two capital letters such as \"LY\", or the user-assigned \"{CountryCodes.UserAssigned}\"), not '{value}'.";

    public static string? CheckLanguage(string? value, string member) =>
        IsLanguageTag(value) ? null : $"{member} must be a BCP 47 language tag such as \"en\" or \"en-GB\", not '{value}'.";

    // BCP 47 in its common shape: a 2-3 letter language, then subtags of 1-8 letters or digits, where
    // a one-character subtag (an extension or private-use singleton such as "x") must be followed by another.
    private static bool IsLanguageTag(ReadOnlySpan<char> tag)
    {
        var first = true;
        var last = 0;
        foreach (var range in tag.Split('-'))
        {
            var part = tag[range];
            var ok = first
                ? part.Length is 2 or 3 && IsAsciiLetters(part)
                : part.Length is >= 1 and <= 8 && IsAsciiLettersOrDigits(part);
            if (!ok)
            {
                return false;
            }

            first = false;
            last = part.Length;
        }

        return !first && last != 1;
    }

    private static bool IsAsciiLetters(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAsciiLettersOrDigits(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiLetterOrDigit(c))
            {
                return false;
            }
        }

        return true;
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
