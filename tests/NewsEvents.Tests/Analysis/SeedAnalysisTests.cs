using NewsEvents.Analysis;
using NewsEvents.Samples;
using static NewsEvents.Tests.Analysis.AnalysisData;

namespace NewsEvents.Tests.Analysis;

/// <summary>The analyses on the seed dataset (the Moscow talks of 13 January 2020), pinned.</summary>
public sealed class SeedAnalysisTests
{
    private static readonly DatasetIndex Index = DatasetIndex.Build(SampleDatasets.MoscowTalks);

    private static ClaimAssessment ClaimOf(ClaimsAnalysis analysis, string claimant, string proposition) =>
        analysis.Claims.Single(c => c.Claim.Claimant == A(claimant) && ClaimsAnalysis.KeyOf(c.Claim.Proposition) == ClaimsAnalysis.KeyOf(proposition));

    [Fact]
    public void Turkey_is_on_the_side_of_Serraj_and_the_UAE_Egypt_Jordan_and_the_Russian_contractors_on_Haftars()
    {
        var sides = ActorNetwork.Build(Index).Sides;

        var lna = sides.SideOf(A("lna"))!;
        lna.Members.Should().Contain([A("haftar"), A("uae"), A("egypt"), A("jordan"), A("russian-contractors")]);
        var tripoli = sides.SideOf(A("serraj"))!;
        tripoli.Members.Should().Contain([A("tripoli-government"), A("turkey")]);
        lna.Opposes.Should().Equal(tripoli.Number);
        tripoli.Opposes.Should().Equal(lna.Number);
        sides.AreOpposed(A("uae"), A("turkey")).Should().BeTrue();
        sides.SideOf(A("russia")).Should().BeNull();
        sides.Conflicts.Should().BeEmpty();
    }

    [Fact]
    public void Russia_and_Turkey_mediate_the_talks_and_Turkey_is_also_on_a_side()
    {
        var sides = ActorSides.Build(Index);

        var russia = sides.MediatorOf(A("russia"))!;
        var turkey = sides.MediatorOf(A("turkey"))!;
        russia.Between.Should().Contain([A("lna"), A("tripoli-government")]);
        turkey.Between.Should().Contain([A("lna"), A("tripoli-government")]);
        russia.IsPartisan.Should().BeFalse();
        turkey.IsPartisan.Should().BeTrue();
        turkey.Side.Should().Be(sides.SideOf(A("serraj"))!.Number);
        russia.BetweenSides.Should().Equal(turkey.BetweenSides).And.HaveCount(2);
    }

    [Fact]
    public void Haftar_has_left_Moscow_is_corroborated_by_two_independent_sources()
    {
        var claims = ClaimsAnalysis.Build(Index);

        var group = claims.Proposition("Haftar has left Moscow")!;
        group.AssertedBy.Should().HaveCount(2);
        foreach (var claim in group.Claims)
        {
            var assessed = claims.Assess(claim.Id)!;
            assessed.Status.Should().Be(ClaimStatus.Corroborated);
            assessed.Sources.Should().Equal(group.AssertedBy);
        }

        // Both came through the same relays (The Moscow Times running Reuters): relays are not sources.
        group.Claims.Select(c => c.Attribution.Length).Should().OnlyContain(n => n > 0);
    }

    [Fact]
    public void The_mutual_accusations_of_truce_violations_contradict_each_other()
    {
        var claims = ClaimsAnalysis.Build(Index);

        var byTripoli = ClaimOf(claims, "tripoli-government", "The LNA violated the truce");
        var byLna = ClaimOf(claims, "lna", "Forces of the Tripoli government violated the truce");
        byTripoli.Status.Should().Be(ClaimStatus.Contested);
        byLna.Status.Should().Be(ClaimStatus.Contested);
        byTripoli.ContradictedBy.Should().Contain(byLna.Claim);
        claims.Contradictions.Should().ContainSingle(c => c.Kind == ContradictionKind.ExplicitLink && c.Involves(byTripoli.Claim.Id) && c.Involves(byLna.Claim.Id));
    }

    [Fact]
    public void Haftar_asking_for_time_stands_against_Haftar_will_not_sign()
    {
        var claims = ClaimsAnalysis.Build(Index);

        var willNotSign = claims.Claims.Single(c => c.Claim.Polarity == ClaimPolarity.Negative && c.Claim.Proposition.Contains("will sign", StringComparison.Ordinal));
        var askedForTime = claims.Claims.Single(c => c.Claim.Proposition.Contains("asked for", StringComparison.Ordinal));
        askedForTime.Status.Should().Be(ClaimStatus.Contested);
        willNotSign.Status.Should().Be(ClaimStatus.Contested);
        askedForTime.ContradictedBy.Should().Equal(willNotSign.Claim);
    }

    [Fact]
    public void Source_profiles_show_the_relays_of_the_article()
    {
        var claims = ClaimsAnalysis.Build(Index);
        var dataset = Index.Dataset;

        var reuters = claims.ProfileOf(A("reuters"))!;
        reuters.AsRelay.Claims.Should().Be(dataset.Claims.Count(c => c.Attribution.Contains(A("reuters"))));
        reuters.AsClaimant.Claims.Should().Be(dataset.Claims.Count(c => c.Claimant == A("reuters")));
        claims.ProfileOf(A("tass"))!.Channels.Should().Equal(StatementChannel.NewsAgencyReport);
        claims.Sources.Sum(s => s.AsClaimant.Claims).Should().Be(dataset.Claims.Length);
    }

    [Fact]
    public void The_timeline_starts_in_2011_marks_what_did_not_happen_and_keeps_undated_events_apart()
    {
        var timeline = Timeline.Build(Index);

        // 2011 before "since 2011"; an open start (the airport "had resumed" by the anchor day) sits at its end, not first.
        timeline.Dated.Take(4).Select(e => e.Id).Should().Equal("gaddafi-toppled", "libya-chaos", "abu-dhabi-meeting", "abu-dhabi-breakdown");
        var ids = timeline.Dated.Select(e => e.Id).ToList();
        ids.IndexOf("mitiga-resumes").Should().Be(ids.IndexOf("late-shelling") + 1, "it is known only to have ended by 14 January, after the night of the 13th began");
        ids.IndexOf("benghazi-rally").Should().Be(ids.IndexOf("mitiga-resumes") + 1);
        timeline.Entries.Should().HaveCount(Index.Dataset.Events.Length);
        timeline.Undated.Should().OnlyContain(e => e.Time == null).And.HaveCount(Index.UndatedEvents.Length);
        timeline.Unrealized.Select(e => e.Id).Should().Contain(["haftar-decision", "berlin-summit", "haftar-signature", "open-ended-ceasefire"]);
        timeline.Realized.Select(e => e.Id).Should().Contain("moscow-talks").And.NotContain("berlin-summit");
        var byWhereKnown = timeline.Dated.Select(e => e.Span.HasStart ? e.Span.Start : e.Span.End).ToList();
        byWhereKnown.Should().BeInAscendingOrder();
    }

    [Fact]
    public void Who_said_what_on_the_seed()
    {
        var who = WhoSaidWhat.Build(Index);

        var lavrov = who.Of(A("lavrov"))!;
        lavrov.Statements.Should().HaveCount(2);
        lavrov.Statements.Should().Contain(s => s.IsDirectQuote);
        lavrov.Statements.SelectMany(s => s.Claims).Should().HaveCount(2);
        who.Speakers.Sum(s => s.Statements.Length).Should().Be(Index.Dataset.Statements.Length);
        who.Speakers.Sum(s => s.Statements.Sum(x => x.Claims.Length) + s.OtherClaims.Length).Should().Be(Index.Dataset.Claims.Length);
    }

    [Fact]
    public void The_network_of_the_seed_exports_and_knows_the_strongest_ties()
    {
        var network = ActorNetwork.Build(Index);

        network.Nodes.Should().HaveCount(Index.Dataset.Actors.Length);
        // The warring parties, then the two mediators, then the two leaders.
        network.StrongestTies(3).Select(t => (t.First.Value, t.Second.Value)).Should().Equal(
            ("lna", "tripoli-government"), ("russia", "turkey"), ("haftar", "serraj"));
        network.Neighbours(A("turkey")).Should().Contain([A("serraj"), A("russia"), A("lna")]);
        network.Nodes.Should().Contain(n => n.Degree == 0); // the outlets relay claims but take part in nothing
        network.ToDot().Should().Contain("cluster_side_1").And.EndWith("}\n");
        network.ToMermaid().Should().StartWith("graph LR\n");
    }

    [Fact]
    public void Every_quoted_span_is_found_by_the_items_citing_it()
    {
        var claim = Index.Dataset.Claims.First(c => !c.Evidence.IsEmpty);
        var span = claim.Evidence[0];

        Index.Citing(span).Should().Contain(c => c.Kind == CitedKind.Claim && c.Id == claim.Id.Value);
    }

    [Fact]
    public void The_mediated_talks_keep_their_host_apart_from_the_parties()
    {
        var sides = ActorSides.Build(Index);

        var turkey = sides.MediatorOf(A("turkey"))!;
        turkey.Hosts.Should().Equal(A("russia"));
        turkey.Between.Should().NotContain([A("russia"), A("turkey")]);
        turkey.Backers.Should().BeEmpty();
        sides.MediatorOf(A("russia"))!.Hosts.Should().BeEmpty("Russia hosts the talks it mediates itself");
    }

    [Fact]
    public void The_seeds_contradictions_are_each_about_one_thing_and_no_event_is_disputed()
    {
        var claims = ClaimsAnalysis.Build(Index);

        claims.Contradictions.Select(c => $"{c} about {c.About}").Should().Equal(
            "haftar-asked-for-time vs haftar-will-not-sign (ExplicitLink) about haftar",
            "lna-violated-truce vs tripoli-violated-truce (ExplicitLink) about sunday-ceasefire, truce-skirmishes");
        claims.DisputedEvents.Should().BeEmpty("no event of the seed is marked disputed or both asserted and denied");
        claims.IndependentSources.Should().HaveCount(12);
    }
}
