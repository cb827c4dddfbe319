namespace NewsEvents.Cli.Reports;

/// <summary>An actor taking part in an event, by name, with its role.</summary>
internal sealed record ParticipantEntry(string ActorId, string Name, ParticipantRole Role);
