using System.Collections.Immutable;

namespace NewsEvents.Cli.Reports;

/// <summary>An actor that mediates between others, with the sides of the parties and its own side, if any, and the hosts and backers of its talks (never parties).</summary>
internal sealed record MediatorEntry(NamedActor Actor, ReportList<NamedActor> Between, ReportList<int> BetweenSides, int? Side, ReportList<NamedActor> Hosts, ReportList<NamedActor> Backers);
