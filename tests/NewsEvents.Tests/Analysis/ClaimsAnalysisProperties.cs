using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NewsEvents.Analysis;

namespace NewsEvents.Tests.Analysis;

/// <summary>
/// Properties of the claims analysis on small generated stories whose claims often share a
/// proposition, a subject, a time, a figure, a claimant and affiliations: more sources never appear
/// from a relay or an affiliate, and the order of the data never changes a result.
/// </summary>
public sealed class ClaimsAnalysisProperties
{
    private static readonly string[] ActorIds = ["a0", "a1", "a2", "a3", "a4", "a5"];

    private static Gen<T?> OrNull<T>(Gen<T> gen)
        where T : class => Gen.Frequency((1, Gen.Constant<T?>(null)), (2, gen.Select(v => (T?)v)));

    private static Gen<TimeValue> Day => Gen.Choose(1, 3).Select(d => TimeValue.Day(2020, 1, d));

    private static Gen<Claim> ClaimOf(int i, int count) =>
        from claimant in Gen.Elements(ActorIds)
        from proposition in Gen.Elements("p0", "p1", "p2")
        from polarity in Gen.Elements(Enum.GetValues<ClaimPolarity>())
        from events in Gen.Elements("e0", "e1", "e2").ArrayOf().Select(e => e.Distinct().Take(2).ToArray())
        from actors in Gen.Elements(ActorIds).ArrayOf().Select(a => a.Distinct().Take(1).ToArray())
        from time in OrNull(Day)
        from figure in Gen.Elements(0, 10, 12)
        from relays in Gen.Elements(ActorIds).ArrayOf().Select(r => r.Take(2).ToArray())
        from links in Gen.Zip(Gen.Elements(Enum.GetValues<ClaimLinkType>()), Gen.Choose(0, count - 1)).ArrayOf().Select(l => l.Take(2).ToArray())
        select new Claim
        {
            Id = new ClaimId($"c{i}"),
            Claimant = new ActorId(claimant),
            Proposition = proposition,
            Polarity = polarity,
            Certainty = ClaimCertainty.Certain,
            Time = time,
            About = new ClaimSubjects { Events = [.. events.Select(e => new EventId(e))], Actors = [.. actors.Select(a => new ActorId(a))] },
            Attribution = [.. relays.Select(r => new ActorId(r))],
            Quantities = figure == 0 ? [] : [new Quantity(QuantityKind.Killed, figure)],
            Links = [.. links.Select(l => new ClaimLink(l.Item1, new ClaimId($"c{l.Item2}")))],
        };

    private static Gen<Relation> RelationOf(int i) =>
        from source in Gen.Elements(ActorIds)
        from target in Gen.Elements(ActorIds)
        from type in Gen.Elements(Enum.GetValues<RelationType>())
        from time in OrNull(Day)
        select new Relation { Id = new RelationId($"r{i}"), Type = type, Source = new ActorId(source), Target = new ActorId(target), Time = time };

    private static Gen<Dataset> Story =>
        from kinds in Gen.Elements(ActorKind.Person, ActorKind.Government, ActorKind.MediaOutlet).ArrayOf(ActorIds.Length)
        from claimCount in Gen.Choose(1, 12)
        from claims in Gen.CollectToArray(Enumerable.Range(0, claimCount), i => ClaimOf(i, claimCount))
        from relationCount in Gen.Choose(0, 5)
        from relations in Gen.CollectToArray(Enumerable.Range(0, relationCount), RelationOf)
        from statuses in Gen.Elements(Enum.GetValues<EventStatus>()).ArrayOf(3)
        select new Dataset
        {
            Id = new DatasetId("story"),
            Actors = [.. ActorIds.Select((id, i) => new Actor { Id = new ActorId(id), Name = id, Kind = kinds[i] })],
            Events = [.. statuses.Select((s, i) => new Event { Id = new EventId($"e{i}"), Type = EventType.Fighting, Status = s })],
            Claims = [.. claims],
            Relations = [.. relations],
        };

    [Property(MaxTest = 300)]
    public Property Adding_a_relay_never_raises_the_count_of_independent_sources() =>
        Prop.ForAll(Arb.From(
            from d in Story
            from at in Gen.Choose(0, d.Claims.Length - 1)
            from relay in Gen.Elements(ActorIds)
            select (d, at, relay)), t =>
        {
            var (dataset, at, relay) = t;
            var relayed = dataset with { Claims = dataset.Claims.SetItem(at, dataset.Claims[at] with { Attribution = [.. dataset.Claims[at].Attribution, new ActorId(relay)] }) };

            ClaimsAnalysis.Build(relayed).IndependentSources.Length.Should().BeLessThanOrEqualTo(ClaimsAnalysis.Build(dataset).IndependentSources.Length);
            SourceCounts(relayed).Should().Equal(SourceCounts(dataset), "a relay is never a source");
        });

    [Property(MaxTest = 300)]
    public Property Adding_an_affiliated_actor_never_raises_the_count_of_independent_sources() =>
        Prop.ForAll(Arb.From(
            from d in Story
            from at in Gen.Choose(0, d.Claims.Length - 1)
            from type in Gen.Elements(RelationType.HoldsOffice, RelationType.MemberOf, RelationType.Leads)
            select (d, at, type)), t =>
        {
            var (dataset, at, type) = t;
            var before = ClaimsAnalysis.Build(dataset);
            var origin = before.Claims[at].Origin;
            var spokesman = new ActorId("spokesman");
            var affiliated = dataset with
            {
                Actors = dataset.Actors.Add(new Actor { Id = spokesman, Name = "spokesman", Kind = ActorKind.Person }),
                Claims = dataset.Claims.Add(dataset.Claims[at] with { Id = new ClaimId("spokesman-says"), Claimant = spokesman, Links = [] }),
                Relations = dataset.Relations.Add(new Relation { Id = new RelationId("spokesman-of"), Type = type, Source = spokesman, Target = origin }),
            };

            ClaimsAnalysis.Build(affiliated).IndependentSources.Length.Should().BeLessThanOrEqualTo(before.IndependentSources.Length);

            // Affiliating two actors already in the story never adds a source either.
            var joined = dataset with { Relations = dataset.Relations.Add(new Relation { Id = new RelationId("joins"), Type = type, Source = dataset.Claims[0].Claimant, Target = origin }) };
            ClaimsAnalysis.Build(joined).IndependentSources.Length.Should().BeLessThanOrEqualTo(before.IndependentSources.Length);
        });

    [Property(MaxTest = 300)]
    public Property The_claims_analysis_of_a_dataset_and_of_any_permutation_of_it_agree() =>
        Prop.ForAll(Arb.From(
            from dataset in Story
            from claims in Gen.Shuffle(dataset.Claims.ToArray())
            from relations in Gen.Shuffle(dataset.Relations.ToArray())
            from events in Gen.Shuffle(dataset.Events.ToArray())
            from actors in Gen.Shuffle(dataset.Actors.ToArray())
            select (dataset, dataset with { Claims = [.. claims], Relations = [.. relations], Events = [.. events], Actors = [.. actors] })), t =>
        {
            var (dataset, permuted) = t;
            Summary(ClaimsAnalysis.Build(permuted)).Should().BeEquivalentTo(Summary(ClaimsAnalysis.Build(dataset)), o => o.WithStrictOrdering());
        });

    private static List<int> SourceCounts(Dataset dataset) => [.. ClaimsAnalysis.Build(dataset).Claims.Select(c => c.SourceCount)];

    /// <summary>Everything the analysis says, in an order that does not depend on the data's.</summary>
    private static List<string> Summary(ClaimsAnalysis analysis)
    {
        static string Ids(IEnumerable<Claim> claims) => string.Join(",", claims.Select(c => c.Id.Value).Order(StringComparer.Ordinal));
        static string Actors(IEnumerable<ActorId> actors) => string.Join(",", actors.Select(a => a.Value).Order(StringComparer.Ordinal));

        var claims = analysis.Claims.Select(c =>
            $"{c.Claim.Id}: {c.Status} origin {c.Origin} sources {Actors(c.Sources)} against {Ids(c.ContradictedBy)} ({c.ContradictedByCount}) in {c.Contradictions.Length}");
        var contradictions = analysis.Contradictions.Select(c =>
            c.Kind == ContradictionKind.ExplicitLink
                ? $"link {Ids(c.First.Concat(c.Second))} about {c.About}"
                : $"{c.Proposition}: {Ids(c.First)} vs {Ids(c.Second)} about {c.About}");
        var propositions = analysis.Propositions.Select(p => $"{p.Key}: {Ids(p.Claims)} for {Actors(p.AssertedBy)} against {Actors(p.DeniedBy)}");
        var sources = analysis.IndependentSources.Select(s => s.ToString());
        var disputed = analysis.DisputedEvents.Select(d => $"{d.Event.Id} {Actors(d.For)} vs {Actors(d.Against)} in {d.Contradictions.Length}");
        var figures = FiguresAnalysis.Build(analysis).Groups.Select(g =>
            $"{g.Event} {g.Proposition} {g.Kind}: {string.Join(",", g.Figures.Select(f => $"{f.Claim?.Id}={f.Quantity}").Order(StringComparer.Ordinal))} {Actors(g.Sources)} {g.IsDisputed} {g.RangesOverlap}");
        return [.. claims.Concat(contradictions).Concat(propositions).Concat(disputed).Concat(figures).Order(StringComparer.Ordinal).Concat(sources)];
    }
}
