using System.Collections.Immutable;

namespace NewsEvents.Cli.Reports;

/// <summary>Who said what: one speaker, their statements, and the ids of the claims they assert outside any statement.</summary>
internal sealed record SpeakerEntry(string ActorId, string Name, ReportList<StatementEntry> Statements)
{
    public ReportList<string> OtherClaims { get; init; } = ReportList<string>.Empty;
}
