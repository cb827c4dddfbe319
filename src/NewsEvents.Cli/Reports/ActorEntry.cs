namespace NewsEvents.Cli.Reports;

/// <summary>An actor with how often the dataset shows it acting, speaking and claiming.</summary>
internal sealed record ActorEntry
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public required ActorKind Kind { get; init; }

    public string? Country { get; init; }

    public int Events { get; init; }

    public int Statements { get; init; }

    public int Claims { get; init; }

    public int Relations { get; init; }

    /// <summary>The number of the actor's side, or null when it belongs to none.</summary>
    public int? Side { get; init; }
}
