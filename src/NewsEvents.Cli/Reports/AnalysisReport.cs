using System.Collections.Immutable;

namespace NewsEvents.Cli.Reports;

/// <summary>
/// What <c>newsevents analyze</c> reports on a dataset; written as text or as JSON, with the same content. The
/// sections as long as the data are <see cref="ReportSection{T}"/>s, made as they are written.
/// </summary>
internal sealed record AnalysisReport
{
    public required string DatasetId { get; init; }

    public string? Title { get; init; }

    public required string SchemaVersion { get; init; }

    public required ReportCounts Counts { get; init; }

    public ReportSection<DocumentEntry> Documents { get; init; } = ReportSection<DocumentEntry>.Empty;

    public ReportSection<TimelineEntry> Timeline { get; init; } = ReportSection<TimelineEntry>.Empty;

    public EventsPerMonth EventsPerMonth { get; init; } = new([], 0, 0);

    /// <summary>The events reported more than once, the most reported first.</summary>
    public ImmutableArray<ReportedEventEntry> MostReported { get; init; } = [];

    public UpcomingEvents Upcoming { get; init; } = new(null, false, [], 0);

    public ReportSection<ActorEntry> Actors { get; init; } = ReportSection<ActorEntry>.Empty;

    public ImmutableArray<SideEntry> Sides { get; init; } = [];

    public ImmutableArray<MediatorEntry> Mediators { get; init; } = [];

    public ReportSection<SpeakerEntry> Speakers { get; init; } = ReportSection<SpeakerEntry>.Empty;

    public ReportSection<ClaimEntry> Claims { get; init; } = ReportSection<ClaimEntry>.Empty;

    public ReportSection<ContradictionEntry> Contradictions { get; init; } = ReportSection<ContradictionEntry>.Empty;

    public ReportSection<FigureGroupEntry> Figures { get; init; } = ReportSection<FigureGroupEntry>.Empty;

    public ReportSection<IndependentSourceEntry> IndependentSources { get; init; } = ReportSection<IndependentSourceEntry>.Empty;

    public ReportSection<DisputedEventEntry> DisputedEvents { get; init; } = ReportSection<DisputedEventEntry>.Empty;
}
