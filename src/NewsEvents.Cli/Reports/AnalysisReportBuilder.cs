using System.Globalization;
using System.Collections.Immutable;
using NewsEvents.Analysis;

namespace NewsEvents.Cli.Reports;

/// <summary>Builds the <see cref="AnalysisReport"/> of a dataset from the library's analyses.</summary>
internal static class AnalysisReportBuilder
{
    public static AnalysisReport Build(Dataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var index = DatasetIndex.Build(dataset);
        var sides = ActorSides.Build(index);
        var claims = ClaimsAnalysis.Build(index);
        NamedActor Named(ActorId id) => new(id.ToString(), index.NameOf(id));

        return new AnalysisReport
        {
            DatasetId = dataset.Id.ToString(),
            Title = dataset.Title,
            SchemaVersion = dataset.SchemaVersion,
            Counts = new ReportCounts(dataset.Documents.Length, dataset.Actors.Length, dataset.Events.Length, dataset.Statements.Length, dataset.Claims.Length, dataset.Relations.Length),
            Documents = [.. dataset.Documents.Select(d => new DocumentEntry(d.Id.ToString(), d.Title, d.Publisher, d.Agency, d.Published?.ToString("V", CultureInfo.InvariantCulture), d.Url))],
            Timeline = [.. Timeline.Build(index).Entries.Where(e => e.Event is not null).Select(e => Entry(e.Event!, index))],
            Actors = [.. dataset.Actors.Select(a => new ActorEntry
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
            })],
            Sides = [.. sides.Coalitions.Select(c => new SideEntry(c.Number, [.. c.Members.Select(Named)], c.Opposes))],
            Mediators = [.. sides.Mediators.Select(m => new MediatorEntry(Named(m.Actor), [.. m.Between.Select(Named)], m.BetweenSides, m.Side))],
            Speakers = [.. WhoSaidWhat.Build(index).Speakers.Select(s => new SpeakerEntry(s.Speaker.ToString(), s.Name, [.. s.Statements.Select(sc => new StatementEntry
            {
                Id = sc.Statement.Id.ToString(),
                Channel = sc.Channel,
                Mode = sc.Mode,
                Content = sc.Statement.Content,
                Time = sc.Statement.Time?.ToString("V", CultureInfo.InvariantCulture),
                Claims = [.. sc.Claims.Select(c => c.Id.ToString())],
            })])
            {
                OtherClaims = [.. s.OtherClaims.Select(c => c.Id.ToString())],
            })],
            Claims = [.. claims.Claims.Select(a => new ClaimEntry
            {
                Id = a.Claim.Id.ToString(),
                ClaimantId = a.Claim.Claimant.ToString(),
                Claimant = index.NameOf(a.Claim.Claimant),
                Proposition = a.Claim.Proposition,
                Polarity = a.Claim.Polarity,
                Certainty = a.Claim.Certainty,
                Attribution = [.. a.Claim.Attribution.Select(index.NameOf)],
                Links = [.. a.Claim.Links.Select(l => $"{Words.Spaced(l.Type)} {l.Target}")],
                Status = a.Status,
                Sources = [.. a.Sources.Select(index.NameOf)],
                ContradictedBy = [.. a.ContradictedBy.Select(c => c.ToString())],
            })],
        };
    }

    private static TimelineEntry Entry(Event e, DatasetIndex index) => new()
    {
        EventId = e.Id.ToString(),
        Status = e.Status,
        Type = e.Type,
        Summary = e.Summary,
        Time = e.Time?.ToString("V", CultureInfo.InvariantCulture),
        Duration = e.Time?.Duration is { } duration ? NodaTime.Text.PeriodPattern.Roundtrip.Format(duration) : null,
        Expression = e.Time?.Expression,
        Place = e.Place?.Name,
        Participants = [.. e.Participants.Select(p => new ParticipantEntry(p.Actor.ToString(), index.NameOf(p.Actor), p.Role))],
    };
}
