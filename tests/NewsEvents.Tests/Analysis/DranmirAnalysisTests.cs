using NewsEvents.Analysis;
using NewsEvents.Samples;
using static NewsEvents.Tests.Analysis.AnalysisData;

namespace NewsEvents.Tests.Analysis;

/// <summary>The analyses on the second sample (clashes in Dranmir, a fictional wire story), pinned.</summary>
public sealed class DranmirAnalysisTests
{
    private static readonly DatasetIndex Index = DatasetIndex.Build(SampleDatasets.DranmirClashes);

    [Fact]
    public void Who_fired_first_is_disputed_with_the_spokesman_for_and_the_commander_against()
    {
        var disputed = ClaimsAnalysis.Build(Index).DisputedEvents.Single();

        disputed.Event.Id.Value.Should().Be("first-shots");
        disputed.IsMarkedDisputed.Should().BeTrue();
        disputed.For.Should().Equal(A("brannick"));
        disputed.Against.Should().Equal(A("varsh"));
        disputed.Contradictions.Select(c => c.Kind).Should().Equal(ContradictionKind.ExplicitLink, ContradictionKind.OppositePolarity);
    }

    [Fact]
    public void The_rival_tolls_contest_each_other_about_the_clash_without_making_it_disputed()
    {
        var claims = ClaimsAnalysis.Build(Index);

        var tolls = claims.Contradictions[0];
        tolls.First.Select(c => c.Id.Value).Should().Equal("government-toll");
        tolls.Second.Select(c => c.Id.Value).Should().Equal("nlf-toll");
        tolls.About.Events.Select(e => e.Value).Should().Equal("dranmir-clashes");
        claims.DisputedEvents.Should().NotContain(d => d.Event.Id == new EventId("dranmir-clashes"));
        claims.Assess(new ClaimId("nlf-toll"))!.SourceCount.Should().Be(1, "the government's toll is a rival figure, not a second source");
    }

    [Fact]
    public void Kestland_mediates_between_the_government_and_the_rebels()
    {
        var kestland = ActorSides.Build(Index).MediatorOf(A("kestland"))!;

        kestland.Between.Should().Equal(A("morvania-government"), A("nlf"));
        kestland.Hosts.Should().BeEmpty();
        kestland.Backers.Should().BeEmpty();
    }

    [Fact]
    public void The_bridge_retaken_by_Thursday_evening_sits_at_its_end_not_first()
    {
        var ids = Timeline.Build(Index).Dated.Select(e => e.Id).ToList();

        ids[0].Should().Be("nlf-uprising");
        ids.IndexOf("bridge-retaken").Should().Be(ids.IndexOf("dranmir-clashes") + 1);
    }
}
