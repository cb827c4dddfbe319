using System.Text;
using NodaTime;

namespace NewsEvents.FuzzTests.Targets;

/// <summary>
/// Time expressions made of the resolver's words, numbers, dates and noise, resolved against random
/// anchors in several zones, and time values made of the text form's pieces: the resolver throws
/// nothing, and what it resolves is an interval whose first day comes before its last; a time value
/// parses or throws <see cref="FormatException"/>, and what parses prints and parses back equal.
/// </summary>
/// <remarks>
/// The input is one line: the expression or the value text, a tab, and the anchor's zone.
/// Skipped and repeated local days (Pacific/Apia, 2011-12-30) are left to their own tests.
/// </remarks>
public sealed class TimeTarget : IFuzzTarget
{
    private static readonly string[] Words =
    [
        "on", "in", "at", "last", "next", "this", "earlier", "later", "early", "late", "mid", "the", "of", "a", "an", "ago",
        "since", "until", "till", "by", "before", "after", "between", "and", "from", "to", "for", "during", "about", "around",
        "today", "yesterday", "tomorrow", "tonight", "morning", "afternoon", "evening", "night", "week", "weekend", "month",
        "year", "decade", "century", "day", "days", "weeks", "months", "years", "hours", "Monday", "Tuesday", "Sunday",
        "January", "February", "March", "April", "December", "spring", "summer", "autumn", "winter", "quarter", "first",
        "second", "third", "fourth", "already", "now", "its", "nine", "two", "ten", "2019", "2020", "1999", "13", "31",
        "29", "0", "-1", "99999", "2020-01-13", "13/01/2020", "10:00", "noon", "midnight", ",", ".", "'s", "  ", "\u00A0", "x",
    ];

    private static readonly string[] ValuePieces =
    [
        "2019", "2019-02", "2020-01-13", "2020-01-13T10:00", "2020-01-13T10:00:00Z", "2020-01-13T10:00:00+03:00", "2020-W03",
        "2020-02-30", "0000", "9999-12-31", "10000", "/", "..", "T", "Z", "+14:00", "-25:00", "~", "?", " ", "2011-12-30",
    ];

    private static readonly string[] Zones = ["UTC", "Europe/Moscow", "Africa/Tripoli", "Pacific/Kiritimati", "America/Sao_Paulo", "Asia/Kathmandu", "America/St_Johns"];

    public string Name => "time";

    public string Extension => ".time";

    public int Operations => 4;

    public byte[] Generate(Random random)
    {
        var text = new StringBuilder();
        var pieces = random.Next(2) == 0 ? Words : ValuePieces;
        for (var i = random.Next(1, 7); i > 0; i--)
        {
            text.Append(pieces[random.Next(pieces.Length)]);
            if (pieces == Words)
            {
                text.Append(' ');
            }
        }

        return Encoding.UTF8.GetBytes($"{text.ToString().Trim()}\t{Zones[random.Next(Zones.Length)]}");
    }

    public void Check(byte[] input, Random random)
    {
        var line = Encoding.UTF8.GetString(input);
        var tab = line.LastIndexOf('\t');
        var text = tab < 0 ? line : line[..tab];
        var zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(tab < 0 ? "UTC" : line[(tab + 1)..]) ?? DateTimeZone.Utc;

        // Mapped leniently: a zone may have skipped the whole day (Kiritimati, 1994-12-31), which has no start to take.
        var anchor = new LocalDate(2020, 1, 13).PlusDays(random.Next(-20_000, 20_000)).AtMidnight().PlusHours(random.Next(0, 24)).InZoneLeniently(zone);
        foreach (var tense in Enum.GetValues<TenseHint>())
        {
            var resolution = TimeExpressionResolver.Resolve(text, anchor, tense);
            if (resolution.Value is { FirstDate: { } first, LastDate: { } last } value)
            {
                FuzzFailure.Check(first <= last, $"'{text}' resolved to {value}, whose first day comes after its last");
            }
        }

        TimeValue parsed;
        try
        {
            parsed = TimeValue.Parse(text);
        }
        catch (FormatException)
        {
            return;
        }

        FuzzFailure.Check(TimeValue.Parse(parsed.ToString()).Equals(parsed), $"'{text}' read as {parsed}, which reads back different");
    }
}
