using System.Collections.Immutable;

namespace NewsEvents.Cli.Reports;

/// <summary>Builds the <see cref="AnalysisReport"/> of a dataset.</summary>
internal static class AnalysisReportBuilder
{
    public static AnalysisReport Build(Dataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var names = new Dictionary<ActorId, string>();
        foreach (var actor in dataset.Actors)
        {
            names.TryAdd(actor.Id, actor.Name);
        }

        string NameOf(ActorId id) => names.TryGetValue(id, out var name) ? name : id.ToString();

        return new AnalysisReport
        {
            DatasetId = dataset.Id.ToString(),
            Title = dataset.Title,
            SchemaVersion = dataset.SchemaVersion,
            Counts = new ReportCounts(dataset.Documents.Length, dataset.Actors.Length, dataset.Events.Length, dataset.Statements.Length, dataset.Claims.Length, dataset.Relations.Length),
            Documents = [.. dataset.Documents.Select(d => new DocumentEntry(d.Id.ToString(), d.Title, d.Publisher, d.Agency, d.Published?.ToString(), d.Url))],
            Timeline = Timeline(dataset, NameOf),
            Actors = Actors(dataset),
            Speakers = Speakers(dataset, NameOf),
            Claims = [.. dataset.Claims.Select(c => new ClaimEntry
            {
                Id = c.Id.ToString(),
                Claimant = NameOf(c.Claimant),
                Proposition = c.Proposition,
                Polarity = c.Polarity,
                Certainty = c.Certainty,
                Attribution = [.. c.Attribution.Select(NameOf)],
                Links = [.. c.Links.Select(l => $"{Words.Spaced(l.Type)} {l.Target}")],
            })],
        };
    }

    private static ImmutableArray<TimelineEntry> Timeline(Dataset dataset, Func<ActorId, string> nameOf)
    {
        // Events with a time first, in the library's precision-aware order (finer before coarser on
        // the same start; zone-less times read in the first document's zone); events without a time
        // last; the dataset's order breaks every tie, so the order is stable.
        var zone = dataset.Documents.Select(d => d.Published?.Zone).FirstOrDefault(z => z is not null) ?? NodaTime.DateTimeZone.Utc;
        var order = new TimeValueComparer(zone);
        var ordered = dataset.Events
            .Select((e, index) => (Event: e, Index: index))
            .OrderBy(x => x.Event.Time is null)
            .ThenBy(x => x.Event.Time!, order)
            .ThenBy(x => x.Index);
        return [.. ordered.Select(x => new TimelineEntry
        {
            EventId = x.Event.Id.ToString(),
            Status = x.Event.Status,
            Type = x.Event.Type,
            Summary = x.Event.Summary,
            Time = x.Event.Time?.ToString(),
            Expression = x.Event.Time?.Expression,
            Place = x.Event.Place?.Name,
            Participants = [.. x.Event.Participants.Select(p => new ParticipantEntry(p.Actor.ToString(), nameOf(p.Actor), p.Role))],
        })];
    }

    private static ImmutableArray<ActorEntry> Actors(Dataset dataset)
    {
        var events = new Dictionary<ActorId, int>();
        var statements = new Dictionary<ActorId, int>();
        var claims = new Dictionary<ActorId, int>();
        var relations = new Dictionary<ActorId, int>();
        foreach (var e in dataset.Events)
        {
            foreach (var actor in e.Participants.Select(p => p.Actor).Distinct())
            {
                Increment(events, actor);
            }
        }

        foreach (var s in dataset.Statements)
        {
            Increment(statements, s.Speaker);
        }

        foreach (var c in dataset.Claims)
        {
            Increment(claims, c.Claimant);
        }

        foreach (var r in dataset.Relations)
        {
            Increment(relations, r.Source);
            if (r.Target != r.Source)
            {
                Increment(relations, r.Target);
            }
        }

        return [.. dataset.Actors.Select(a => new ActorEntry
        {
            Id = a.Id.ToString(),
            Name = a.Name,
            Kind = a.Kind,
            Country = a.Country,
            Events = events.GetValueOrDefault(a.Id),
            Statements = statements.GetValueOrDefault(a.Id),
            Claims = claims.GetValueOrDefault(a.Id),
            Relations = relations.GetValueOrDefault(a.Id),
        })];
    }

    private static ImmutableArray<SpeakerEntry> Speakers(Dataset dataset, Func<ActorId, string> nameOf)
    {
        var claimsByStatement = dataset.Claims
            .Where(c => c.Statement is not null)
            .ToLookup(c => c.Statement!.Value, c => c.Id.ToString());
        return [.. dataset.Statements
            .GroupBy(s => s.Speaker)
            .Select(g => new SpeakerEntry(g.Key.ToString(), nameOf(g.Key), [.. g.Select(s => new StatementEntry
            {
                Id = s.Id.ToString(),
                Channel = s.Channel,
                Mode = s.Mode,
                Content = s.Content,
                Time = s.Time?.ToString(),
                Claims = [.. claimsByStatement[s.Id]],
            })]))];
    }

    private static void Increment(Dictionary<ActorId, int> counts, ActorId id) =>
        counts[id] = counts.GetValueOrDefault(id) + 1;
}
