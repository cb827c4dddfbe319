using NodaTime;

namespace NewsEvents.Analysis;

/// <summary>
/// The stretch of the global timeline a <see cref="TimeValue"/> covers, as UTC ticks, half-open:
/// an open start is <see cref="long.MinValue"/>, an open end <see cref="long.MaxValue"/>.
/// </summary>
/// <remarks>
/// A point covers all of its precision (February 2019 is the whole month); a moment covers its
/// second. Local values are read in their own zone or, without one, in the default zone.
/// </remarks>
internal readonly record struct TimeExtent(long Start, long End)
{
    private const long TicksPerSecond = 10_000_000;

    public static TimeExtent Everything => new(long.MinValue, long.MaxValue);

    public bool Overlaps(TimeExtent other) => Start < other.End && other.Start < End;

    public static TimeExtent Of(TimeValue value, DateTimeZone defaultZone)
    {
        var zone = value.Zone ?? defaultZone;
        if (!value.IsInterval)
        {
            return OfPoint(value, zone);
        }

        var start = value.Start is { } s ? OfPoint(s, zone).Start : long.MinValue;
        var end = value.End is { } e ? OfPoint(e, zone).End : long.MaxValue;
        return new TimeExtent(start, Math.Max(start, end));
    }

    public static TimeExtent Of(Instant start, Instant end) => new(start.ToUnixTimeTicks(), end.ToUnixTimeTicks());

    private static TimeExtent OfPoint(TimeValue point, DateTimeZone zone)
    {
        if (point.LocalDateTime is { } local)
        {
            var instant = point.Offset is { } offset
                ? new OffsetDateTime(local, offset).ToInstant()
                : local.InZoneLeniently(zone).ToInstant();
            var ticks = instant.ToUnixTimeTicks();
            return new TimeExtent(ticks, ticks + TicksPerSecond);
        }

        var first = point.FirstDate!.Value.AtStartOfDayInZone(zone).ToInstant().ToUnixTimeTicks();
        var last = point.LastDate!.Value.PlusDays(1).AtStartOfDayInZone(zone).ToInstant().ToUnixTimeTicks();
        return new TimeExtent(first, last);
    }
}
