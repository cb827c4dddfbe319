using System.Globalization;
using NodaTime;

namespace NewsEvents.Interop.Gdelt;

/// <summary>Reads GDELT's values from their text, each failure a <see cref="GdeltRowException"/> naming the column.</summary>
internal static class GdeltValues
{
    public static long Id(ReadOnlySpan<char> text, string column) =>
        text.Length is > 0 and <= 18 && !text.ContainsAnyExceptInRange('0', '9')
            ? long.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture)
            : throw Bad(column, text, "a whole number");

    public static int Integer(ReadOnlySpan<char> text, string column, int min, int max) =>
        int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : throw Bad(column, text, string.Create(CultureInfo.InvariantCulture, $"a whole number from {min} to {max}"));

    public static double Number(ReadOnlySpan<char> text, string column, double min, double max) =>
        double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : throw Bad(column, text, string.Create(CultureInfo.InvariantCulture, $"a number from {min} to {max}"));

    /// <summary>A day written YYYYMMDD, such as SQLDATE.</summary>
    public static LocalDate Day(ReadOnlySpan<char> text, string column)
    {
        if (text.Length == 8 && !text.ContainsAnyExceptInRange('0', '9'))
        {
            var year = Digits(text[..4]);
            var month = Digits(text[4..6]);
            var day = Digits(text[6..8]);
            if (year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= CalendarSystem.Iso.GetDaysInMonth(year, month))
            {
                return new LocalDate(year, month, day);
            }
        }

        throw Bad(column, text, "a date written YYYYMMDD");
    }

    /// <summary>A UTC moment written YYYYMMDDHHMMSS, such as GDELT 2.0's DATEADDED.</summary>
    public static Instant Moment(ReadOnlySpan<char> text, string column)
    {
        if (text.Length == 14 && !text.ContainsAnyExceptInRange('0', '9'))
        {
            var hour = Digits(text[8..10]);
            var minute = Digits(text[10..12]);
            var second = Digits(text[12..14]);
            if (hour < 24 && minute < 60 && second < 60)
            {
                return Day(text[..8], column).At(new LocalTime(hour, minute, second)).InUtc().ToInstant();
            }
        }

        throw Bad(column, text, "a UTC time written YYYYMMDDHHMMSS");
    }

    /// <summary>A CAMEO event code: two to four digits, kept as written (leading zeros matter).</summary>
    public static ReadOnlySpan<char> CameoCode(ReadOnlySpan<char> text, string column) =>
        text.Length is >= 2 and <= 4 && !text.ContainsAnyExceptInRange('0', '9')
            ? text
            : throw Bad(column, text, "a CAMEO event code (two to four digits)");

    public static GdeltRowException Bad(string column, ReadOnlySpan<char> text, string expected) =>
        new(text.IsEmpty ? $"{column} is empty; it must be {expected}." : $"{column} is '{Shorten(text)}', not {expected}.");

    private static int Digits(ReadOnlySpan<char> digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

    // A value quoted in a message is cut short, so that a runaway column cannot flood a report.
    private static string Shorten(ReadOnlySpan<char> text) => text.Length <= 80 ? text.ToString() : string.Concat(text[..80], "…");
}
