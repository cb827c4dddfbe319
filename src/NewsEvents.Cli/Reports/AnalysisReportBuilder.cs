using System.Collections.Immutable;
using System.Globalization;
using NewsEvents.Analysis;

namespace NewsEvents.Cli.Reports;

/// <summary>Builds the <see cref="AnalysisReport"/> of a dataset from the library's analyses.</summary>
internal static class AnalysisReportBuilder
{
    public static AnalysisReport Build(Dataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        return Build(DatasetIndex.Build(dataset));
    }

    /// <summary>The report of an indexed dataset, for writers that read the dataset further through its index.</summary>
    public static AnalysisReport Build(DatasetIndex index)
    {
        ArgumentNullException.ThrowIfNull(index);
        var dataset = index.Dataset;
        var sides = ActorSides.Build(index);
        var claims = ClaimsAnalysis.Build(index);
        var figures = FiguresAnalysis.Build(claims);
        // The timeline's entries are held (not made as written): the sections on events per month, the most-reported
        // and the upcoming events read them too.
        var timeline = TimelineOf(Timeline.Build(index), index);
        NamedActor Named(ActorId id) => new(id.ToString(), index.NameOf(id));
        var numberOf = new Dictionary<Contradiction, int>(ReferenceEqualityComparer.Instance);
        foreach (var contradiction in claims.Contradictions)
        {
            numberOf.Add(contradiction, numberOf.Count + 1);
        }

        return new AnalysisReport
        {
            DatasetId = dataset.Id.ToString(),
            Title = dataset.Title,
            SchemaVersion = dataset.SchemaVersion,
            Counts = new ReportCounts(dataset.Documents.Length, dataset.Actors.Length, dataset.Events.Length, dataset.Statements.Length, dataset.Claims.Length, dataset.Relations.Length),
            Documents = Lazily(dataset.Documents, d => new DocumentEntry(d.Id.ToString(), d.Title, d.Publisher, d.Agency, d.Published?.ToString("V", CultureInfo.InvariantCulture), d.Url)),
            Timeline = new(timeline.Length, () => timeline.Select(e => e.Entry)),
            EventsPerMonth = EventsPerMonth.Of(timeline.Select(e => e.Event)),
            MostReported = ReportedEventEntry.Rank(index, timeline),
            Upcoming = UpcomingEvents.Of(index, timeline),
            Actors = Lazily(dataset.Actors, a => new ActorEntry
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
            }),
            Sides = [.. sides.Coalitions.Select(c => new SideEntry(c.Number, ReportLists.Of(c.Members, Named), ReportLists.Of(c.Opposes, n => n)))],
            Mediators = [.. sides.Mediators.Select(m => new MediatorEntry(
                Named(m.Actor), ReportLists.Of(m.Between, Named), ReportLists.Of(m.BetweenSides, n => n), m.Side, ReportLists.Of(m.Hosts, Named), ReportLists.Of(m.Backers, Named)))],
            Speakers = Lazily(WhoSaidWhat.Build(index).Speakers, s => new SpeakerEntry(s.Speaker.ToString(), s.Name, ReportLists.Of(s.Statements, sc => new StatementEntry
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
            }),
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
            }),
            Contradictions = Lazily(claims.Contradictions, c => new ContradictionEntry(
                numberOf[c], c.Kind, c.Proposition, ReportLists.Of([.. c.About.Events.Select(e => e.Value), .. c.About.Actors.Select(a => a.Value)], id => id), ReportLists.Of(c.First, claim => claim.Id.ToString()), ReportLists.Of(c.Second, claim => claim.Id.ToString()))),
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
            }),
            IndependentSources = Lazily(claims.IndependentSources, s => new IndependentSourceEntry(ReportLists.Of(s.Members, Named), s.Claims)),
            DisputedEvents = Lazily(claims.DisputedEvents, d => new DisputedEventEntry(
                d.Event.Id.Value, d.Event.Summary, d.IsMarkedDisputed, ReportLists.Of(d.For, Named), ReportLists.Of(d.Against, Named), ReportLists.Of(d.Contradictions, c => numberOf[c]))),
        };
    }

    /// <summary>A section of an entry per item, made each time it is written rather than held beside the analyses.</summary>
    private static ReportSection<TEntry> Lazily<T, TEntry>(ImmutableArray<T> items, Func<T, TEntry> entry) => new(items.Length, () => items.Select(entry));

    /// <summary>The timeline's events, in its order, each with its entry in the report.</summary>
    private static ImmutableArray<(Event Event, TimelineEntry Entry)> TimelineOf(Timeline timeline, DatasetIndex index)
    {
        var events = ImmutableArray.CreateBuilder<(Event, TimelineEntry)>(timeline.Entries.Length);
        foreach (var dated in timeline.Dated)
        {
            if (dated.Event is { } e)
            {
                events.Add((e, Entry(dated.Entry, e, index) with { Duration = DurationOf(dated), Span = dated.Span, Precision = dated.Time.Precision }));
            }
        }

        foreach (var undated in timeline.Undated)
        {
            if (undated.Event is { } e)
            {
                events.Add((e, Entry(undated, e, index)));
            }
        }

        return events.DrainToImmutable();
    }

    /// <summary>How long the text says the event lasted, or else how long its interval is when both ends are known.</summary>
    private static string? DurationOf(DatedTimelineEntry entry)
    {
        if (entry.Duration is { } stated)
        {
            return Words.Duration(stated);
        }

        if (!entry.Time.IsInterval || !entry.Span.HasStart || !entry.Span.HasEnd)
        {
            return null;
        }

        var (start, end) = (entry.Span.Start.InUtc().LocalDateTime, entry.Span.End.InUtc().LocalDateTime);
        return Words.Duration(NodaTime.Period.Between(start, end, NodaTime.PeriodUnits.YearMonthDay | NodaTime.PeriodUnits.HourMinuteSecond));
    }

    private static TimelineEntry Entry(Analysis.TimelineEntry entry, Event e, DatasetIndex index) => new()
    {
        IsMarked = !entry.IsRealized,
        EventId = e.Id.ToString(),
        Status = e.Status,
        Type = e.Type,
        Summary = e.Summary,
        Time = e.Time?.ToString("V", CultureInfo.InvariantCulture),
        Duration = e.Time?.Duration is { } duration ? Words.Duration(duration) : null,
        Expression = e.Time?.Expression,
        Place = e.Place?.Name,
        Participants = ReportLists.Of(e.Participants, p => new ParticipantEntry(p.Actor.ToString(), index.NameOf(p.Actor), p.Role)),
    };
}
