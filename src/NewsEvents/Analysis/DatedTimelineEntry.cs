using NodaTime;

namespace NewsEvents.Analysis;

/// <summary>
/// An entry of <see cref="Timeline.Dated"/>: an event or a statement that has a time, with that time,
/// its status and the stretch of the timeline it covers, none of them null.
/// </summary>
public sealed record DatedTimelineEntry
{
    /// <param name="entry">The entry.</param>
    /// <param name="time">Its time.</param>
    /// <param name="span">The time's <see cref="TimeValue.ToInterval(DateTimeZone)"/> in the timeline's default zone, found once for every entry with an equal time.</param>
    internal DatedTimelineEntry(TimelineEntry entry, TimeValue time, Interval span)
    {
        Entry = entry;
        Time = time;
        Span = span;
    }

    /// <summary>The entry itself, as <see cref="Timeline.Entries"/> holds it.</summary>
    public TimelineEntry Entry { get; }

    /// <summary>Whether the entry is an event or a statement.</summary>
    public TimelineEntryKind Kind => Entry.Kind;

    /// <summary>The id of the event or statement.</summary>
    public string Id => Entry.Id;

    /// <summary>The entry's time.</summary>
    public TimeValue Time { get; }

    /// <summary>
    /// The event's status; <see cref="EventStatus.Occurred"/> for a statement, which was made.
    /// </summary>
    public EventStatus Status => Entry.Event?.Status ?? EventStatus.Occurred;

    /// <summary>Whether the entry took place (see <see cref="TimelineEntry.IsRealized"/>).</summary>
    public bool IsRealized => Entry.IsRealized;

    /// <summary>The event, for an event entry.</summary>
    public Event? Event => Entry.Event;

    /// <summary>The statement, for a statement entry.</summary>
    public Statement? Statement => Entry.Statement;

    /// <summary>The event's summary (or its type), or the statement's content.</summary>
    public string Description => Entry.Description;

    /// <summary>How long the text says the thing lasted ("a nine-month war" is P9M); null when it does not say.</summary>
    public Period? Duration => Time.Duration;

    /// <summary>
    /// The stretch of the global timeline the time covers, half-open, read in its own zone or the
    /// timeline's default zone: a whole month for February 2019, one nanosecond for a moment, no
    /// end for "since 2011". Empty for a day the zone skipped (see docs/time.md).
    /// </summary>
    public Interval Span { get; }

    /// <summary>How long <see cref="Span"/> is; null when a side is open.</summary>
    public NodaTime.Duration? Extent => Span.HasStart && Span.HasEnd ? Span.Duration : null;

    /// <summary>Returns the entry's line (see <see cref="TimelineEntry.ToString"/>).</summary>
    public override string ToString() => Entry.ToString();
}
