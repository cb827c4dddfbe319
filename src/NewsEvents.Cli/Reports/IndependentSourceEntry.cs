namespace NewsEvents.Cli.Reports;

/// <summary>One independent source: the claim origins that are one actor or affiliated, and how many claims they make.</summary>
internal sealed record IndependentSourceEntry(ReportList<NamedActor> Members, int Claims);
