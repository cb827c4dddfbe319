using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using NodaTime;
using NodaTime.Calendars;

namespace NewsEvents.Time;

public sealed partial record TimeValue
{
    private const string Syntax =
        "expected a point such as 2019, 2019-02, 2020-W03, 2020-01-13, 2020-01-14T06:00, 2020-01-14T06:00:30, " +
        "2020-01-13T09:30:00+03:00 or 2020-01-13T06:30:00Z, or an interval 'start/end' with '..' for an open side";

    /// <summary>
    /// The value in its canonical text form, culture-invariant, followed by its zone in brackets when
    /// it has one: <c>2019-02</c>, <c>2020-01-13[Europe/Moscow]</c>, <c>2011/..</c>. This is the
    /// general format "G"; the expression, anchor, approximation and duration are not part of it.
    /// </summary>
    /// <returns>Text that <see cref="Parse"/> reads back into the value and its zone.</returns>
    public override string ToString() => ToString(GeneralFormat, null);

    /// <summary>
    /// Formats the value: <c>"G"</c> (or null or empty) is <see cref="ToString()"/>, the value and its
    /// zone; <c>"V"</c> is the value alone, as the JSON member <c>value</c> holds it
    /// (<c>2020-01-13</c>). The text is the same in every culture.
    /// </summary>
    /// <param name="format">"G", "V", null or empty.</param>
    /// <param name="formatProvider">Ignored: the text is culture-invariant.</param>
    /// <returns>The text.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is neither "G" nor "V".</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        Span<char> text = stackalloc char[MaxTextLength];
        string value = new(text[..FormatValue(text)]);
        switch (format)
        {
            case null or "" or GeneralFormat:
                return Zone is null ? value : $"{value}[{Zone.Id}]";
            case ValueFormat:
                return value;
            default:
                Guard.Format($"'{format}' is not a format of a time value: use \"G\" for the value and its zone or \"V\" for the value alone.");
                return value;
        }
    }

    /// <summary>Reads a value from its text form (see <see cref="ToString()"/>): the value, then optionally its tzdb zone in brackets.</summary>
    /// <param name="text">The text, such as <c>2019-02</c>, <c>2019-04/2020-01-13</c> or <c>2020-01-13[Europe/Moscow]</c>.</param>
    /// <returns>The value, with its zone when the text names one and no other optional member.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a time value or names an unknown zone; the message says why.</exception>
    public static TimeValue Parse(string text)
    {
        Guard.NotNull(text, nameof(text));
        string? error = TryParseWithZone(text, out TimeValue? value);
        if (error is not null)
        {
            Guard.Format(error);
        }

        return value!;
    }

    /// <summary>Tries to read a value from its text form (see <see cref="ToString()"/>).</summary>
    /// <param name="text">The text; null gives false.</param>
    /// <param name="value">The value read, or null.</param>
    /// <returns>Whether the text is a time value (with a known zone, when it names one).</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out TimeValue? value)
    {
        if (text is null)
        {
            value = null;
            return false;
        }

        return TryParseWithZone(text, out value) is null;
    }

    /// <summary>The value alone in its canonical text form (the format "V").</summary>
    internal string ValueText => ToString(ValueFormat, null);

    /// <summary>Tries to read the value alone, without a zone: the form of the JSON member <c>value</c>.</summary>
    internal static bool TryParseValue(string text, [NotNullWhen(true)] out TimeValue? value) => TryParseCore(text, out value) is null;

    private const string GeneralFormat = "G";
    private const string ValueFormat = "V";

    private static string? TryParseWithZone(string text, out TimeValue? value)
    {
        value = null;
        int open = text.IndexOf('[', StringComparison.Ordinal);
        if (open < 0)
        {
            return TryParseCore(text, out value);
        }

        if (!text.EndsWith(']'))
        {
            return $"'{text}' is not a time value: a zone follows the value in brackets, as in 2020-01-13[Europe/Moscow].";
        }

        string zoneId = text[(open + 1)..^1];
        if (DateTimeZoneProviders.Tzdb.GetZoneOrNull(zoneId) is not { } zone)
        {
            return $"'{text}' is not a time value: '{zoneId}' is not a tzdb time zone id.";
        }

        string? error = TryParseCore(text[..open], out TimeValue? bare);
        value = bare is null ? null : bare with { Zone = zone };
        return error;
    }

    /// <summary>Reads a point (never an interval); the message of a failure states the rule.</summary>
    internal static string? TryParsePoint(string text, out TimeValue? value)
    {
        string? error = ParsePoint(text.AsSpan(), out value);
        return error is null ? null : $"'{text}' is not a time point: {error}.";
    }

    /// <summary>Reads a value; returns null on success or the reason it is not a time value.</summary>
    internal static string? TryParseCore(string text, out TimeValue? value)
    {
        value = null;
        ReadOnlySpan<char> span = text.AsSpan();
        int slash = span.IndexOf('/');
        if (slash < 0)
        {
            string? pointError = ParsePoint(span, out value);
            return pointError is null ? null : $"'{text}' is not a time value: {pointError}.";
        }

        ReadOnlySpan<char> left = span[..slash];
        ReadOnlySpan<char> right = span[(slash + 1)..];
        if (right.Contains('/'))
        {
            return $"'{text}' is not a time value: an interval has exactly one '/'.";
        }

        bool openStart = left.SequenceEqual("..");
        bool openEnd = right.SequenceEqual("..");
        if (openStart && openEnd)
        {
            return $"'{text}' is not a time value: an interval needs at least one bound ('..' stands for one open side).";
        }

        TimeValue? start = null;
        TimeValue? end = null;
        string? error = openStart ? null : ParsePoint(left, out start);
        error ??= openEnd ? null : ParsePoint(right, out end);
        if (error is not null)
        {
            return $"'{text}' is not a time value: {error}.";
        }

        try
        {
            value = CreateInterval(start, end);
            return null;
        }
        catch (ArgumentException ex)
        {
            return $"'{text}' is not a time value: {ex.Message}";
        }
    }

    private static string? ParsePoint(ReadOnlySpan<char> s, out TimeValue? value)
    {
        value = null;
        if (s.Length < 4 || !TryDigits(s, 0, 4, out int year))
        {
            return Syntax;
        }

        if (year is < Guard.MinYear or > Guard.MaxYear)
        {
            return $"a year must lie between {Guard.MinYear} and {Guard.MaxYear}";
        }

        if (s.Length == 4)
        {
            value = Year(year);
            return null;
        }

        if (s[4] != '-')
        {
            return Syntax;
        }

        if (s.Length == 8 && s[5] == 'W')
        {
            if (!TryDigits(s, 6, 2, out int week))
            {
                return Syntax;
            }

            int weeks = WeekYearRules.Iso.GetWeeksInWeekYear(year);
            if (week < 1 || week > weeks)
            {
                return $"ISO week-year {year} has weeks 1 to {weeks}";
            }

            value = Week(year, week);
            return null;
        }

        if (s.Length < 7 || !TryDigits(s, 5, 2, out int month))
        {
            return Syntax;
        }

        if (month is < 1 or > 12)
        {
            return "a month must lie between 1 and 12";
        }

        if (s.Length == 7)
        {
            value = Month(year, month);
            return null;
        }

        if (s.Length < 10 || s[7] != '-' || !TryDigits(s, 8, 2, out int day))
        {
            return Syntax;
        }

        int days = CalendarSystem.Iso.GetDaysInMonth(year, month);
        if (day < 1 || day > days)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2} has days 1 to {days}");
        }

        if (s.Length == 10)
        {
            value = Day(year, month, day);
            return null;
        }

        return ParseMoment(s, new LocalDate(year, month, day), out value);
    }

    private static string? ParseMoment(ReadOnlySpan<char> s, LocalDate date, out TimeValue? value)
    {
        value = null;
        if (s.Length < 16 || s[10] != 'T' || !TryDigits(s, 11, 2, out int hour) || s[13] != ':' || !TryDigits(s, 14, 2, out int minute))
        {
            return Syntax;
        }

        int second = 0;
        int i = 16;
        if (s.Length > 16 && s[16] == ':')
        {
            if (!TryDigits(s, 17, 2, out second))
            {
                return Syntax;
            }

            i = 19;
        }

        if (hour > 23 || minute > 59 || second > 59)
        {
            return "a time of day runs from 00:00:00 to 23:59:59 (hour, minute and second in range, no leap seconds)";
        }

        var local = date.At(new LocalTime(hour, minute, second));
        ReadOnlySpan<char> rest = s[i..];
        if (rest.IsEmpty)
        {
            value = new TimeValue(TimePrecision.Instant, local, null);
            return null;
        }

        if (rest.Length == 1 && rest[0] == 'Z')
        {
            value = new TimeValue(TimePrecision.Instant, local, NodaTime.Offset.Zero);
            return null;
        }

        if (rest.Length != 6 || (rest[0] != '+' && rest[0] != '-') || !TryDigits(rest, 1, 2, out int offsetHours)
            || rest[3] != ':' || !TryDigits(rest, 4, 2, out int offsetMinutes))
        {
            return "a moment ends after its minutes or seconds, with 'Z' or an offset such as +03:00, or with nothing for a local moment";
        }

        if (offsetMinutes > 59 || offsetHours * 60 + offsetMinutes > 18 * 60)
        {
            return "an offset lies between -18:00 and +18:00";
        }

        int seconds = (offsetHours * 3600 + offsetMinutes * 60) * (rest[0] == '-' ? -1 : 1);
        value = new TimeValue(TimePrecision.Instant, local, NodaTime.Offset.FromSeconds(seconds));
        return null;
    }

    private static bool TryDigits(ReadOnlySpan<char> s, int start, int count, out int result)
    {
        result = 0;
        if (start + count > s.Length)
        {
            return false;
        }

        for (int i = start; i < start + count; i++)
        {
            char c = s[i];
            if (c is < '0' or > '9')
            {
                return false;
            }

            result = result * 10 + (c - '0');
        }

        return true;
    }

    /// <summary>
    /// The room the text form can need: an interval of two offset instants,
    /// <c>2020-01-13T09:30:00+03:00/2020-01-14T09:30:00+03:00</c>, is 51 characters.
    /// </summary>
    internal const int MaxTextLength = 64;

    /// <summary>
    /// Writes the value's text form (see <see cref="ToString()"/>) into <paramref name="destination"/>, which
    /// has room for <see cref="MaxTextLength"/> characters, without allocating: writers format it on the stack.
    /// </summary>
    /// <returns>The number of characters written.</returns>
    internal int FormatValue(Span<char> destination)
    {
        if (IsInterval)
        {
            var middle = _start is null ? OpenSide(destination) : _start.FormatValue(destination);
            destination[middle++] = '/';
            return middle + (_end is null ? OpenSide(destination[middle..]) : _end.FormatValue(destination[middle..]));
        }

        LocalDateTime t = _local;
        switch (_precision)
        {
            case TimePrecision.Year:
                return Digits(destination, 0, t.Year, 4);
            case TimePrecision.Month:
                return Digits(destination, Separator(destination, Digits(destination, 0, t.Year, 4), '-'), t.Month, 2);
            case TimePrecision.Week:
                var week = Separator(destination, Separator(destination, Digits(destination, 0, WeekYearRules.Iso.GetWeekYear(t.Date), 4), '-'), 'W');
                return Digits(destination, week, WeekYearRules.Iso.GetWeekOfWeekYear(t.Date), 2);
            case TimePrecision.Day:
                return FormatDate(destination, t);
            default:
                var at = Digits(destination, Separator(destination, FormatDate(destination, t), 'T'), t.Hour, 2);
                at = Digits(destination, Separator(destination, at, ':'), t.Minute, 2);

                // An offset moment is an RFC 3339 timestamp, which always has seconds; a local
                // moment shows them only when it was given to the second.
                if (_offset is not null || t.Second != 0)
                {
                    at = Digits(destination, Separator(destination, at, ':'), t.Second, 2);
                }

                if (_offset is { } offset)
                {
                    if (offset == NodaTime.Offset.Zero)
                    {
                        return Separator(destination, at, 'Z');
                    }

                    int total = Math.Abs(offset.Seconds) / 60;
                    at = Digits(destination, Separator(destination, at, offset.Seconds < 0 ? '-' : '+'), total / 60, 2);
                    at = Digits(destination, Separator(destination, at, ':'), total % 60, 2);
                }

                return at;
        }
    }

    private static int FormatDate(Span<char> destination, LocalDateTime t)
    {
        var at = Digits(destination, Separator(destination, Digits(destination, 0, t.Year, 4), '-'), t.Month, 2);
        return Digits(destination, Separator(destination, at, '-'), t.Day, 2);
    }

    private static int OpenSide(Span<char> destination)
    {
        destination[0] = '.';
        destination[1] = '.';
        return 2;
    }

    private static int Separator(Span<char> destination, int at, char separator)
    {
        destination[at] = separator;
        return at + 1;
    }

    /// <summary>Writes a number that is never negative, zero-padded to <paramref name="width"/> as the format "D4" pads it.</summary>
    private static int Digits(Span<char> destination, int at, int value, int width)
    {
        var length = 1;
        for (var rest = value / 10; rest > 0; rest /= 10)
        {
            length++;
        }

        length = Math.Max(length, width);
        for (var i = at + length - 1; i >= at; i--)
        {
            destination[i] = (char)('0' + (value % 10));
            value /= 10;
        }

        return at + length;
    }
}
