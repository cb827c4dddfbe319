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
    public Key KeyOf(TimeValue time) => new(time, TimeExtent.Of(time, defaultZone), time.ValueText);

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

        c = string.CompareOrdinal(x.Text, y.Text);
        if (c != 0 || ReferenceEquals(x.Time, y.Time) || x.Time.Equals(y.Time))
        {
            return c;
        }

        // The extents (whole ticks) being equal, equal texts mean equal spans: offsets are whole seconds.
        return _comparer.CompareBeyondTheValue(x.Time, y.Time);
    }

    /// <summary>A time with its extent and text.</summary>
    internal readonly record struct Key(TimeValue Time, TimeExtent Extent, string Text)
    {
        /// <summary>Where the time sits in the order: its start, or its end when the start is open.</summary>
        public long Position => Extent.Start == long.MinValue ? Extent.End : Extent.Start;
    }
}
