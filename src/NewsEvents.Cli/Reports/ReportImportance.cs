namespace NewsEvents.Cli.Reports;

/// <summary>
/// What comes first when a report's section is cut (<see cref="ReportCaps"/>): the most active actors, the most
/// contested claims, the disputed figures, the largest groups, the most reported events. Sections with no
/// measure here keep their own order (documents as given, the timeline and the upcoming events in time order).
/// </summary>
internal static class ReportImportance
{
    public static long Of(ActorEntry a) => (long)a.Events + a.Statements + a.Claims + a.Relations;

    public static long Of(SideEntry s) => s.Members.Total;

    public static long Of(MediatorEntry m) => m.Between.Total;

    public static long Of(SpeakerEntry s) => s.Statements.Total + s.OtherClaims.Total;

    // Contested first, then the most widely sourced.
    public static long Of(ClaimEntry c) => ((long)c.ContradictedBy.Total << 32) + c.Sources.Total;

    public static long Of(ContradictionEntry c) => (long)c.First.Total + c.Second.Total;

    // Disputed figures first, then the groups with the most figures.
    public static long Of(FigureGroupEntry g) => (g.IsDisputed ? 1L << 32 : 0) + g.Figures.Total;

    public static long Of(DisputedEventEntry d) => (long)d.For.Total + d.Against.Total;

    public static long Of(IndependentSourceEntry s) => s.Claims;

    // Told in the most documents first, then in the most evidence spans.
    public static long Of(ReportedEventEntry e) => ((long)e.Documents << 32) + e.Spans;
}
