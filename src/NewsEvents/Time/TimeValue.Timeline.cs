using System.Runtime.CompilerServices;
using NodaTime;
using NodaTime.TimeZones;

namespace NewsEvents.Time;

public sealed partial record TimeValue
{
    private static readonly ZoneLocalMappingResolver FirstOccurrence =
        Resolvers.CreateMappingResolver(Resolvers.ReturnEarlier, Resolvers.ReturnStartOfIntervalAfter);

    private static readonly ZoneLocalMappingResolver LastOccurrence =
        Resolvers.CreateMappingResolver(Resolvers.ReturnLater, Resolvers.ReturnStartOfIntervalAfter);

    /// <summary>The earliest instant this value may stand for, read in its own <see cref="Zone"/>.</summary>
    /// <returns>The instant, or null when the value's start is open.</returns>
    /// <exception cref="InvalidOperationException">The value is local and has no zone: use the overload that takes one.</exception>
    public Instant? EarliestInstant() => RequireSpan(null).Start;

    /// <summary>The earliest instant this value may stand for.</summary>
    /// <param name="defaultZone">The zone to read a local value in when it has no <see cref="Zone"/> of its own.</param>
    /// <returns>The instant, or null when the value's start is open.</returns>
    /// <remarks>
    /// A day starts at the zone's start of day (which is not midnight where a transition skips it);
    /// a local moment that a clock change repeats stands for its first occurrence here and its
    /// second in <see cref="LatestInstant(DateTimeZone)"/>; one that a change skips stands at the
    /// instant the gap ends. A whole day a zone skipped (Samoa's 2011-12-30) is the empty interval
    /// at the transition: its earliest and latest instants are both that instant. Never throws for
    /// a value in any zone; see docs/time.md.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="defaultZone"/> is null.</exception>
    public Instant? EarliestInstant(DateTimeZone defaultZone)
    {
        Guard.NotNull(defaultZone, nameof(defaultZone));
        return RequireSpan(defaultZone).Start;
    }

    /// <summary>The latest instant this value may stand for (the last nanosecond it covers), read in its own <see cref="Zone"/>.</summary>
    /// <returns>The instant, or null when the value's end is open.</returns>
    /// <exception cref="InvalidOperationException">The value is local and has no zone: use the overload that takes one.</exception>
    public Instant? LatestInstant() => LastOf(RequireSpan(null));

    /// <summary>The latest instant this value may stand for: the last nanosecond it covers.</summary>
    /// <param name="defaultZone">The zone to read a local value in when it has no <see cref="Zone"/> of its own.</param>
    /// <returns>The instant, or null when the value's end is open. A moment's latest instant is the moment itself.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="defaultZone"/> is null.</exception>
    public Instant? LatestInstant(DateTimeZone defaultZone)
    {
        Guard.NotNull(defaultZone, nameof(defaultZone));
        return LastOf(RequireSpan(defaultZone));
    }

    /// <summary>The half-open NodaTime interval this value covers, read in its own <see cref="Zone"/>.</summary>
    /// <returns>The interval; an open side of the value is an interval without that side.</returns>
    /// <exception cref="InvalidOperationException">The value is local and has no zone: use the overload that takes one.</exception>
    public Interval ToInterval()
    {
        (Instant? start, Instant? end) = RequireSpan(null);
        return new Interval(start, end);
    }

    /// <summary>The half-open NodaTime interval this value covers: a day is [its start, the next day's start).</summary>
    /// <param name="defaultZone">The zone to read a local value in when it has no <see cref="Zone"/> of its own.</param>
    /// <returns>The interval; an open side of the value is an interval without that side; a moment is one nanosecond long.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="defaultZone"/> is null.</exception>
    public Interval ToInterval(DateTimeZone defaultZone)
    {
        Guard.NotNull(defaultZone, nameof(defaultZone));
        (Instant? start, Instant? end) = RequireSpan(defaultZone);
        return new Interval(start, end);
    }

    /// <summary>
    /// How this value stands to another, respecting precision: 2019-02 neither precedes nor follows
    /// 2019-02-14, it <see cref="TimeRelation.Contains"/> it.
    /// </summary>
    /// <param name="other">The other value.</param>
    /// <returns>
    /// The relation. Two local values in the same zone (or both without one) are compared on the
    /// local timeline; otherwise each is placed on the global timeline in its own zone, and when a
    /// local value has no zone the result is <see cref="TimeRelation.Unknown"/>.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    public TimeRelation RelationTo(TimeValue other)
    {
        Guard.NotNull(other, nameof(other));
        return Relate(this, other, null);
    }

    /// <summary>How this value stands to another, respecting precision, reading zone-less local values in a default zone.</summary>
    /// <param name="other">The other value.</param>
    /// <param name="defaultZone">The zone for a local value without a <see cref="Zone"/> of its own, when the two cannot be compared locally.</param>
    /// <returns>The relation; see <see cref="TimeRelation"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public TimeRelation RelationTo(TimeValue other, DateTimeZone defaultZone)
    {
        Guard.NotNull(other, nameof(other));
        Guard.NotNull(defaultZone, nameof(defaultZone));
        return Relate(this, other, defaultZone);
    }

    /// <summary>Whether the value holds a moment with an offset (itself or one of its bounds).</summary>
    internal bool HasOffset => IsInterval ? (_start ?? _end)!._offset.HasValue : _offset.HasValue;

    /// <summary>
    /// The half-open span [start, end) the value covers; null for an open side. On the local timeline
    /// local date-times are placed as if they were UTC, which keeps their order and lengths.
    /// </summary>
    internal bool TryGetSpan(DateTimeZone? defaultZone, bool localTimeline, out Instant? start, out Instant? end)
    {
        start = null;
        end = null;
        DateTimeZone? zone = Zone ?? defaultZone;
        if (IsInterval)
        {
            Instant? ignored;
            if (_start is not null && !_start.TryGetSpan(zone, localTimeline, out start, out ignored))
            {
                return false;
            }

            return _end is null || _end.TryGetSpan(zone, localTimeline, out ignored, out end);
        }

        if (_offset is { } offset)
        {
            Instant t = new OffsetDateTime(_local, offset).ToInstant();
            start = t;
            end = t + NodaTime.Duration.Epsilon;
            return true;
        }

        if (localTimeline)
        {
            start = _local.InUtc().ToInstant();
            end = LocalEndExclusive().InUtc().ToInstant();
            return true;
        }

        if (zone is null)
        {
            return false;
        }

        if (_precision == TimePrecision.Instant)
        {
            start = FirstInstantAtOrAfter(zone, _local);
            end = LastInstantAt(zone, _local) + NodaTime.Duration.Epsilon;
            return true;
        }

        start = FirstInstantAtOrAfter(zone, _local);
        end = LastInstantAt(zone, LocalEndExclusive());
        return true;
    }

    /// <summary>
    /// The first instant whose local date-time in <paramref name="zone"/> is <paramref name="local"/>
    /// or later: the first occurrence of a repeated time; for a time a clock change skips (an hour,
    /// or a whole day as in Samoa on 2011-12-30) the instant the gap ends. Unlike NodaTime's
    /// AtStartOfDay it never throws, and it keeps order: a later local time never maps earlier.
    /// </summary>
    private static Instant FirstInstantAtOrAfter(DateTimeZone zone, LocalDateTime local)
    {
        if (TryMapFarFromChange(zone, local, out var instant))
        {
            return instant;
        }

        // Near a change most local times still map to one instant: that case skips the resolver's delegates.
        ZoneLocalMapping mapping = zone.MapLocal(local);
        return mapping.Count == 1 ? mapping.Single().ToInstant() : FirstOccurrence(mapping).ToInstant();
    }

    /// <summary>
    /// The last instant at which <paramref name="local"/> occurs in <paramref name="zone"/>: the second
    /// occurrence of a repeated time, so that a value covers every moment its local times stand for;
    /// for a skipped time, like <see cref="FirstInstantAtOrAfter"/>, the instant the gap ends.
    /// </summary>
    private static Instant LastInstantAt(DateTimeZone zone, LocalDateTime local)
    {
        if (TryMapFarFromChange(zone, local, out var instant))
        {
            return instant;
        }

        ZoneLocalMapping mapping = zone.MapLocal(local);
        return mapping.Count == 1 ? mapping.Single().ToInstant() : LastOccurrence(mapping).ToInstant();
    }

    /// <summary>
    /// Maps a local time without NodaTime's mapping, which is an object made per call: sorting many events of
    /// one day maps their anchors again at every comparison, and those objects made a timeline's memory grow
    /// faster than its events. When the instant at the local time's wall offset lies farther from both ends
    /// of its zone interval than the zone's offsets ever differ, no other interval can hold the same local
    /// time, so it occurs exactly once, there. Otherwise (near a change) it returns false.
    /// </summary>
    private static bool TryMapFarFromChange(DateTimeZone zone, LocalDateTime local, out Instant instant)
    {
        var asIfUtc = local.InUtc().ToInstant();
        var interval = zone.GetZoneInterval(asIfUtc);
        instant = asIfUtc - NodaTime.Duration.FromSeconds(interval.WallOffset.Seconds);
        var margin = NodaTime.Duration.FromSeconds(zone.MaxOffset.Seconds - zone.MinOffset.Seconds);
        return (!interval.HasStart || instant - interval.Start > margin)
            && (!interval.HasEnd || interval.End - instant > margin);
    }

    private (Instant? Start, Instant? End) RequireSpan(DateTimeZone? defaultZone, [CallerMemberName] string method = "")
    {
        if (!TryGetSpan(defaultZone, localTimeline: false, out Instant? start, out Instant? end))
        {
            Guard.State(
                $"The time value {this} is local and has no zone: call {method}(zone), passing the zone to read it in as the argument.");
        }

        return (start, end);
    }

    /// <summary>The last nanosecond of a span; for an empty span (a day a clock change skipped) the instant it stands at.</summary>
    private static Instant? LastOf((Instant? Start, Instant? End) span) =>
        span.End is { } end && span.Start is { } start && end <= start ? start : span.End - NodaTime.Duration.Epsilon;

    private static TimeRelation Relate(TimeValue a, TimeValue b, DateTimeZone? defaultZone)
    {
        bool local = !a.HasOffset && !b.HasOffset
            && string.Equals(a.Zone?.Id, b.Zone?.Id, StringComparison.Ordinal);
        if (!a.TryGetSpan(defaultZone, local, out Instant? sa, out Instant? ea)
            || !b.TryGetSpan(defaultZone, local, out Instant? sb, out Instant? eb))
        {
            return TimeRelation.Unknown;
        }

        Endpoint aStart = Endpoint.OfStart(sa, ea);
        Endpoint aEnd = Endpoint.OfEnd(ea, sa);
        Endpoint bStart = Endpoint.OfStart(sb, eb);
        Endpoint bEnd = Endpoint.OfEnd(eb, sb);

        if (aEnd.Known is { } aEndKnown && bStart.Known == aEndKnown)
        {
            return TimeRelation.Meets;
        }

        if (bEnd.Known is { } bEndKnown && aStart.Known == bEndKnown)
        {
            return TimeRelation.MetBy;
        }

        if (aEnd.SurelyBefore(bStart))
        {
            return TimeRelation.Before;
        }

        if (bEnd.SurelyBefore(aStart))
        {
            return TimeRelation.After;
        }

        // From here on they share time, if only it were certain.
        if (!aStart.SurelyBefore(bEnd) || !bStart.SurelyBefore(aEnd))
        {
            return TimeRelation.Unknown;
        }

        int? starts = Endpoint.Compare(aStart, bStart);
        int? ends = Endpoint.Compare(aEnd, bEnd);
        return (starts, ends) switch
        {
            (null, _) or (_, null) => TimeRelation.Unknown,
            (0, 0) => TimeRelation.Equal,
            ( >= 0, <= 0) => TimeRelation.During,
            ( <= 0, >= 0) => TimeRelation.Contains,
            _ => TimeRelation.Overlaps,
        };
    }

    /// <summary>
    /// An end of a span, known or open. An open start lies somewhere before the span's end and an
    /// open end somewhere after its start: unknown, not infinite.
    /// </summary>
    private readonly record struct Endpoint(Instant? Known, Instant Low, bool LowStrict, Instant High, bool HighStrict)
    {
        public static Endpoint OfStart(Instant? start, Instant? end) => start is { } s
            ? new Endpoint(s, s, false, s, false)
            : new Endpoint(null, Instant.MinValue, false, end ?? Instant.MaxValue, true);

        public static Endpoint OfEnd(Instant? end, Instant? start) => end is { } e
            ? new Endpoint(e, e, false, e, false)
            : new Endpoint(null, start ?? Instant.MinValue, true, Instant.MaxValue, false);

        public bool SurelyBefore(Endpoint other) =>
            High < other.Low || (High == other.Low && (HighStrict || other.LowStrict));

        /// <summary>The certain order of two endpoints, or null when it depends on an open end.</summary>
        public static int? Compare(Endpoint x, Endpoint y)
        {
            if (x.Known is { } a && y.Known is { } b)
            {
                return a.CompareTo(b);
            }

            return x.SurelyBefore(y) ? -1 : y.SurelyBefore(x) ? 1 : null;
        }
    }
}
