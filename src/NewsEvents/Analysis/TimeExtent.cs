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
/// a tick is rounded up, so that a moment covers one tick. A value a clock change skipped (Samoa's
/// 2011-12-30) has an empty extent at the transition; it is found where that instant is found, as a
/// moment is (<see cref="Found"/>).
/// </remarks>
internal readonly record struct TimeExtent(long Start, long End)
{
    /// <summary>The extent as the overlap queries see it: at least the one tick at its start, so that an empty extent is found like a moment.</summary>
    public TimeExtent Found => this with { End = Math.Max(End, Start + 1) };

    public bool Overlaps(TimeExtent other)
    {
        var (self, that) = (Found, other.Found);
        return self.Start < that.End && that.Start < self.End;
    }

    public static TimeExtent Of(TimeValue value, DateTimeZone defaultZone)
    {
        value.TryGetSpan(defaultZone, localTimeline: false, out var start, out var end);
        return Between(start, end);
    }

    /// <summary>The extent of a span already found (<see cref="TimeValue.ToInterval(DateTimeZone)"/>), without placing the time again.</summary>
    public static TimeExtent Of(Interval span) => Between(span.HasStart ? span.Start : null, span.HasEnd ? span.End : null);

    public static TimeExtent Of(Instant start, Instant end) => new(start.ToUnixTimeTicks(), CeilingTicks(end));

    private static TimeExtent Between(Instant? start, Instant? end)
    {
        var first = start is { } s ? s.ToUnixTimeTicks() : long.MinValue;
        var last = end is { } e ? CeilingTicks(e) : long.MaxValue;
        return new TimeExtent(first, Math.Max(first, last));
    }

    private static long CeilingTicks(Instant instant)
    {
        var ticks = instant.ToUnixTimeTicks();
        return Instant.FromUnixTimeTicks(ticks) < instant ? ticks + 1 : ticks;
    }
}
