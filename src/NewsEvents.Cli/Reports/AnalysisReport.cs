using System.Collections.Immutable;
using NewsEvents.Analysis;

namespace NewsEvents.Cli.Reports;

/// <summary>
/// What <c>newsevents analyze</c> reports on a dataset; written as text or as JSON, with the same content. The
/// sections as long as the data are <see cref="ReportSection{T}"/>s, made as they are written, or, when found
/// while another section is read, <see cref="ShownSection{T}"/>s holding only what <see cref="Caps"/> shows.
/// </summary>
internal sealed record AnalysisReport
{
    /// <summary>How much of each section is shown.</summary>
    public required ReportCaps Caps { get; init; }

    public required string DatasetId { get; init; }

    public string? Title { get; init; }

    public required string SchemaVersion { get; init; }

    public required ReportCounts Counts { get; init; }

    public ReportSection<DocumentEntry> Documents { get; init; } = ReportSection<DocumentEntry>.Empty;

    public ReportSection<TimelineEntry> Timeline { get; init; } = ReportSection<TimelineEntry>.Empty;

    /// <summary>How many events of the timeline are marked (<see cref="TimelineEntry.IsMarked"/>).</summary>
    public int MarkedEvents { get; init; }

    public EventsPerMonth EventsPerMonth { get; init; } = new([], 0, 0);

    /// <summary>The events reported more than once, the most reported first.</summary>
    public ShownSection<ReportedEventEntry> MostReported { get; init; } = new([], 0);

    public UpcomingEvents Upcoming { get; init; } = new(null, false, new([], 0), 0);

    public ReportSection<ActorEntry> Actors { get; init; } = ReportSection<ActorEntry>.Empty;

    public ImmutableArray<SideEntry> Sides { get; init; } = [];

    public ImmutableArray<MediatorEntry> Mediators { get; init; } = [];

    public ReportSection<SpeakerEntry> Speakers { get; init; } = ReportSection<SpeakerEntry>.Empty;

    /// <summary>How many statements the speakers made.</summary>
    public int SpokenStatements { get; init; }

    public ReportSection<ClaimEntry> Claims { get; init; } = ReportSection<ClaimEntry>.Empty;

    /// <summary>How many claims have each status, in the statuses' order (those with none left out).</summary>
    public ImmutableArray<KeyValuePair<ClaimStatus, int>> ClaimsByStatus { get; init; } = [];

    public ReportSection<ContradictionEntry> Contradictions { get; init; } = ReportSection<ContradictionEntry>.Empty;

    public ReportSection<FigureGroupEntry> Figures { get; init; } = ReportSection<FigureGroupEntry>.Empty;

    /// <summary>How many of the figure groups are disputed.</summary>
    public int DisputedFigures { get; init; }

    public ReportSection<IndependentSourceEntry> IndependentSources { get; init; } = ReportSection<IndependentSourceEntry>.Empty;

    public ReportSection<DisputedEventEntry> DisputedEvents { get; init; } = ReportSection<DisputedEventEntry>.Empty;
}
