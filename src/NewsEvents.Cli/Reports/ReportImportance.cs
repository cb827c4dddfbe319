using NewsEvents.Analysis;

namespace NewsEvents.Cli.Reports;

/// <summary>
/// What comes first when a report's section is cut (<see cref="ReportCaps"/>): the most active actors, the most
/// contested claims, the disputed figures, the largest groups, the most reported events. Sections with no
/// measure here keep their own order (documents as given, the timeline and the upcoming events in time order).
/// Each measure is given for a report's entry and for the analysis's item it is made of, with the same value, so
/// that what a section shows is chosen before its entries are made (<see cref="ReportSection{T}.Shown"/>).
/// </summary>
internal static class ReportImportance
{
    public static long Of(ActorEntry a) => (long)a.Events + a.Statements + a.Claims + a.Relations;

    public static long Of(SideEntry s) => s.Members.Total;

    public static long Of(MediatorEntry m) => m.Between.Total;

    public static long Of(SpeakerEntry s) => Said(s.Statements.Total, s.OtherClaims.Total);

    public static long Of(SpeakerStatements s) => Said(s.Statements.Length, s.OtherClaims.Length);

    public static long Of(ClaimEntry c) => Contested(c.ContradictedBy.Total, c.Sources.Total);

    public static long Of(ClaimAssessment c) => Contested(c.ContradictedByCount, c.Sources.Length);

    public static long Of(ContradictionEntry c) => Opposed(c.First.Total, c.Second.Total);

    public static long Of(Contradiction c) => Opposed(c.First.Length, c.Second.Length);

    public static long Of(FigureGroupEntry g) => Figures(g.IsDisputed, g.Figures.Total);

    public static long Of(FigureGroup g) => Figures(g.IsDisputed, g.Figures.Length);

    public static long Of(DisputedEventEntry d) => Opposed(d.For.Total, d.Against.Total);

    public static long Of(DisputedEvent d) => Opposed(d.For.Length, d.Against.Length);

    public static long Of(IndependentSourceEntry s) => s.Claims;

    public static long Of(IndependentSource s) => s.Claims;

    // Told in the most documents first, then in the most evidence spans.
    public static long Reported(int documents, int spans) => ((long)documents << 32) + spans;

    private static long Said(int statements, int otherClaims) => (long)statements + otherClaims;

    // Contested first, then the most widely sourced.
    private static long Contested(int contradictedBy, int sources) => ((long)contradictedBy << 32) + sources;

    private static long Opposed(int first, int second) => (long)first + second;

    // Disputed figures first, then the groups with the most figures.
    private static long Figures(bool disputed, int figures) => (disputed ? 1L << 32 : 0) + figures;
}
