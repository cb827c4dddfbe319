using System.Collections.Immutable;

namespace NewsEvents.Cli.Reports;

/// <summary>An event in the timeline, with its time as written in the dataset and its status spelled out.</summary>
internal sealed record TimelineEntry
{
    public required string EventId { get; init; }

    public required EventStatus Status { get; init; }

    public required EventType Type { get; init; }

    public string? Summary { get; init; }

    /// <summary>The time in its canonical text form (2020-01-13, 2019-04, 2011/..), or null when the event has none.</summary>
    public string? Time { get; init; }

    /// <summary>
    /// How long the event lasted, as an ISO 8601 period: as the text says it (P9M), or else the length of
    /// its interval when both ends are known (PT6H for 00:00/06:00); null otherwise.
    /// </summary>
    public string? Duration { get; init; }

    /// <summary>When the event took place on the global timeline (an end is open when the data leaves it open); null when it has no time.</summary>
    public NodaTime.Interval? Span { get; init; }

    /// <summary>How precisely its time is known (a day, a month, an interval...); null when it has no time.</summary>
    public TimePrecision? Precision { get; init; }

    /// <summary>The words the article used for the time, where kept.</summary>
    public string? Expression { get; init; }

    public string? Place { get; init; }

    public ReportList<ParticipantEntry> Participants { get; init; } = ReportList<ParticipantEntry>.Empty;

    /// <summary>
    /// Whether the event did not (or not yet, or not surely) happen as reported: planned, cancelled, failed,
    /// hypothetical, denied or disputed — the timeline's own judgement (not <see cref="NewsEvents.Analysis.TimelineEntry.IsRealized"/>).
    /// </summary>
    public bool IsMarked { get; init; }
}
