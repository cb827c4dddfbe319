using System.Globalization;
using NodaTime;

namespace NewsEvents.Interop.Gdelt;

/// <summary>Reads GDELT's values from their text, each failure a <see cref="GdeltRowException"/> naming the column.</summary>
internal static class GdeltValues
{
    public static long Id(ReadOnlySpan<char> text, string column) =>
        text.Length is > 0 and <= 18 && !text.ContainsAnyExceptInRange('0', '9')
            ? Digits(text)
            : throw Bad(column, text, "a whole number");

    public static int Integer(ReadOnlySpan<char> text, string column, int min, int max) =>
        (TryDigits(text, out var value) || int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value)) && value >= min && value <= max
            ? value
            : throw Bad(column, text, string.Create(CultureInfo.InvariantCulture, $"a whole number from {min} to {max}"));

    // GDELT's whole numbers are nearly all a few ASCII digits, maybe after a minus: read here, without the culture's
    // rules; anything else (a plus sign, more digits) goes to int.TryParse, which decides as before.
    private static bool TryDigits(ReadOnlySpan<char> text, out int value)
    {
        var negative = !text.IsEmpty && text[0] == '-';
        var digits = negative ? text[1..] : text;
        value = 0;
        if (digits.IsEmpty || digits.Length > 9)
        {
            return false;
        }

        foreach (var c in digits)
        {
            var digit = (uint)(c - '0');
            if (digit > 9)
            {
                return false;
            }

            value = (value * 10) + (int)digit;
        }

        value = negative ? -value : value;
        return true;
    }

    public static double Number(ReadOnlySpan<char> text, string column, double min, double max) =>
        (TryDecimal(text, out var value) || double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value)) && value >= min && value <= max
            ? value
            : throw Bad(column, text, string.Create(CultureInfo.InvariantCulture, $"a number from {min} to {max}"));

    private static readonly double[] PowersOfTen = [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

    // A number written as GDELT writes them, an optional minus, digits, maybe a point and more digits, fifteen digits
    // at most: its digits and the power of ten are both exact doubles, so their quotient, rounded once, is the very
    // double that double.TryParse gives. Anything else goes to double.TryParse.
    private static bool TryDecimal(ReadOnlySpan<char> text, out double value)
    {
        value = 0;
        var negative = !text.IsEmpty && text[0] == '-';
        var i = negative ? 1 : 0;
        var point = -1;
        long digits = 0;
        var count = 0;
        for (; i < text.Length; i++)
        {
            var digit = (uint)(text[i] - '0');
            if (digit <= 9)
            {
                digits = (digits * 10) + digit;
                count++;
            }
            else if (text[i] == '.' && point < 0)
            {
                point = count;
            }
            else
            {
                return false;
            }
        }

        // Digits on both sides of a point, as double.TryParse also takes "1." and ".5", which these are not.
        if (count is 0 or > 15 || point == 0 || point == count)
        {
            return false;
        }

        var magnitude = point < 0 ? digits : digits / PowersOfTen[count - point];
        value = negative ? -magnitude : magnitude;
        return true;
    }

    /// <summary>A day written YYYYMMDD, such as SQLDATE.</summary>
    public static LocalDate Day(ReadOnlySpan<char> text, string column)
    {
        if (text.Length == 8 && !text.ContainsAnyExceptInRange('0', '9'))
        {
            var year = (int)Digits(text[..4]);
            var month = (int)Digits(text[4..6]);
            var day = (int)Digits(text[6..8]);
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
            var hour = (int)Digits(text[8..10]);
            var minute = (int)Digits(text[10..12]);
            var second = (int)Digits(text[12..14]);
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

    /// <summary>The value of ASCII digits already checked, eighteen at most.</summary>
    private static long Digits(ReadOnlySpan<char> digits)
    {
        long value = 0;
        foreach (var c in digits)
        {
            value = (value * 10) + (c - '0');
        }

        return value;
    }

    // A value quoted in a message is cut short, so that a runaway column cannot flood a report.
    private static string Shorten(ReadOnlySpan<char> text) => text.Length <= 80 ? text.ToString() : string.Concat(text[..80], "…");
}
