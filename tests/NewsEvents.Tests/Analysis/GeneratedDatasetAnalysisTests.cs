using NewsEvents.Analysis;
using NewsEvents.Generation;

namespace NewsEvents.Tests.Analysis;

/// <summary>The analyses on a dataset of the synthetic generator: everything is accounted for, nothing is lost or doubled.</summary>
public sealed class GeneratedDatasetAnalysisTests
{
    private static readonly Dataset Generated = new SyntheticDatasetGenerator(5, SyntheticDatasetOptions.ForEvents(2000)).GenerateDataset();

    private static readonly DatasetIndex Index = DatasetIndex.Build(Generated);

    [Fact]
    public void The_index_groups_every_event_and_claim_as_a_scan_of_the_dataset_does()
    {
        foreach (var type in Generated.Events.Select(e => e.Type).Distinct())
        {
            Index.EventsOfType(type).Should().Equal(Generated.Events.Where(e => e.Type == type));
        }

        foreach (var status in Enum.GetValues<EventStatus>())
        {
            Index.EventsWithStatus(status).Should().Equal(Generated.Events.Where(e => e.Status == status));
        }

        foreach (var place in Generated.Events.Where(e => e.Place is not null).Select(e => e.Place!.Name).Distinct())
        {
            Index.EventsAt(place.ToUpperInvariant()).Should().Equal(Generated.Events.Where(e => string.Equals(e.Place?.Name.Trim(), place.Trim(), StringComparison.OrdinalIgnoreCase)));
        }

        foreach (var country in Generated.Events.Select(e => e.Place?.Country).OfType<string>().Distinct())
        {
            Index.EventsInCountry(country).Should().Equal(Generated.Events.Where(e => string.Equals(e.Place?.Country, country, StringComparison.OrdinalIgnoreCase)));
        }

        foreach (var actor in Generated.Actors.Select(a => a.Id).Take(200))
        {
            Index.EventsOf(actor).Should().Equal(Generated.Events.Where(e => e.Participants.Any(p => p.Actor == actor)));
            Index.ClaimsRelayedBy(actor).Should().Equal(Generated.Claims.Where(c => c.Attribution.Contains(actor)));
        }
    }

    [Fact]
    public void The_timeline_holds_every_event_once_in_comparer_order()
    {
        var timeline = Timeline.Build(Index, new TimelineFilter { IncludeStatements = true });

        timeline.Entries.Should().HaveCount(Generated.Events.Length + Generated.Statements.Length);
        timeline.Entries.Select(e => (e.Kind, e.Id)).Should().OnlyHaveUniqueItems();
        timeline.Dated.Select(e => e.Time!).Should().BeInAscendingOrder(new TimeValueComparer(Index.DefaultZone));
        (timeline.Realized.Length + timeline.Disputed.Length + timeline.Unrealized.Length).Should().Be(timeline.Entries.Length);
    }

    [Fact]
    public void Every_claim_is_assessed_once_and_every_statement_heard_once()
    {
        var claims = ClaimsAnalysis.Build(Index);
        var said = WhoSaidWhat.Build(Index);

        claims.Claims.Should().HaveCount(Generated.Claims.Length);
        claims.Propositions.Sum(p => p.Claims.Length).Should().Be(Generated.Claims.Length);
        claims.Claims.Should().OnlyContain(c => c.SourceCount >= 1 && (c.Status == ClaimStatus.Contested) == c.IsContested);
        claims.Sources.Sum(s => s.AsClaimant.Claims).Should().Be(Generated.Claims.Length);
        said.Speakers.Sum(s => s.Statements.Length).Should().Be(Generated.Statements.Length);
    }

    [Fact]
    public void The_network_counts_each_item_behind_each_edge_and_every_actor_is_a_node()
    {
        var network = ActorNetwork.Build(Index);

        network.Nodes.Select(n => n.Id).Should().Contain(Generated.Actors.Select(a => a.Id));
        network.Edges.Where(e => e.Kind == NetworkEdgeKind.Relation).Sum(e => e.Weight)
            .Should().Be(Generated.Relations.Count(r => r.Source != r.Target));
        network.Nodes.Sum(n => n.Degree).Should().Be(2 * network.Ties.Length);
        network.ToDot().Should().Be(ActorNetwork.Build(Index).ToDot());
    }

    [Fact]
    public void The_edges_packed_into_longs_are_in_the_order_the_comparison_sort_gives()
    {
        var packed = ActorNetwork.Build(Index);
        var compared = ActorNetwork.Build(Index, null, byComparison: true);

        packed.Edges.Should().HaveCountGreaterThan(1000);
        packed.Edges.Should().Equal(compared.Edges);
        packed.Ties.Should().Equal(compared.Ties);
        packed.Nodes.Should().Equal(compared.Nodes);
        packed.ToDot().Should().Be(compared.ToDot());
    }

    [Fact]
    public void Every_evidence_span_is_found_by_citing_it()
    {
        foreach (var claim in Generated.Claims.Take(200))
        {
            foreach (var span in claim.Evidence)
            {
                Index.Citing(span).Should().Contain(c => c.Kind == CitedKind.Claim && c.Id == claim.Id.Value);
            }
        }
    }
}
