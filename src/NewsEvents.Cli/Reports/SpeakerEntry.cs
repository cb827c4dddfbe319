using System.Collections.Immutable;

namespace NewsEvents.Cli.Reports;

/// <summary>Who said what: one speaker and their statements, in dataset order.</summary>
internal sealed record SpeakerEntry(string ActorId, string Name, ImmutableArray<StatementEntry> Statements);
