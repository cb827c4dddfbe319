using System.Collections.Immutable;
using System.Globalization;
using NewsEvents.Analysis;

namespace NewsEvents.Cli.Reports;

/// <summary>Builds the <see cref="AnalysisReport"/> of a dataset from the library's analyses.</summary>
internal static class AnalysisReportBuilder
{
    public static AnalysisReport Build(Dataset dataset, ReportCaps caps)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        return Build(DatasetIndex.Build(dataset), caps);
    }

    /// <summary>The report of an indexed dataset, for writers that read the dataset further through its index.</summary>
    /// <param name="index">The dataset's index.</param>
    /// <param name="caps">
    /// How much of each section is shown: the sections found while the timeline is read (<see cref="TimelineSections"/>)
    /// keep only that, the others choose it on the analyses' items when written (<see cref="ReportSection{T}.Shown"/>).
    /// </param>
    public static AnalysisReport Build(DatasetIndex index, ReportCaps caps)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(caps);
        var dataset = index.Dataset;
        var sides = ActorSides.Build(index);
        var claims = ClaimsAnalysis.Build(index);
        var figures = FiguresAnalysis.Build(claims);
        var speakers = WhoSaidWhat.Build(index).Speakers;
        var timeline = TimelineSections.Of(index, caps);
        NamedActor Named(ActorId id) => new(id.ToString(), index.NameOf(id));
        var numberOf = new Dictionary<Contradiction, int>(ReferenceEqualityComparer.Instance);
        foreach (var contradiction in claims.Contradictions)
        {
            numberOf.Add(contradiction, numberOf.Count + 1);
        }

        return new AnalysisReport
        {
            Caps = caps,
            DatasetId = dataset.Id.ToString(),
            Title = dataset.Title,
            SchemaVersion = dataset.SchemaVersion,
            Counts = new ReportCounts(dataset.Documents.Length, dataset.Actors.Length, dataset.Events.Length, dataset.Statements.Length, dataset.Claims.Length, dataset.Relations.Length),
            Documents = Lazily(dataset.Documents, d => new DocumentEntry(d.Id.ToString(), d.Title, d.Publisher, d.Agency, d.Published?.ToString("V", CultureInfo.InvariantCulture), d.Url)),
            Timeline = timeline.Timeline,
            MarkedEvents = timeline.Marked,
            EventsPerMonth = timeline.EventsPerMonth,
            MostReported = timeline.MostReported,
            Upcoming = timeline.Upcoming,
            Actors = new(dataset.Actors.Length, () => dataset.Actors.Select(a => new ActorEntry
            {
                Id = a.Id.ToString(),
                Name = a.Name,
                Kind = a.Kind,
                Country = a.Country,
                Events = index.EventsOf(a.Id).Length,
                Statements = index.StatementsBy(a.Id).Length,
                Claims = index.ClaimsBy(a.Id).Length,
                Relations = index.RelationsOf(a.Id).Length,
                Side = sides.SideOf(a.Id)?.Number,
            }), ReportImportance.Of),
            Sides = [.. sides.Coalitions.Select(c => new SideEntry(c.Number, ReportLists.Of(c.Members, Named), ReportLists.Of(c.Opposes, n => n)))],
            Mediators = [.. sides.Mediators.Select(m => new MediatorEntry(
                Named(m.Actor), ReportLists.Of(m.Between, Named), ReportLists.Of(m.BetweenSides, n => n), m.Side, ReportLists.Of(m.Hosts, Named), ReportLists.Of(m.Backers, Named)))],
            Speakers = Lazily(speakers, s => new SpeakerEntry(s.Speaker.ToString(), s.Name, ReportLists.Of(s.Statements, sc => new StatementEntry
            {
                Id = sc.Statement.Id.ToString(),
                Channel = sc.Channel,
                Mode = sc.Mode,
                Content = sc.Statement.Content,
                Time = sc.Statement.Time?.ToString("V", CultureInfo.InvariantCulture),
                Claims = ReportLists.Of(sc.Claims, c => c.Id.ToString()),
            }))
            {
                OtherClaims = ReportLists.Of(s.OtherClaims, c => c.Id.ToString()),
            }, ReportImportance.Of),
            SpokenStatements = speakers.Sum(s => s.Statements.Length),
            Claims = Lazily(claims.Claims, a => new ClaimEntry
            {
                Id = a.Claim.Id.ToString(),
                ClaimantId = a.Claim.Claimant.ToString(),
                Claimant = index.NameOf(a.Claim.Claimant),
                Proposition = a.Claim.Proposition,
                Polarity = a.Claim.Polarity,
                Certainty = a.Claim.Certainty,
                Attribution = ReportLists.Of(a.Claim.Attribution, index.NameOf),
                Links = ReportLists.Of(a.Claim.Links, l => $"{Words.Spaced(l.Type)} {l.Target}"),
                Status = a.Status,
                Sources = ReportLists.Of(a.Sources, index.NameOf),
                ContradictedBy = ReportLists.Of(a.ContradictedBy.Select(c => c.Id.ToString()), a.ContradictedByCount),
                Contradictions = [.. a.Contradictions.Select(c => numberOf[c])],
            }, ReportImportance.Of),
            ClaimsByStatus = ByStatus(claims.Claims),
            Contradictions = Lazily(claims.Contradictions, c => new ContradictionEntry(
                numberOf[c], c.Kind, c.Proposition, ReportLists.Of([.. c.About.Events.Select(e => e.Value), .. c.About.Actors.Select(a => a.Value)], id => id), ReportLists.Of(c.First, claim => claim.Id.ToString()), ReportLists.Of(c.Second, claim => claim.Id.ToString())), ReportImportance.Of),
            Figures = Lazily(figures.Groups, g => new FigureGroupEntry
            {
                EventId = g.Event?.Value,
                Proposition = g.Proposition,
                Kind = g.Kind,
                Unit = g.Unit,
                Figures = ReportLists.Of(g.Figures, f => new FigureEntry(Words.Figure(f.Quantity), f.Quantity.Text, f.Claim?.Id.Value, f.Origin is { } o ? Named(o) : null)),
                Sources = ReportLists.Of(g.Sources, Named),
                IsDisputed = g.IsDisputed,
                RangesOverlap = g.RangesOverlap,
                IsSingleSource = g.IsSingleSource,
            }, ReportImportance.Of),
            DisputedFigures = figures.Groups.Count(g => g.IsDisputed),
            IndependentSources = Lazily(claims.IndependentSources, s => new IndependentSourceEntry(ReportLists.Of(s.Members, Named), s.Claims), ReportImportance.Of),
            DisputedEvents = Lazily(claims.DisputedEvents, d => new DisputedEventEntry(
                d.Event.Id.Value, d.Event.Summary, d.IsMarkedDisputed, ReportLists.Of(d.For, Named), ReportLists.Of(d.Against, Named), ReportLists.Of(d.Contradictions, c => numberOf[c])), ReportImportance.Of),
        };
    }

    /// <summary>
    /// A section of an entry per item, made each time it is written rather than held beside the analyses; the
    /// entries shown are chosen on the items by <paramref name="importance"/> (in their order when null), and made alone.
    /// </summary>
    private static ReportSection<TEntry> Lazily<T, TEntry>(ImmutableArray<T> items, Func<T, TEntry> entry, Func<T, long>? importance = null) =>
        new(items.Length, () => items.Select(entry), caps => [.. caps.Shown(items, importance).Select(entry)]);

    /// <summary>How many claims have each status, in the statuses' order.</summary>
    private static ImmutableArray<KeyValuePair<ClaimStatus, int>> ByStatus(ImmutableArray<ClaimAssessment> claims)
    {
        var byStatus = new SortedDictionary<ClaimStatus, int>();
        foreach (var claim in claims)
        {
            byStatus[claim.Status] = byStatus.GetValueOrDefault(claim.Status) + 1;
        }

        return [.. byStatus];
    }
}
