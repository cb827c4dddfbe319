namespace NewsEvents.Analysis;

/// <summary>One entry of a <see cref="Timeline"/>: an event or a statement, with its time and whether it happened.</summary>
public sealed record TimelineEntry
{
    private TimelineEntry(TimelineEntryKind kind, string id, TimeValue? time, Event? @event, Statement? statement)
    {
        Kind = kind;
        Id = id;
        Time = time;
        Event = @event;
        Statement = statement;
    }

    /// <summary>Whether the entry is an event or a statement.</summary>
    public TimelineEntryKind Kind { get; }

    /// <summary>The id of the event or statement.</summary>
    public string Id { get; }

    /// <summary>The entry's time; null for an undated entry.</summary>
    public TimeValue? Time { get; }

    /// <summary>The event, for an event entry.</summary>
    public Event? Event { get; }

    /// <summary>The statement, for a statement entry.</summary>
    public Statement? Statement { get; }

    /// <summary>The event's status; null for a statement.</summary>
    public EventStatus? Status => Event?.Status;

    /// <summary>
    /// Whether the entry is something that took place: an event that occurred or is ongoing, or a
    /// statement (which was made). False for planned, cancelled, failed, hypothetical, denied and
    /// disputed events, which a timeline shows but marks.
    /// </summary>
    public bool IsRealized => Event is null || Event.Status is EventStatus.Occurred or EventStatus.Ongoing;

    /// <summary>
    /// Whether the entry is an event whose sources disagree whether it took place
    /// (<see cref="EventStatus.Disputed"/>): neither realized nor unrealized, it is kept apart from both.
    /// </summary>
    public bool IsDisputed => Event?.Status == EventStatus.Disputed;

    /// <summary>The event's summary (or its type when it has none), or the statement's content.</summary>
    public string Description => Event is { } e
        ? e.Summary ?? Json.StrictEnumJsonConverter<EventType>.NameOf(e.Type)
        : Statement!.Content;

    /// <summary>Creates the entry of an event.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="event"/> is null.</exception>
    public static TimelineEntry Of(Event @event)
    {
        Guard.NotNull(@event, nameof(@event));
        return new(TimelineEntryKind.Event, @event.Id.Value, @event.Time, @event, null);
    }

    /// <summary>Creates the entry of a statement.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="statement"/> is null.</exception>
    public static TimelineEntry Of(Statement statement)
    {
        Guard.NotNull(statement, nameof(statement));
        return new(TimelineEntryKind.Statement, statement.Id.Value, statement.Time, null, statement);
    }

    /// <summary>Whether the actor takes part in the event, or speaks, is addressed or is spoken about in the statement.</summary>
    public bool Involves(ActorId actor) => Event is { } e
        ? e.Participants.Any(p => p.Actor == actor)
        : Statement!.Speaker == actor || Statement.Audience.Contains(actor) || Statement.About.Contains(actor);

    /// <summary>
    /// Returns <c>time [status] description</c>, with <c>undated</c> for an entry without time and the
    /// stated duration after the time when there is one (<c>2019-04/2020-01-13 for P9M [occurred] ...</c>).
    /// </summary>
    public override string ToString()
    {
        var time = Time is null ? "undated"
            : Time.Duration is { } duration ? $"{Time} for {Json.TimeValueJsonConverter.FormatDuration(duration)}"
            : Time.ToString();
        var status = Event is { } e ? $" [{Json.StrictEnumJsonConverter<EventStatus>.NameOf(e.Status)}]" : " [statement]";
        return $"{time}{status} {Description}";
    }
}
