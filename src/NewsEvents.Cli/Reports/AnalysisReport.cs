using System.Collections.Immutable;

namespace NewsEvents.Cli.Reports;

/// <summary>What <c>newsevents analyze</c> reports on a dataset; written as text or as JSON, with the same content.</summary>
internal sealed record AnalysisReport
{
    public required string DatasetId { get; init; }

    public string? Title { get; init; }

    public required string SchemaVersion { get; init; }

    public required ReportCounts Counts { get; init; }

    public ImmutableArray<DocumentEntry> Documents { get; init; } = [];

    public ImmutableArray<TimelineEntry> Timeline { get; init; } = [];

    public EventsPerMonth EventsPerMonth { get; init; } = new([], 0, 0);

    /// <summary>The events reported more than once, the most reported first.</summary>
    public ImmutableArray<ReportedEventEntry> MostReported { get; init; } = [];

    public UpcomingEvents Upcoming { get; init; } = new(null, false, [], 0);

    public ImmutableArray<ActorEntry> Actors { get; init; } = [];

    public ImmutableArray<SideEntry> Sides { get; init; } = [];

    public ImmutableArray<MediatorEntry> Mediators { get; init; } = [];

    public ImmutableArray<SpeakerEntry> Speakers { get; init; } = [];

    public ImmutableArray<ClaimEntry> Claims { get; init; } = [];

    public ImmutableArray<ContradictionEntry> Contradictions { get; init; } = [];

    public ImmutableArray<FigureGroupEntry> Figures { get; init; } = [];

    public ImmutableArray<IndependentSourceEntry> IndependentSources { get; init; } = [];

    public ImmutableArray<DisputedEventEntry> DisputedEvents { get; init; } = [];
}
