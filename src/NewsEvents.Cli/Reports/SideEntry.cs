using System.Collections.Immutable;

namespace NewsEvents.Cli.Reports;

/// <summary>A side (coalition) of actors joined by backs, leads, allied-with or deployed-alongside relations, and the sides it opposes.</summary>
internal sealed record SideEntry(int Number, ReportList<NamedActor> Members, ReportList<int> Opposes);
