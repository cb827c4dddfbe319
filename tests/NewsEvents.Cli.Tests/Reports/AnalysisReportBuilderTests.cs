using NewsEvents.Cli.Reports;
using NewsEvents.Generation;

namespace NewsEvents.Cli.Tests.Reports;

public sealed class AnalysisReportBuilderTests
{
    private static readonly Lazy<Dataset> Generated = new(() => new SyntheticDatasetGenerator(3, SyntheticDatasetOptions.ForEvents(2000)).GenerateDataset());

    public static TheoryData<int, int> Caps => new()
    {
        { ReportCaps.Default.Top, ReportCaps.Default.ShownWholeUpTo },
        { 5, 5 },
        { 60, 60 },
        { int.MaxValue, int.MaxValue },
    };

    [Theory]
    [MemberData(nameof(Caps))]
    public void Each_section_shows_what_its_entries_ranked_by_their_importance_show(int top, int shownWholeUpTo)
    {
        var caps = new ReportCaps(top, shownWholeUpTo);
        var report = AnalysisReportBuilder.Build(Generated.Value, caps);

        // Entries hold arrays (compared by reference): each section is compared by what tells its entries apart.
        ShownOf(report.Documents, caps, null, d => d.Id);
        ShownOf(report.Timeline, caps, null, e => e.EventId);
        ShownOf(report.Actors, caps, ReportImportance.Of, a => a.Id);
        ShownOf(report.Speakers, caps, ReportImportance.Of, s => s.ActorId);
        ShownOf(report.Claims, caps, ReportImportance.Of, c => c.Id);
        ShownOf(report.Contradictions, caps, ReportImportance.Of, c => c.Number);
        ShownOf(report.Figures, caps, ReportImportance.Of, g => (g.EventId, g.Proposition, g.Kind, g.Unit, g.Figures.Total));
        ShownOf(report.DisputedEvents, caps, ReportImportance.Of, d => d.EventId);
        ShownOf(report.IndependentSources, caps, ReportImportance.Of, s => string.Join(",", s.Members.Items.Select(m => m.Id)));
    }

    [Fact]
    public void The_heading_tallies_count_every_entry_of_their_section()
    {
        var report = AnalysisReportBuilder.Build(Generated.Value, ReportCaps.Default);

        report.MarkedEvents.Should().Be(report.Timeline.Count(e => e.IsMarked)).And.BePositive();
        report.SpokenStatements.Should().Be(report.Speakers.Sum(s => s.Statements.Total)).And.Be(Generated.Value.Statements.Length);
        report.ClaimsByStatus.Should().Equal(report.Claims.GroupBy(c => c.Status).OrderBy(g => g.Key).Select(g => KeyValuePair.Create(g.Key, g.Count())));
        report.DisputedFigures.Should().Be(report.Figures.Count(g => g.IsDisputed));
    }

    [Theory]
    [MemberData(nameof(Caps))]
    public void The_most_reported_and_upcoming_events_keep_what_the_whole_lists_show(int top, int shownWholeUpTo)
    {
        var caps = new ReportCaps(top, shownWholeUpTo);
        var whole = AnalysisReportBuilder.Build(Generated.Value, ReportCaps.Full);

        var report = AnalysisReportBuilder.Build(Generated.Value, caps);

        whole.MostReported.Count.Should().BeGreaterThan(60);
        report.MostReported.Count.Should().Be(whole.MostReported.Count);
        report.MostReported.Shown.Select(e => (e.Event.EventId, e.Documents, e.Spans))
            .Should().Equal(caps.Shown(whole.MostReported.Shown).Select(e => (e.Event.EventId, e.Documents, e.Spans)));
        report.MostReported.More.Should().Be(caps.More(whole.MostReported.Count));
        report.Upcoming.Events.Count.Should().Be(whole.Upcoming.Events.Count);
        report.Upcoming.Events.Shown.Select(e => e.EventId).Should().Equal(caps.Shown(whole.Upcoming.Events.Shown).Select(e => e.EventId));
        (report.Upcoming.Earlier, report.Upcoming.Reference).Should().Be((whole.Upcoming.Earlier, whole.Upcoming.Reference));
    }

    private static void ShownOf<T, TKey>(ReportSection<T> section, ReportCaps caps, Func<T, long>? importance, Func<T, TKey> key)
    {
        var chosenFromEveryEntry = caps.Shown(section.ToList(), importance).Select(key);

        section.Shown(caps).Select(key).Should().Equal(chosenFromEveryEntry, $"the section of {typeof(T).Name} is chosen alike");
    }
}
