using System.Text.Json;
using FsCheck.Xunit;
using NewsEvents.Json;
using NewsEvents.Time;
using NodaTime;

namespace NewsEvents.Tests.Time;

public class TimeValuePropertyTests
{
    private static readonly JsonSerializerOptions Options = new() { Converters = { new TimeValueJsonConverter() } };

    private static readonly DateTimeZone[] Zones =
    [
        DateTimeZone.Utc,
        DateTimeZoneProviders.Tzdb["Europe/Moscow"],
        DateTimeZoneProviders.Tzdb["Europe/London"],
        DateTimeZoneProviders.Tzdb["America/Sao_Paulo"],
        DateTimeZoneProviders.Tzdb["Asia/Kathmandu"],
        DateTimeZoneProviders.Tzdb["Pacific/Kiritimati"],
        DateTimeZoneProviders.Tzdb["Pacific/Apia"],
    ];

    private static readonly string[] Words =
    [
        "on", "in", "since", "until", "from", "to", "between", "and", "the", "last", "next", "this", "past", "coming",
        "early", "mid", "late", "ago", "a", "an", "two", "twenty", "-", "99999999", "0", "13", "2019", "2020-W53", "2011/..", "../2011", "9998", "0001-01-01", "2019-04/2020-01",
        "day", "days", "week", "weeks", "month", "year", "hours", "minutes", "morning", "night", "at", "of", "end",
        "sunday", "monday", "january", "february", "29", "31", "today", "yesterday", "tonight", "recent", "few",
        "about", "lasted", "war", "weekend", "earlier", "later", "\u00e9t\u00e9", "\ud83d\udcf0", ",", ".",
    ];

    [Property(MaxTest = 2000)]
    public bool Text_and_json_round_trip(int seed)
    {
        var random = new Random(seed);
        TimeValue value = RandomValue(random, withMembers: true);

        string json = JsonSerializer.Serialize(value, Options);
        TimeValue? read = JsonSerializer.Deserialize<TimeValue>(json, Options);

        return read == value
            && JsonSerializer.Serialize(read, Options) == json
            && TimeValue.Parse(value.ToString()) == value with { Expression = null, Anchor = null, IsApproximate = false, Duration = null };
    }

    [Property(MaxTest = 1000)]
    public bool Relations_are_converse_and_order_is_consistent(int seed)
    {
        var random = new Random(seed);
        TimeValue a = RandomValue(random, withMembers: false);
        TimeValue b = random.Next(4) == 0 ? a : RandomValue(random, withMembers: false);
        var comparer = new TimeValueComparer(Zones[random.Next(Zones.Length)]);

        TimeRelation forward = a.RelationTo(b, DateTimeZone.Utc);
        TimeRelation backward = b.RelationTo(a, DateTimeZone.Utc);
        bool converse = backward == forward switch
        {
            TimeRelation.Before => TimeRelation.After,
            TimeRelation.After => TimeRelation.Before,
            TimeRelation.Meets => TimeRelation.MetBy,
            TimeRelation.MetBy => TimeRelation.Meets,
            TimeRelation.During => TimeRelation.Contains,
            TimeRelation.Contains => TimeRelation.During,
            _ => forward,
        };

        return converse
            && Math.Sign(comparer.Compare(a, b)) == -Math.Sign(comparer.Compare(b, a))
            && (comparer.Compare(a, b) == 0) == a.Equals(b)
            && (a.Equals(b) == (a.GetHashCode() == b.GetHashCode()) || !a.Equals(b));
    }

    [Property(MaxTest = 1000)]
    public bool CompareTo_is_a_total_order_consistent_with_equality(int seed)
    {
        var random = new Random(seed);
        var values = Enumerable.Range(0, 8)
            .Select(_ => RandomValue(random, withMembers: random.Next(2) == 0))
            .ToList();
        values.Add(values[random.Next(values.Count)] with { });
        values.Add(values[random.Next(values.Count)] with { Expression = "another reading" });

        var sorted = values.Order().ToList();

        for (var i = 0; i < sorted.Count; i++)
        {
            for (var j = 0; j < sorted.Count; j++)
            {
                TimeValue a = sorted[i];
                TimeValue b = sorted[j];
                int ab = Math.Sign(a.CompareTo(b));
                int byTime = Math.Sign(TimeValueComparer.ByTime.Compare(a, b));
                bool holds =
                    (i <= j ? ab <= 0 : ab >= 0) // transitive: sorting leaves every pair in order
                    && ab == -Math.Sign(b.CompareTo(a)) // antisymmetric
                    && (ab == 0) == a.Equals(b) // consistent with equality
                    && ab == Math.Sign(((IComparable)a).CompareTo(b))
                    && (byTime == 0) == TimeValueComparer.ByTime.Equals(a, b)
                    && (!TimeValueComparer.ByTime.Equals(a, b) || TimeValueComparer.ByTime.GetHashCode(a) == TimeValueComparer.ByTime.GetHashCode(b))
                    && (!a.Equals(b) || TimeValueComparer.ByTime.Equals(a, b))
                    && (byTime == 0 || byTime == ab); // the time decides first in both orders
                if (!holds)
                {
                    return false;
                }
            }
        }

        return sorted.All(v => v.CompareTo(null) > 0);
    }

    [Property(MaxTest = 5000)]
    public bool Resolver_never_throws_on_word_soup(int seed)
    {
        var random = new Random(seed);
        int count = random.Next(0, 7);
        string expression = string.Join(' ', Enumerable.Range(0, count).Select(_ => Words[random.Next(Words.Length)]));
        var anchor = new LocalDateTime(random.Next(1, 9999), random.Next(1, 13), random.Next(1, 29), random.Next(24), random.Next(60))
            .InZoneLeniently(Zones[random.Next(Zones.Length)]);
        var tense = (TenseHint)random.Next(3);

        TimeResolution resolution = TimeExpressionResolver.Resolve(expression, anchor, tense);

        return resolution.Kind switch
        {
            TimeResolutionKind.Value => resolution.Value is not null && resolution.Value.Expression == expression,
            TimeResolutionKind.Duration => resolution.Duration is not null,
            _ => resolution.Message is not null && resolution.Reason != UnresolvedReason.None,
        };
    }

    private static TimeValue RandomValue(Random random, bool withMembers)
    {
        bool offset = random.Next(5) == 0;
        TimeValue value;
        if (random.Next(3) == 0)
        {
            TimeValue first = RandomPoint(random, offset);
            TimeValue second = RandomPoint(random, offset);
            value = random.Next(4) switch
            {
                0 => TimeValue.Since(first),
                1 => TimeValue.Until(first),
                _ => TryBetween(first, second) ?? TryBetween(second, first) ?? TimeValue.Since(first),
            };
        }
        else
        {
            value = RandomPoint(random, offset);
        }

        if (!withMembers)
        {
            return random.Next(2) == 0 ? value : value with { Zone = Zones[random.Next(Zones.Length)] };
        }

        return value with
        {
            Zone = random.Next(2) == 0 ? null : Zones[random.Next(Zones.Length)],
            Expression = random.Next(2) == 0 ? null : RandomText(random),
            Anchor = random.Next(2) == 0 ? null : RandomPoint(random, random.Next(3) == 0),
            IsApproximate = random.Next(2) == 0,
            Duration = random.Next(2) == 0 ? null : new PeriodBuilder
            {
                Years = random.Next(3),
                Months = random.Next(13),
                Weeks = random.Next(3),
                Days = random.Next(40),
                Hours = random.Next(30),
                Minutes = random.Next(90),
            }.Build(),
        };
    }

    private static TimeValue? TryBetween(TimeValue a, TimeValue b)
    {
        try
        {
            return TimeValue.Between(a, b);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static TimeValue RandomPoint(Random random, bool offset)
    {
        int year = random.Next(3) == 0 ? random.Next(1, 9999) : random.Next(2015, 2022);
        var date = new LocalDate(year, random.Next(1, 13), 1).PlusDays(random.Next(31));
        if (date.Year > 9998)
        {
            date = new LocalDate(9998, 12, 31);
        }

        var time = new LocalTime(random.Next(24), random.Next(60), random.Next(2) == 0 ? 0 : random.Next(60));
        if (offset)
        {
            return TimeValue.At(date.At(time).WithOffset(NodaTime.Offset.FromSeconds(random.Next(-18 * 60, 18 * 60 + 1) * 60)));
        }

        return random.Next(5) switch
        {
            0 => TimeValue.Year(date.Year),
            1 => TimeValue.Month(date.Year, date.Month),
            2 => TimeValue.WeekOf(date.Year == 9998 && date.Month == 12 ? date.PlusDays(-7) : date), // 9998-12-31 is in week-year 9999
            3 => TimeValue.Day(date),
            _ => TimeValue.At(date.At(time)),
        };
    }

    private static string RandomText(Random random)
    {
        string[] pieces = ["until Tuesday morning", "в понедельник", "\ud83d\udcf0 news", "  spaced  ", "\"quoted\"", "tab\there", "<b>&amp;</b>", "\u0000nul", "\u2028"];
        return pieces[random.Next(pieces.Length)] + random.Next(100).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
