using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using NodaTime;

namespace NewsEvents.Cli.Reports;

/// <summary>
/// The timeline as events per month. An event whatever its status is counted in the month its time
/// starts in, as written (its own calendar date, not converted to another zone), when that time is no
/// longer than a month: a moment, a day, a week, a month, or an interval that ends before the same day
/// of the next month. An event with a longer time (a year, an interval over months, an open interval) is
/// counted apart (<see cref="Longer"/>), and so is one without a time (<see cref="Undated"/>).
/// </summary>
/// <param name="Months">The months that have events, in order, with their counts.</param>
/// <param name="Longer">How many events have a time longer than a month.</param>
/// <param name="Undated">How many events have no time.</param>
internal sealed record EventsPerMonth(ImmutableArray<(YearMonth Month, int Events)> Months, int Longer, int Undated)
{
    private static readonly ChartUnit[] Units = Enum.GetValues<ChartUnit>();

    /// <summary>How many events are counted in a month.</summary>
    public int Counted { get; } = Months.Sum(m => m.Events);

    /// <summary>Counts the events per month.</summary>
    public static EventsPerMonth Of(IEnumerable<Event> events)
    {
        var tally = new Tally();
        foreach (var e in events)
        {
            tally.Add(e);
        }

        return tally.Counted();
    }

    /// <summary>The month a time is counted in, or null when it is longer than a month or open.</summary>
    public static YearMonth? MonthOf(TimeValue time)
    {
        if (time.FirstDate is not { } first || time.LastDate is not { } last)
        {
            return null;
        }

        var months = ((last.Year - first.Year) * 12) + last.Month - first.Month;
        return months == 0 || (months == 1 && last.Day < first.Day) ? first.ToYearMonth() : null;
    }

    /// <summary>
    /// The bars to show: one a month from the first month with events to the last, empty months
    /// included; when <paramref name="caps"/> would cut that many, one a year, then one a decade, so that
    /// a span of decades still reads as a whole; when even the decades are cut, the busiest, in time order.
    /// </summary>
    public ChartRows Rows(ReportCaps caps)
    {
        ArgumentNullException.ThrowIfNull(caps);
        foreach (var unit in Units)
        {
            var rows = RowsBy(unit);
            if (caps.More(rows) == 0)
            {
                return new(unit, rows, 0);
            }

            if (unit == Units[^1])
            {
                var busiest = caps.Shown(rows, r => r.Events).ToHashSet();
                return new(unit, [.. rows.Where(busiest.Contains)], caps.More(rows));
            }
        }

        throw new UnreachableException();
    }

    /// <summary>A month as the report writes it: 2019-04.</summary>
    public static string Text(YearMonth month) => month.ToString("uuuu-MM", CultureInfo.InvariantCulture);

    private ImmutableArray<ChartRow> RowsBy(ChartUnit unit)
    {
        if (Months.IsEmpty)
        {
            return [];
        }

        var first = KeyOf(Months[0].Month, unit);
        var counts = new int[KeyOf(Months[^1].Month, unit) - first + 1];
        foreach (var (month, events) in Months)
        {
            counts[KeyOf(month, unit) - first] += events;
        }

        return [.. counts.Select((events, i) => new ChartRow(Label(first + i, unit), events))];
    }

    private static int KeyOf(YearMonth month, ChartUnit unit) => unit switch
    {
        ChartUnit.Month => (month.Year * 12) + month.Month - 1,
        ChartUnit.Year => month.Year,
        _ => (int)Math.Floor(month.Year / 10.0),
    };

    private static string Label(int key, ChartUnit unit) => unit switch
    {
        ChartUnit.Month => Text(new YearMonth((int)Math.Floor(key / 12.0), (((key % 12) + 12) % 12) + 1)),
        ChartUnit.Year => key.ToString(CultureInfo.InvariantCulture),
        _ => string.Create(CultureInfo.InvariantCulture, $"{key * 10}s"),
    };

    /// <summary>Counts events per month one at a time, for a reading of the timeline that finds other sections too.</summary>
    internal sealed class Tally
    {
        private readonly Dictionary<YearMonth, int> _counts = [];

        private int _longer;

        private int _undated;

        public void Add(Event e)
        {
            if (e.Time is not { } time)
            {
                _undated++;
            }
            else if (MonthOf(time) is { } month)
            {
                CollectionsMarshal.GetValueRefOrAddDefault(_counts, month, out _)++;
            }
            else
            {
                _longer++;
            }
        }

        public EventsPerMonth Counted() => new([.. _counts.OrderBy(c => c.Key).Select(c => (c.Key, c.Value))], _longer, _undated);
    }
}
