using NodaTime;

namespace NewsEvents.Time;

/// <summary>The units an expression counts in.</summary>
internal enum TimeUnit
{
    Minute,
    Hour,
    Day,
    Week,
    Month,
    Year,
    Decade,
}

/// <summary>What a number token turned out to be.</summary>
internal enum NumberRead
{
    NotNumber,
    Number,
    TooLarge,
}

/// <summary>A part of a day, in minutes from the day's midnight; an end past 1440 runs into the next day.</summary>
internal readonly record struct DayPart(int StartMinute, int EndMinute, bool IsMoment);

/// <summary>The English words the resolver knows.</summary>
internal static class ExpressionVocabulary
{
    /// <summary>Numbers above this are read as absurd, whatever the unit.</summary>
    public const long MaxNumber = 999_999_999;

    private static readonly Dictionary<string, int> Units = new(StringComparer.Ordinal)
    {
        ["one"] = 1,
        ["two"] = 2,
        ["three"] = 3,
        ["four"] = 4,
        ["five"] = 5,
        ["six"] = 6,
        ["seven"] = 7,
        ["eight"] = 8,
        ["nine"] = 9,
        ["ten"] = 10,
        ["eleven"] = 11,
        ["twelve"] = 12,
        ["thirteen"] = 13,
        ["fourteen"] = 14,
        ["fifteen"] = 15,
        ["sixteen"] = 16,
        ["seventeen"] = 17,
        ["eighteen"] = 18,
        ["nineteen"] = 19,
    };

    private static readonly Dictionary<string, int> Tens = new(StringComparer.Ordinal)
    {
        ["twenty"] = 20,
        ["thirty"] = 30,
        ["forty"] = 40,
        ["fifty"] = 50,
        ["sixty"] = 60,
        ["seventy"] = 70,
        ["eighty"] = 80,
        ["ninety"] = 90,
    };

    private static readonly Dictionary<string, IsoDayOfWeek> Weekdays = new(StringComparer.Ordinal)
    {
        ["monday"] = IsoDayOfWeek.Monday,
        ["mon"] = IsoDayOfWeek.Monday,
        ["tuesday"] = IsoDayOfWeek.Tuesday,
        ["tue"] = IsoDayOfWeek.Tuesday,
        ["tues"] = IsoDayOfWeek.Tuesday,
        ["wednesday"] = IsoDayOfWeek.Wednesday,
        ["wed"] = IsoDayOfWeek.Wednesday,
        ["thursday"] = IsoDayOfWeek.Thursday,
        ["thu"] = IsoDayOfWeek.Thursday,
        ["thur"] = IsoDayOfWeek.Thursday,
        ["thurs"] = IsoDayOfWeek.Thursday,
        ["friday"] = IsoDayOfWeek.Friday,
        ["fri"] = IsoDayOfWeek.Friday,
        ["saturday"] = IsoDayOfWeek.Saturday,
        ["sat"] = IsoDayOfWeek.Saturday,
        ["sunday"] = IsoDayOfWeek.Sunday,
        ["sun"] = IsoDayOfWeek.Sunday,
    };

    private static readonly Dictionary<string, int> Months = new(StringComparer.Ordinal)
    {
        ["january"] = 1,
        ["jan"] = 1,
        ["february"] = 2,
        ["feb"] = 2,
        ["march"] = 3,
        ["mar"] = 3,
        ["april"] = 4,
        ["apr"] = 4,
        ["may"] = 5,
        ["june"] = 6,
        ["jun"] = 6,
        ["july"] = 7,
        ["jul"] = 7,
        ["august"] = 8,
        ["aug"] = 8,
        ["september"] = 9,
        ["sep"] = 9,
        ["sept"] = 9,
        ["october"] = 10,
        ["oct"] = 10,
        ["november"] = 11,
        ["nov"] = 11,
        ["december"] = 12,
        ["dec"] = 12,
    };

    // The hours are a convention, documented in docs/time.md; "late at night" follows the lead of
    // news usage (after the evening, before the small hours) rather than the second half of the night.
    private static readonly (string[] Words, DayPart Part)[] DayParts =
    [
        (["morning"], new DayPart(6 * 60, 12 * 60, false)),
        (["early", "morning"], new DayPart(4 * 60, 9 * 60, false)),
        (["early", "in", "the", "morning"], new DayPart(4 * 60, 9 * 60, false)),
        (["late", "morning"], new DayPart(9 * 60, 12 * 60, false)),
        (["afternoon"], new DayPart(12 * 60, 18 * 60, false)),
        (["early", "afternoon"], new DayPart(12 * 60, 15 * 60, false)),
        (["late", "afternoon"], new DayPart(15 * 60, 18 * 60, false)),
        (["late", "in", "the", "afternoon"], new DayPart(15 * 60, 18 * 60, false)),
        (["evening"], new DayPart(18 * 60, 22 * 60, false)),
        (["early", "evening"], new DayPart(18 * 60, 20 * 60, false)),
        (["late", "evening"], new DayPart(20 * 60, 22 * 60, false)),
        (["late", "in", "the", "evening"], new DayPart(20 * 60, 22 * 60, false)),
        (["night"], new DayPart(22 * 60, 30 * 60, false)),
        (["overnight"], new DayPart(22 * 60, 30 * 60, false)),
        (["late", "night"], new DayPart(22 * 60, 28 * 60, false)),
        (["late", "at", "night"], new DayPart(22 * 60, 28 * 60, false)),
        (["late", "in", "the", "night"], new DayPart(22 * 60, 28 * 60, false)),
        (["early", "hours"], new DayPart(0, 6 * 60, false)),
        (["small", "hours"], new DayPart(0, 6 * 60, false)),
        (["before", "dawn"], new DayPart(0, 6 * 60, false)),
        (["pre", "dawn"], new DayPart(0, 6 * 60, false)),
        (["predawn"], new DayPart(0, 6 * 60, false)),
        (["noon"], new DayPart(12 * 60, 12 * 60, true)),
        (["midday"], new DayPart(12 * 60, 12 * 60, true)),
    ];

    /// <summary>The evening and night of a day: "tonight", and "last night" of the day before.</summary>
    public static DayPart EveningAndNight { get; } = new(18 * 60, 30 * 60, false);

    /// <summary>"early Tuesday": the small hours of the day.</summary>
    public static DayPart EarlyDay { get; } = new(0, 6 * 60, false);

    /// <summary>"late Tuesday": the evening to the end of the day (1440 is the day's end, kept inside the day).</summary>
    public static DayPart LateDay { get; } = new(18 * 60, 24 * 60, false);

    public static bool TryWeekday(string word, out IsoDayOfWeek day) => Weekdays.TryGetValue(word, out day);

    public static bool TryMonth(string word, out int month) => Months.TryGetValue(word, out month);

    private static readonly Dictionary<string, int> Ordinals = new(StringComparer.Ordinal)
    {
        ["first"] = 1,
        ["second"] = 2,
        ["third"] = 3,
        ["fourth"] = 4,
        ["fifth"] = 5,
        ["sixth"] = 6,
        ["seventh"] = 7,
        ["eighth"] = 8,
        ["ninth"] = 9,
        ["tenth"] = 10,
        ["eleventh"] = 11,
        ["twelfth"] = 12,
    };

    /// <summary>An ordinal: "third", "3rd", "31st" (in words up to "twelfth", in digits up to 31).</summary>
    public static bool TryOrdinal(string word, out int n)
    {
        if (Ordinals.TryGetValue(word, out n))
        {
            return true;
        }

        // Digits alone ("3") are a count, not an ordinal: the suffix is required.
        return word.Length > 2 && char.IsAsciiLetter(word[^1]) && TryDayOfMonth(word, out n);
    }

    /// <summary>A day of the month: "8", "08", "8th", "21st".</summary>
    public static bool TryDayOfMonth(string word, out int day)
    {
        day = 0;
        ReadOnlySpan<char> s = word;
        if (s.EndsWith("st", StringComparison.Ordinal) || s.EndsWith("nd", StringComparison.Ordinal)
            || s.EndsWith("rd", StringComparison.Ordinal) || s.EndsWith("th", StringComparison.Ordinal))
        {
            s = s[..^2];
        }

        if (s.Length is < 1 or > 2 || !AllDigits(s))
        {
            return false;
        }

        day = int.Parse(s, System.Globalization.CultureInfo.InvariantCulture);
        return day is >= 1 and <= 31;
    }

    /// <summary>A year written with four digits.</summary>
    public static bool TryYear(string word, out int year)
    {
        year = 0;
        if (word.Length != 4 || !AllDigits(word))
        {
            return false;
        }

        year = int.Parse(word, System.Globalization.CultureInfo.InvariantCulture);
        return true;
    }

    /// <summary>A decade such as "1990s".</summary>
    public static bool TryDecade(string word, out int firstYear)
    {
        firstYear = 0;
        return word.Length == 5 && word[4] == 's' && word[3] == '0' && TryYear(word[..4], out firstYear);
    }

    public static bool TryUnit(string word, out TimeUnit unit)
    {
        switch (word)
        {
            case "minute" or "minutes" or "min" or "mins":
                unit = TimeUnit.Minute;
                return true;
            case "hour" or "hours" or "hr" or "hrs":
                unit = TimeUnit.Hour;
                return true;
            case "day" or "days":
                unit = TimeUnit.Day;
                return true;
            case "week" or "weeks":
                unit = TimeUnit.Week;
                return true;
            case "month" or "months":
                unit = TimeUnit.Month;
                return true;
            case "year" or "years":
                unit = TimeUnit.Year;
                return true;
            case "decade" or "decades":
                unit = TimeUnit.Decade;
                return true;
            default:
                unit = default;
                return false;
        }
    }

    /// <summary>
    /// Reads a number at the start of <paramref name="tokens"/>: digits, "a"/"an", or words up to
    /// ninety-nine ("twenty four", "twenty - four").
    /// </summary>
    public static NumberRead TryNumber(ReadOnlySpan<string> tokens, out long value, out int consumed)
    {
        value = 0;
        consumed = 0;
        if (tokens.IsEmpty)
        {
            return NumberRead.NotNumber;
        }

        string first = tokens[0];
        if (AllDigits(first))
        {
            consumed = 1;
            if (first.TrimStart('0').Length > 9)
            {
                return NumberRead.TooLarge;
            }

            value = long.Parse(first, System.Globalization.CultureInfo.InvariantCulture);
            return NumberRead.Number;
        }

        if (first is "a" or "an")
        {
            value = 1;
            consumed = 1;
            return NumberRead.Number;
        }

        if (Units.TryGetValue(first, out int small))
        {
            value = small;
            consumed = 1;
            return NumberRead.Number;
        }

        if (Tens.TryGetValue(first, out int tens))
        {
            value = tens;
            consumed = 1;
            int next = tokens.Length > 1 && tokens[1] == "-" ? 2 : 1;
            if (tokens.Length > next && Units.TryGetValue(tokens[next], out int unit) && unit < 10)
            {
                value += unit;
                consumed = next + 1;
            }

            return NumberRead.Number;
        }

        return NumberRead.NotNumber;
    }

    /// <summary>Matches the whole of <paramref name="tokens"/> against the parts of a day ("morning", "late at night"), after an optional "in/at/during the".</summary>
    public static bool TryDayPart(ReadOnlySpan<string> tokens, out DayPart part)
    {
        if (tokens is ["in" or "at" or "during", "the", .. var afterThe] && !afterThe.IsEmpty)
        {
            tokens = afterThe;
        }
        else if (tokens is ["in" or "at" or "during" or "the", .. var rest] && !rest.IsEmpty)
        {
            tokens = rest;
        }

        if (tokens is ["the", .. var bare] && !bare.IsEmpty)
        {
            tokens = bare;
        }

        foreach ((string[] words, DayPart candidate) in DayParts)
        {
            if (tokens.SequenceEqual(words))
            {
                part = candidate;
                return true;
            }
        }

        part = default;
        return false;
    }

    private static bool AllDigits(ReadOnlySpan<char> s)
    {
        if (s.IsEmpty)
        {
            return false;
        }

        foreach (char c in s)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }
}
