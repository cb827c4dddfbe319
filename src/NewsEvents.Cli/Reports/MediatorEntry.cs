using System.Collections.Immutable;

namespace NewsEvents.Cli.Reports;

/// <summary>An actor that mediates between others, with the sides of the parties and its own side, if any.</summary>
internal sealed record MediatorEntry(NamedActor Actor, ReportList<NamedActor> Between, ReportList<int> BetweenSides, int? Side);
