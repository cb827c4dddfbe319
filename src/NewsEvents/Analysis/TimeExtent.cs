using NodaTime;

namespace NewsEvents.Analysis;

/// <summary>
/// The stretch of the global timeline a <see cref="TimeValue"/> covers, as Unix ticks, half-open:
/// an open start is <see cref="long.MinValue"/>, an open end <see cref="long.MaxValue"/>.
/// </summary>
/// <remarks>
/// Taken from the value's own span (the one <see cref="TimeValueComparer"/> orders by): a point
/// covers all of its precision (February 2019 is the whole month), a moment covers an instant; local
/// values are read in their own zone or, without one, in the default zone. An end that falls inside
/// a tick is rounded up, so that a moment covers one tick.
/// </remarks>
internal readonly record struct TimeExtent(long Start, long End)
{
    public bool Overlaps(TimeExtent other) => Start < other.End && other.Start < End;

    public static TimeExtent Of(TimeValue value, DateTimeZone defaultZone)
    {
        value.TryGetSpan(defaultZone, localTimeline: false, out var start, out var end);
        var first = start is { } s ? s.ToUnixTimeTicks() : long.MinValue;
        var last = end is { } e ? CeilingTicks(e) : long.MaxValue;
        return new TimeExtent(first, Math.Max(first, last));
    }

    public static TimeExtent Of(Instant start, Instant end) => new(start.ToUnixTimeTicks(), CeilingTicks(end));

    private static long CeilingTicks(Instant instant)
    {
        var ticks = instant.ToUnixTimeTicks();
        return Instant.FromUnixTimeTicks(ticks) < instant ? ticks + 1 : ticks;
    }
}
