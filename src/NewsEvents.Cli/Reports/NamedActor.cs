namespace NewsEvents.Cli.Reports;

/// <summary>An actor's id with its name, for reports.</summary>
internal sealed record NamedActor(string Id, string Name);
