using System.Globalization;

namespace NewsEvents.Model;

/// <summary>The versions of the NewsEvents format, and what a reader does with others.</summary>
/// <remarks>
/// A version is <c>major.minor</c>. A reader accepts every minor version of its own major version
/// that it knows; a newer minor version adds only optional members, so a reader may opt in to
/// reading it (see <see cref="NewsEventsReaderOptions.AllowNewerMinorVersion"/>). Another major
/// version is always rejected. What 1.1 added (see docs/format.md) is read in a file of any
/// version this reader accepts, a file that says 1.0 included: minor versions only add, so reading
/// it loses nothing.
/// </remarks>
public static class SchemaVersion
{
    /// <summary>The version this library writes: <c>"1.1"</c>.</summary>
    public const string Current = "1.1";

    /// <summary>The major version this library reads.</summary>
    public const int Major = 1;

    /// <summary>The newest minor version of <see cref="Major"/> this library knows.</summary>
    public const int Minor = 1;

    /// <summary>
    /// Parses <c>major.minor</c>: two whole numbers in decimal without leading zeros; false when the
    /// text is not of that shape (<c>"01.0"</c> is not: one version, one spelling).
    /// </summary>
    public static bool TryParse(string? text, out int major, out int minor)
    {
        major = minor = 0;
        var dot = text?.IndexOf('.', StringComparison.Ordinal) ?? -1;
        return dot > 0
            && IsNumber(text.AsSpan(0, dot)) && IsNumber(text.AsSpan(dot + 1))
            && int.TryParse(text.AsSpan(0, dot), NumberStyles.None, CultureInfo.InvariantCulture, out major)
            && int.TryParse(text.AsSpan(dot + 1), NumberStyles.None, CultureInfo.InvariantCulture, out minor);
    }

    private static bool IsNumber(ReadOnlySpan<char> digits) =>
        digits.Length is > 0 and <= 9 && digits.IndexOfAnyExceptInRange('0', '9') < 0 && (digits[0] != '0' || digits.Length == 1);

    /// <summary>Returns null when a reader with <paramref name="allowNewerMinor"/> accepts <paramref name="text"/>, else why not.</summary>
    internal static string? Check(string? text, bool allowNewerMinor)
    {
        if (!TryParse(text, out var major, out var minor))
        {
            return $"schemaVersion must be 'major.minor' such as \"{Current}\", not '{text}'.";
        }

        if (major != Major)
        {
            return $"schemaVersion {text} is not supported: this reader reads {Major.ToString(CultureInfo.InvariantCulture)}.x.";
        }

        return minor > Minor && !allowNewerMinor
            ? $"schemaVersion {text} is newer than this reader's {Current}; set NewsEventsReaderOptions.AllowNewerMinorVersion to read it, ignoring what it does not know."
            : null;
    }
}
