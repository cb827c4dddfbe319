namespace NewsEvents.Cli.Reports;

/// <summary>An event whose sources disagree, with the independent sources on each side.</summary>
/// <param name="EventId">The event.</param>
/// <param name="Summary">Its summary, where the data gives one.</param>
/// <param name="IsMarkedDisputed">Whether the data marks it disputed (rather than only its claims disagreeing).</param>
/// <param name="For">The sources of one side: the asserting (or linking) claims.</param>
/// <param name="Against">The sources of the other side.</param>
/// <param name="Contradictions">The numbers of the contradictions about it.</param>
internal sealed record DisputedEventEntry(string EventId, string? Summary, bool IsMarkedDisputed, ReportList<NamedActor> For, ReportList<NamedActor> Against, ReportList<int> Contradictions);
