using NodaTime;

namespace NewsEvents.Analysis;

/// <summary>
/// The precision-aware order of times used by the analyses: the order of
/// <see cref="TimeValueComparer"/> in the index's default zone, except that a time with an open start is
/// placed at its end rather than first, made cheap for sorting: each item's
/// span, precision and text are computed once (<see cref="Key"/>), and the comparer itself only
/// settles times that agree on all of these and still differ (in zone, expression, anchor...).
/// </summary>
internal sealed class Chronology(DateTimeZone defaultZone)
{
    private readonly TimeValueComparer _comparer = new(defaultZone);

    public DateTimeZone DefaultZone => defaultZone;

    /// <summary>The parts of a time compared first, computed once per item.</summary>
    public Key KeyOf(TimeValue time)
    {
        var span = time.ToInterval(defaultZone);
        return new(time, TimeExtent.Of(span), time.ValueText, span);
    }

    public int Compare(Key x, Key y)
    {
        // A time with an open start ("by Thursday evening") is placed at its end, where it is known, not before everything.
        var c = x.Position.CompareTo(y.Position);
        if (c != 0)
        {
            return c;
        }

        c = x.Extent.Start.CompareTo(y.Extent.Start);
        if (c != 0)
        {
            return c;
        }

        c = x.Extent.End.CompareTo(y.Extent.End);
        if (c != 0)
        {
            return c;
        }

        // Enum.CompareTo boxes its argument; the default comparer of an enum does not.
        c = Comparer<TimePrecision>.Default.Compare(x.Time.Precision, y.Time.Precision);
        if (c != 0)
        {
            return c;
        }

        // Ranks compares distinct times, so no test of equality first: it would fail, having compared everything.
        c = string.CompareOrdinal(x.Text, y.Text);
        if (c != 0 || ReferenceEquals(x.Time, y.Time))
        {
            return c;
        }

        // The extents (whole ticks) being equal, equal texts mean equal spans: offsets are whole seconds.
        return _comparer.CompareBeyondTheValue(x.Time, y.Time);
    }

    /// <summary>
    /// Each time's rank in this order: dense from 0, times the order does not tell apart sharing one. The integer
    /// parts of the order (the position, the start, the end, the precision) are sorted by a linear radix sort, least
    /// significant first; only the times that agree on all four (the same day or month, of the same precision) are
    /// compared further, by text and what lies beyond the value. Given each distinct time once, those groups stay
    /// small however many items share a time.
    /// </summary>
    public int[] Ranks(IReadOnlyList<Key> keys)
    {
        var count = keys.Count;
        var parts = new long[count];
        var order = Enumerable.Range(0, count).ToArray();
        foreach (var part in (ReadOnlySpan<Func<Key, long>>)[static k => (long)k.Time.Precision, static k => k.Extent.End, static k => k.Extent.Start, static k => k.Position])
        {
            for (var i = 0; i < count; i++)
            {
                parts[i] = part(keys[order[i]]);
            }

            var by = RadixOrder.Of(parts);
            var next = new int[count];
            for (var i = 0; i < count; i++)
            {
                next[i] = order[by[i]];
            }

            order = next;
        }

        var ranks = new int[count];
        for (int start = 0, end = 1; start < count; start = end, end = start + 1)
        {
            var first = keys[order[start]];
            while (end < count && SameIntegerParts(first, keys[order[end]]))
            {
                end++;
            }

            if (end - start > 1)
            {
                order.AsSpan(start, end - start).Sort((x, y) => Compare(keys[x], keys[y]));
            }

            var rank = start == 0 ? 0 : ranks[order[start - 1]] + 1;
            ranks[order[start]] = rank;
            for (var i = start + 1; i < end; i++)
            {
                rank += Compare(keys[order[i - 1]], keys[order[i]]) == 0 ? 0 : 1;
                ranks[order[i]] = rank;
            }
        }

        return ranks;
    }

    private static bool SameIntegerParts(Key x, Key y) =>
        x.Position == y.Position && x.Extent == y.Extent && x.Time.Precision == y.Time.Precision;

    /// <summary>A time with its extent, text and span (<see cref="TimeValue.ToInterval(DateTimeZone)"/> in the default zone).</summary>
    internal readonly record struct Key(TimeValue Time, TimeExtent Extent, string Text, Interval Span)
    {
        /// <summary>Where the time sits in the order: its start, or its end when the start is open.</summary>
        public long Position => Extent.Start == long.MinValue ? Extent.End : Extent.Start;
    }
}
