namespace NewsEvents.Cli.Reports;

/// <summary>The figures of one kind about one event (or one proposition, for claims about no event), side by side.</summary>
internal sealed record FigureGroupEntry
{
    /// <summary>The event's id, or null for claims about no event (then <see cref="Proposition"/>).</summary>
    public string? EventId { get; init; }

    public string? Proposition { get; init; }

    /// <summary>What the figures count.</summary>
    public required QuantityKind Kind { get; init; }

    public string? Unit { get; init; }

    public ReportList<FigureEntry> Figures { get; init; } = ReportList<FigureEntry>.Empty;

    /// <summary>The independent sources giving figures, by name.</summary>
    public ReportList<NamedActor> Sources { get; init; } = ReportList<NamedActor>.Empty;

    public bool IsDisputed { get; init; }

    public bool RangesOverlap { get; init; }

    public bool IsSingleSource { get; init; }
}
