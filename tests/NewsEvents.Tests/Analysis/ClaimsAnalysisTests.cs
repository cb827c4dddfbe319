using NewsEvents.Analysis;
using static NewsEvents.Tests.Analysis.AnalysisData;

namespace NewsEvents.Tests.Analysis;

public sealed class ClaimsAnalysisTests
{
    private const ClaimLinkType Repeats = ClaimLinkType.Repeats;

    private static ClaimAssessment Assess(ClaimsAnalysis analysis, string id) => analysis.Assess(new ClaimId(id))!;

    [Fact]
    public void Propositions_group_by_trimmed_case_folded_text_with_white_space_collapsed()
    {
        ClaimsAnalysis.KeyOf("  Haftar has\tleft   MOSCOW ").Should().Be("haftar has left moscow");
        var analysis = ClaimsAnalysis.Build(Of(claims:
        [
            Claim("k1", "x", "Haftar has left Moscow"),
            Claim("k2", "y", " haftar has  left moscow"),
            Claim("k3", "z", "Haftar left Moscow"),
        ]));

        analysis.Propositions.Select(p => (p.Text, p.Claims.Length)).Should().Equal(("Haftar has left Moscow", 2), ("Haftar left Moscow", 1));
        analysis.Proposition("HAFTAR HAS LEFT MOSCOW")!.AssertedBy.Select(a => a.Value).Should().Equal("x", "y");
        analysis.Proposition("nothing like it").Should().BeNull();
    }

    [Fact]
    public void Long_and_non_ascii_propositions_group_by_their_case_folded_text()
    {
        // Longer than the analysis's first key buffer, with case pairs outside ASCII and outside the BMP.
        var shouted = "  Die Verhandlungen in ISTANBUL über die Waffenruhe   " + string.Concat(Enumerable.Repeat("ÉTÉ ÄRGER Σ\t", 12));
        var spoken = "die verhandlungen in istanbul\tüber die waffenruhe " + string.Join("  ", Enumerable.Repeat("été ärger σ", 12));
        var analysis = ClaimsAnalysis.Build(Of(claims:
        [
            Claim("k1", "x", shouted),
            Claim("k2", "y", "São Paulo  FLOODED"),
            Claim("k3", "z", spoken),
            Claim("k4", "w", "são paulo flooded"),
            Claim("k5", "v", "\U00010400 Deseret"),
        ]));

        var expected = "die verhandlungen in istanbul über die waffenruhe " + string.Join(" ", Enumerable.Repeat("été ärger σ", 12));
        analysis.Propositions.Select(p => (p.Key, p.Claims.Length)).Should().Equal(
            (expected, 2), ("são paulo flooded", 2), ("\U00010400 Deseret".ToLowerInvariant(), 1));
        analysis.Claims.Select(c => c.PropositionKey).Should().Equal(analysis.Claims.Select(c => ClaimsAnalysis.KeyOf(c.Claim.Proposition)));
        analysis.Proposition(shouted)!.Claims.Select(c => c.Id.Value).Should().Equal("k1", "k3");
    }

    [Fact]
    public void Two_outlets_relaying_one_agency_are_one_source()
    {
        var analysis = ClaimsAnalysis.Build(Of(claims:
        [
            Claim("via-reuters", "tass", "Haftar has left Moscow", attribution: ["moscow-times", "reuters"]),
            Claim("via-ap", "tass", "Haftar has left Moscow", attribution: ["ap"]),
        ]));

        var claim = Assess(analysis, "via-reuters");
        claim.Sources.Select(a => a.Value).Should().Equal("tass");
        claim.IsCorroborated.Should().BeFalse();
        claim.Status.Should().Be(ClaimStatus.SingleSource);
        Assess(analysis, "via-ap").Status.Should().Be(ClaimStatus.SingleSource);
    }

    [Fact]
    public void Two_independent_claimants_corroborate_whatever_relays_they_share()
    {
        var analysis = ClaimsAnalysis.Build(Of(claims:
        [
            Claim("channels", "pro-lna-channels", "Haftar has left Moscow", attribution: ["moscow-times", "reuters"]),
            Claim("tass", "tass", "Haftar has left Moscow", attribution: ["moscow-times", "reuters"]),
            Claim("tass-again", "tass", "Haftar has left Moscow", attribution: ["ap"]),
        ]));

        foreach (var claim in analysis.Claims)
        {
            claim.Sources.Select(a => a.Value).Should().Equal("pro-lna-channels", "tass");
            claim.Status.Should().Be(ClaimStatus.Corroborated);
        }
    }

    [Fact]
    public void A_repeated_claim_takes_the_origin_of_the_claim_it_repeats_through_the_whole_chain()
    {
        var analysis = ClaimsAnalysis.Build(Of(claims:
        [
            Claim("third", "outlet-c", "p", links: [(Repeats, "second")]),
            Claim("second", "outlet-b", "p", links: [(Repeats, "first")]),
            Claim("first", "agency", "p"),
        ]));

        analysis.Claims.Select(c => (c.Claim.Id.Value, c.Origin.Value, c.OriginClaim.Value)).Should().Equal(
            ("third", "agency", "first"), ("second", "agency", "first"), ("first", "agency", "first"));
        analysis.Claims.Should().OnlyContain(c => c.SourceCount == 1 && c.Status == ClaimStatus.SingleSource && !c.InRepeatCycle);
        analysis.RepeatCycles.Should().BeEmpty();
    }

    [Fact]
    public void A_repeat_of_a_different_proposition_still_counts_as_the_same_origin()
    {
        var analysis = ClaimsAnalysis.Build(Of(claims:
        [
            Claim("original", "agency", "Haftar has left Moscow"),
            Claim("repeat", "outlet", "Haftar left the Russian capital", links: [(Repeats, "original")]),
            Claim("other", "witness", "Haftar left the Russian capital"),
        ]));

        Assess(analysis, "repeat").Origin.Value.Should().Be("agency");
        Assess(analysis, "other").Sources.Select(a => a.Value).Should().Equal("agency", "witness");
        Assess(analysis, "original").Status.Should().Be(ClaimStatus.SingleSource); // repeated, by one origin
    }

    [Fact]
    public void Cycles_of_repeats_are_reported_and_not_followed_forever()
    {
        var analysis = ClaimsAnalysis.Build(Of(claims:
        [
            Claim("b", "y", "p", links: [(Repeats, "c")]),
            Claim("c", "z", "p", links: [(Repeats, "a")]),
            Claim("a", "x", "p", links: [(Repeats, "b")]),
            Claim("into", "w", "p", links: [(Repeats, "c")]),
            Claim("self", "v", "q", links: [(Repeats, "self")]),
            Claim("free", "u", "q"),
        ]));

        analysis.RepeatCycles.Select(c => string.Join(">", c.Claims)).Should().Equal("a>b>c", "self");
        analysis.RepeatCycles[0].ToString().Should().Be("a → b → c → a");
        foreach (var id in new[] { "a", "b", "c", "into" })
        {
            var claim = Assess(analysis, id);
            claim.InRepeatCycle.Should().BeTrue();
            claim.OriginClaim.Value.Should().Be("a");
            claim.Origin.Value.Should().Be("x");
            claim.SourceCount.Should().Be(1);
        }

        Assess(analysis, "self").Origin.Value.Should().Be("v");
        Assess(analysis, "free").Sources.Select(a => a.Value).Should().Equal("u", "v");
        Assess(analysis, "free").InRepeatCycle.Should().BeFalse();
    }

    [Fact]
    public void Explicit_contradicts_links_contest_both_claims_once()
    {
        var analysis = ClaimsAnalysis.Build(Of(claims:
        [
            Claim("lna-violated", "tripoli", "The LNA violated the truce", links: [(ClaimLinkType.Contradicts, "tripoli-violated")]),
            Claim("tripoli-violated", "lna", "Tripoli violated the truce", links: [(ClaimLinkType.Contradicts, "lna-violated")]),
            Claim("bystander", "x", "Something else"),
        ]));

        analysis.Contradictions.Should().ContainSingle();
        analysis.Contradictions[0].Kind.Should().Be(ContradictionKind.ExplicitLink);
        analysis.Contradictions[0].Involves(new ClaimId("tripoli-violated")).Should().BeTrue();
        Assess(analysis, "lna-violated").ContradictedBy.Select(c => c.Id.Value).Should().Equal("tripoli-violated");
        Assess(analysis, "tripoli-violated").ContradictedBy.Select(c => c.Id.Value).Should().Equal("lna-violated");
        Assess(analysis, "lna-violated").Status.Should().Be(ClaimStatus.Contested);
        Assess(analysis, "bystander").Status.Should().Be(ClaimStatus.Uncontested);
    }

    [Theory]
    [InlineData(800)]
    [InlineData(8_000)]
    public void Thousands_of_claims_for_and_against_one_proposition_make_one_contradiction_shared_by_all(int count)
    {
        // The finding: 8,000 claims of one proposition gave a 220 MB report of every pair.
        var analysis = ClaimsAnalysis.Build(Of(claims:
        [
            .. Enumerable.Range(0, count).Select(i => Claim($"c{i}", $"a{i}", "Haftar will sign", i % 2 == 0 ? ClaimPolarity.Positive : ClaimPolarity.Negative)),
            Claim("linked", "b", "Haftar will sign", links: [(ClaimLinkType.Contradicts, "c0")]),
            Claim("denier", "d", "Haftar will sign", ClaimPolarity.Negative, links: [(ClaimLinkType.Contradicts, "c0")]),
        ]));

        var group = analysis.Contradictions.Single(c => c.Kind == ContradictionKind.OppositePolarity);
        group.First.Should().HaveCount(count / 2 + 1);
        group.Second.Should().HaveCount(count / 2 + 1);
        analysis.Contradictions.Should().HaveCount(3);
        analysis.Claims.Should().OnlyContain(c => c.Status == ClaimStatus.Contested);

        // Memory linear in the claims: every claim holds the one shared group, each link one more on both ends.
        analysis.Claims.Sum(c => c.Contradictions.Length).Should().Be(count + 2 + 4);
        analysis.Claims.Where(c => c.Claim.Polarity == ClaimPolarity.Negative).Should().OnlyContain(c => ReferenceEquals(c.Contradictions[c.Contradictions.Length - 1], group));

        Assess(analysis, "c0").Contradictions.Should().HaveCount(3);
        Assess(analysis, "c0").ContradictedBy.Should().HaveCount(count / 2 + 2, "the negative claims and the positive one linking to it");
        Assess(analysis, "c0").ContradictedByCount.Should().Be(count / 2 + 2);
        Assess(analysis, "denier").ContradictedByCount.Should().Be(count / 2 + 1, "c0, which it links to, is one of the positive claims: counted once");
        Assess(analysis, "denier").ContradictedBy.Should().HaveCount(count / 2 + 1);
        Assess(analysis, "c1").ContradictedBy.First().Id.Value.Should().Be("c0");
    }

    [Fact]
    public void Claims_of_one_proposition_each_supported_from_elsewhere_hold_only_the_sources_they_add()
    {
        const int Count = 2_000;
        var analysis = ClaimsAnalysis.Build(Of(claims:
        [
            .. Enumerable.Range(0, Count).Select(i => Claim($"c{i}", $"a{i}", "Haftar will sign", links: [(ClaimLinkType.Supports, $"s{i}")])),
            .. Enumerable.Range(0, Count).Select(i => Claim($"s{i}", $"witness{i}", $"Witness {i} saw the pen")),
        ]));

        var first = Assess(analysis, "c0");
        first.SupportSources.Select(a => a.Value).Should().Equal("witness0");
        first.SourceCount.Should().Be(Count + 1);
        first.Sources.Should().HaveCount(Count + 1).And.BeInAscendingOrder(a => a.Value, StringComparer.Ordinal).And.Contain(new ActorId("witness0"));
        first.Status.Should().Be(ClaimStatus.Corroborated);

        // Linear: the proposition's sources are one shared array; each claim adds only its own supporter.
        var claims = analysis.Claims.Where(c => c.Claim.Proposition == "Haftar will sign").ToList();
        claims.Should().OnlyContain(c => c.PropositionSources == first.PropositionSources);
        claims.Sum(c => c.SupportSources.Length).Should().Be(Count);
    }

    [Fact]
    public void Results_give_the_claims_and_actors_not_only_their_ids()
    {
        var analysis = ClaimsAnalysis.Build(Of(
            actors: [Actor("x"), Actor("y")],
            claims: [Claim("yes", "x", "Haftar will sign"), Claim("no", "y", "Haftar will sign", ClaimPolarity.Negative)]));

        var yes = Assess(analysis, "yes");
        yes.SourceActors.Select(a => a.Id.Value).Should().Equal("x");
        yes.ContradictedBy.Single().Should().BeSameAs(Assess(analysis, "no").Claim);
        analysis.Contradictions.Single().Against(yes.Claim).Single().Proposition.Should().Be("Haftar will sign");
        analysis.Contradictions.Single().Against(Claim("other", "z", "Something else")).Should().BeEmpty();
    }

    [Fact]
    public void Opposite_polarity_on_one_proposition_contradicts_and_underspecified_does_not()
    {
        var analysis = ClaimsAnalysis.Build(Of(claims:
        [
            Claim("yes-1", "x", "Haftar will sign"),
            Claim("no", "y", "haftar will sign", ClaimPolarity.Negative),
            Claim("yes-2", "z", "Haftar will sign"),
            Claim("maybe", "w", "Haftar will sign", ClaimPolarity.Underspecified),
        ]));

        var contradiction = analysis.Contradictions.Single();
        contradiction.Kind.Should().Be(ContradictionKind.OppositePolarity);
        contradiction.Proposition.Should().Be("Haftar will sign");
        contradiction.First.Select(c => c.Id.Value).Should().Equal("yes-1", "yes-2");
        contradiction.Second.Select(c => c.Id.Value).Should().Equal("no");
        Assess(analysis, "yes-1").ContradictedBy.Select(c => c.Id.Value).Should().Equal("no");
        Assess(analysis, "no").ContradictedBy.Select(c => c.Id.Value).Should().Equal("yes-1", "yes-2");
        Assess(analysis, "yes-1").Status.Should().Be(ClaimStatus.Contested);
        Assess(analysis, "yes-1").IsCorroborated.Should().BeTrue(); // contested, and still two sources
        Assess(analysis, "maybe").Status.Should().Be(ClaimStatus.Uncontested);
        analysis.Proposition("Haftar will sign")!.IsContested.Should().BeTrue();
        analysis.Proposition("Haftar will sign")!.DeniedBy.Select(a => a.Value).Should().Equal("y");
    }

    [Fact]
    public void Supports_links_add_the_supporting_claims_origins()
    {
        var analysis = ClaimsAnalysis.Build(Of(claims:
        [
            Claim("left", "tass", "Haftar has left Moscow"),
            Claim("plane", "witness", "Haftar's plane took off", links: [(ClaimLinkType.Supports, "left")]),
            Claim("same-origin", "tass", "Haftar is on his way home", links: [(ClaimLinkType.Supports, "left")]),
        ]));

        Assess(analysis, "left").Sources.Select(a => a.Value).Should().Equal("tass", "witness");
        Assess(analysis, "left").Status.Should().Be(ClaimStatus.Corroborated);
        Assess(analysis, "plane").Status.Should().Be(ClaimStatus.Corroborated);
        Assess(analysis, "same-origin").Status.Should().Be(ClaimStatus.SingleSource);
    }

    [Fact]
    public void A_lone_claim_is_uncontested_even_when_relayed()
    {
        var analysis = ClaimsAnalysis.Build(Of(claims: [Claim("k", "merkel", "Merkel will host a summit", attribution: ["moscow-times", "reuters"])]));
        var claim = analysis.Claims.Single();
        claim.Status.Should().Be(ClaimStatus.Uncontested);
        claim.Origin.Value.Should().Be("merkel");
        claim.ContradictedBy.Should().BeEmpty();
    }

    [Fact]
    public void Links_to_unknown_claims_and_to_themselves_are_ignored()
    {
        var analysis = ClaimsAnalysis.Build(Of(claims:
        [
            Claim("k", "x", "p", links: [(Repeats, "missing"), (ClaimLinkType.Contradicts, "k"), (ClaimLinkType.Supports, "gone")]),
        ]));

        var claim = analysis.Claims.Single();
        claim.Origin.Value.Should().Be("x");
        claim.Status.Should().Be(ClaimStatus.Uncontested);
        analysis.Contradictions.Should().BeEmpty();
    }

    [Fact]
    public void Source_profiles_count_claims_as_claimant_and_as_relay_with_channels()
    {
        var analysis = ClaimsAnalysis.Build(Of(
            actors: [Actor("tass", "TASS"), Actor("reuters", "Reuters")],
            statements:
            [
                Statement("s1", "tass", channel: StatementChannel.NewsAgencyReport),
                Statement("s2", "lna", channel: StatementChannel.PressRelease),
                Statement("s3", "lna", channel: StatementChannel.OfficialWebsite),
            ],
            claims:
            [
                Claim("left", "tass", "Haftar has left Moscow", attribution: ["reuters"], statement: "s1"),
                Claim("left-2", "channels", "Haftar has left Moscow", attribution: ["reuters", "reuters"]),
                Claim("accuse", "lna", "Tripoli violated the truce", attribution: ["reuters"], statement: "s2", links: [(ClaimLinkType.Contradicts, "accuse-back")]),
                Claim("accuse-back", "tripoli", "The LNA violated the truce"),
            ]));

        analysis.Sources.Select(s => s.Source.Value).Should().Equal("channels", "lna", "reuters", "tass", "tripoli");
        var reuters = analysis.ProfileOf(A("reuters"))!;
        reuters.Name.Should().Be("Reuters");
        reuters.AsClaimant.Should().Be(ClaimTally.Empty);
        reuters.AsRelay.Should().Be(new ClaimTally(3, 2, 1, 0, 0));
        reuters.TotalClaims.Should().Be(3);
        var lna = analysis.ProfileOf(A("lna"))!;
        lna.AsClaimant.Should().Be(new ClaimTally(1, 0, 1, 0, 0));
        lna.Channels.Should().Equal(StatementChannel.OfficialWebsite, StatementChannel.PressRelease);
        analysis.ProfileOf(A("tass"))!.Channels.Should().Equal(StatementChannel.NewsAgencyReport);
        analysis.ProfileOf(A("tripoli"))!.Channels.Should().BeEmpty();
        analysis.ProfileOf(A("nobody")).Should().BeNull();
    }

    [Fact]
    public void An_empty_dataset_has_no_claims_to_analyse()
    {
        var analysis = ClaimsAnalysis.Build(Empty);
        analysis.Claims.Should().BeEmpty();
        analysis.Propositions.Should().BeEmpty();
        analysis.Contradictions.Should().BeEmpty();
        analysis.RepeatCycles.Should().BeEmpty();
        analysis.Sources.Should().BeEmpty();
    }

    [Fact]
    public void Results_compare_by_content()
    {
        var dataset = Of(claims: [Claim("a", "x", "p"), Claim("b", "y", "p", ClaimPolarity.Negative)]);
        var first = ClaimsAnalysis.Build(dataset);
        var second = ClaimsAnalysis.Build(dataset);

        first.Claims.Should().Equal(second.Claims);
        first.Contradictions.Should().Equal(second.Contradictions);
        first.Propositions.Should().Equal(second.Propositions);
        first.Sources.Should().Equal(second.Sources);
        first.Claims[0].GetHashCode().Should().Be(second.Claims[0].GetHashCode());
    }

    private static Claim About(Claim claim, string[]? events = null, string[]? actors = null, TimeValue? time = null) => claim with
    {
        About = new ClaimSubjects { Events = [.. (events ?? []).Select(e => new EventId(e))], Actors = [.. (actors ?? []).Select(A)] },
        Time = time,
    };

    [Fact]
    public void Claims_of_one_proposition_with_different_figures_do_not_corroborate_each_other()
    {
        var analysis = ClaimsAnalysis.Build(Of(claims:
        [
            Claim("ministry", "ministry", "People were killed") with { Quantities = [new Quantity(QuantityKind.Killed, 12)] },
            Claim("rebels", "rebels", "People were killed") with { Quantities = [new Quantity(QuantityKind.Killed, 31)] },
            Claim("hospital", "hospital", "People were killed") with { Quantities = [new Quantity(QuantityKind.Killed, 12.0m, text: "twelve")] },
            Claim("bare", "witness", "People were killed"),
        ]));

        Assess(analysis, "ministry").Sources.Select(a => a.Value).Should().Equal("hospital", "ministry");
        Assess(analysis, "ministry").Status.Should().Be(ClaimStatus.Corroborated, "the hospital gives the same figure");
        Assess(analysis, "rebels").SourceCount.Should().Be(1);
        Assess(analysis, "rebels").Status.Should().Be(ClaimStatus.Uncontested, "a rival figure is not a second report of it");
        Assess(analysis, "bare").SourceCount.Should().Be(1);
        analysis.Proposition("People were killed")!.AssertedBy.Should().HaveCount(4, "the proposition is asserted by all four, whatever their figures");
    }

    [Fact]
    public void Opposite_polarities_contradict_only_about_the_same_event_or_actor()
    {
        var analysis = ClaimsAnalysis.Build(Of(claims:
        [
            About(Claim("yes-e1", "x", "Talks were held"), events: ["e1"]),
            About(Claim("no-e2", "y", "Talks were held", ClaimPolarity.Negative), events: ["e2"]),
            About(Claim("no-e1", "z", "Talks were held", ClaimPolarity.Negative), events: ["e1"], actors: ["russia"]),
            About(Claim("yes-russia", "w", "Talks were held"), actors: ["russia"]),
            Claim("yes-nothing", "u", "Talks were held"),
            Claim("no-nothing", "v", "Talks were held", ClaimPolarity.Negative),
        ]));

        analysis.Contradictions.Select(c => $"{string.Join(",", Ids(c.First))} vs {string.Join(",", Ids(c.Second))} about {c.About}").Should().Equal(
            "yes-e1,yes-russia vs no-e1 about e1, russia",
            "yes-nothing vs no-nothing about ");
        Assess(analysis, "no-e2").Status.Should().Be(ClaimStatus.Uncontested, "no claim about e2 asserts it");
        Assess(analysis, "yes-e1").ContradictedBy.Select(c => c.Id.Value).Should().Equal("no-e1");
        Assess(analysis, "no-e1").ContradictedByCount.Should().Be(2);
        analysis.Contradictions[0].Against(Assess(analysis, "no-e2").Claim).Should().BeEmpty();
    }

    [Fact]
    public void Claims_made_at_times_that_do_not_overlap_do_not_contradict_each_other()
    {
        var analysis = ClaimsAnalysis.Build(Of(claims:
        [
            About(Claim("monday-yes", "x", "Haftar is in Moscow"), actors: ["haftar"], time: TimeValue.Day(2020, 1, 13)),
            About(Claim("tuesday-no", "y", "Haftar is in Moscow", ClaimPolarity.Negative), actors: ["haftar"], time: TimeValue.Day(2020, 1, 14)),
            About(Claim("link", "z", "Haftar stays", links: [(ClaimLinkType.Contradicts, "monday-yes")]), actors: ["haftar"], time: TimeValue.Day(2020, 1, 15)),
        ]));

        analysis.Contradictions.Should().BeEmpty();

        var untimed = ClaimsAnalysis.Build(Of(claims:
        [
            About(Claim("monday-yes", "x", "Haftar is in Moscow"), actors: ["haftar"], time: TimeValue.Day(2020, 1, 13)),
            About(Claim("sometime-no", "y", "Haftar is in Moscow", ClaimPolarity.Negative), actors: ["haftar"]),
            About(Claim("january-no", "w", "Haftar is in Moscow", ClaimPolarity.Negative), actors: ["haftar"], time: TimeValue.Month(2020, 1)),
        ]));
        untimed.Contradictions.Single().Second.Select(c => c.Id.Value).Should().Equal("sometime-no", "january-no");
    }

    [Fact]
    public void A_contradicts_link_between_claims_about_different_things_is_no_contradiction()
    {
        var analysis = ClaimsAnalysis.Build(Of(claims:
        [
            About(Claim("a", "x", "The army fired first", links: [(ClaimLinkType.Contradicts, "b")]), events: ["clash-1"]),
            About(Claim("b", "y", "The rebels fired first"), events: ["clash-2"]),
            About(Claim("c", "y", "The rebels fired first", links: [(ClaimLinkType.Contradicts, "a")]), events: ["clash-1"]),
        ]));

        analysis.Contradictions.Single().About.Events.Select(e => e.Value).Should().Equal("clash-1");
        Assess(analysis, "b").IsContested.Should().BeFalse();
        Assess(analysis, "a").ContradictedBy.Select(c => c.Id.Value).Should().Equal("c");
    }

    [Fact]
    public void A_contradiction_between_sides_that_name_many_things_is_about_those_both_name_once_each_in_id_order()
    {
        // Twenty claims a side, each naming three or two events, nineteen of them named by both: more than are compared by scanning.
        var analysis = ClaimsAnalysis.Build(Of(claims:
        [
            .. Enumerable.Range(0, 20).Select(i =>
                About(Claim($"yes-{i}", $"x{i}", "The bridge was shelled"), events: [$"e{i:00}", "shared-b", "shared-a"])),
            .. Enumerable.Range(0, 20).Select(i =>
                About(Claim($"no-{i}", $"y{i}", "The bridge was shelled", ClaimPolarity.Negative), events: [$"e{i + 2:00}", "shared-a"])),
        ]));

        analysis.Contradictions.Single().About.Events.Select(e => e.Value).Should().Equal(
            [.. Enumerable.Range(2, 18).Select(i => $"e{i:00}"), "shared-a"]);
    }

    [Fact]
    public void The_same_wording_about_unrelated_events_makes_no_contradiction_and_contradictions_grow_linearly()
    {
        // The finding: 26.8 million claim pairs in 12 "contradictions" on the same wording about unrelated events.
        static ClaimsAnalysis Build(int n) => ClaimsAnalysis.Build(Of(claims: Enumerable.Range(0, n).Select(i =>
            About(Claim($"c{i}", $"a{i % 50}", "The attack took place", i % 2 == 0 ? ClaimPolarity.Positive : ClaimPolarity.Negative), events: [$"e{i / 4}"]))));

        var (small, large) = (Build(1_000), Build(10_000));

        small.Contradictions.Should().HaveCount(250, "each event has its own two for and two against");
        large.Contradictions.Should().HaveCount(2_500);
        large.Contradictions.Sum(c => c.First.Length + c.Second.Length).Should().Be(10_000, "each claim is on one side once: no pairs");
        large.Claims.Sum(c => c.Contradictions.Length + c.ContradictedByCount).Should().BeLessThanOrEqualTo(10 * small.Claims.Sum(c => c.Contradictions.Length + c.ContradictedByCount));
    }

    [Fact]
    public void Disputed_events_are_those_marked_so_or_asserted_and_denied_with_the_sources_on_each_side()
    {
        var analysis = ClaimsAnalysis.Build(Of(
            actors: [Actor("spokesman"), Actor("government", kind: ActorKind.Government), Actor("rebels", kind: ActorKind.ArmedGroup)],
            events:
            [
                Event("marked", status: EventStatus.Disputed),
                Event("shelling"),
                Event("tolls"),
                Event("quiet"),
            ],
            claims:
            [
                About(Claim("gov-shelled", "government", "The town was shelled"), events: ["shelling"]),
                About(Claim("spokesman-shelled", "spokesman", "The town was shelled"), events: ["shelling"]),
                About(Claim("rebels-deny", "rebels", "The town was shelled", ClaimPolarity.Negative), events: ["shelling"]),
                About(Claim("toll-1", "government", "People died", links: [(ClaimLinkType.Contradicts, "toll-2")]), events: ["tolls"]),
                About(Claim("toll-2", "rebels", "People died"), events: ["tolls"]),
                About(Claim("marked-yes", "rebels", "It happened"), events: ["marked"]),
            ],
            relations: [Relation("spokesman", RelationType.HoldsOffice, "government")]));

        analysis.DisputedEvents.Select(d => d.ToString()).Should().Equal("marked: rebels vs ", "shelling: government vs rebels");
        var marked = analysis.DisputedEvents[0];
        marked.IsMarkedDisputed.Should().BeTrue();
        marked.Contradictions.Should().BeEmpty();
        var shelling = analysis.DisputedEvents[1];
        shelling.IsMarkedDisputed.Should().BeFalse();
        shelling.Contradictions.Should().ContainSingle().Which.Kind.Should().Be(ContradictionKind.OppositePolarity);
    }

    [Fact]
    public void An_event_whose_id_an_earlier_event_has_is_disputed_with_the_contradictions_about_that_id()
    {
        // A dataset may hold two events of one id until it is validated: each is matched by its id, as the index finds it.
        var analysis = ClaimsAnalysis.Build(Of(
            actors: [Actor("government", kind: ActorKind.Government), Actor("rebels", kind: ActorKind.ArmedGroup)],
            events:
            [
                Event("shelling"),
                Event("quiet"),
                Event("shelling", status: EventStatus.Disputed),
                Event("marked", status: EventStatus.Disputed),
            ],
            claims:
            [
                About(Claim("gov-shelled", "government", "The town was shelled"), events: ["shelling"]),
                About(Claim("rebels-deny", "rebels", "The town was shelled", ClaimPolarity.Negative), events: ["shelling"]),
                About(Claim("marked-no", "rebels", "It happened", ClaimPolarity.Negative), events: ["marked"]),
            ]));

        analysis.DisputedEvents.Select(d => d.ToString()).Should().Equal("shelling: government vs rebels", "shelling: government vs rebels", "marked:  vs rebels");
        analysis.DisputedEvents[0].IsMarkedDisputed.Should().BeFalse();
        analysis.DisputedEvents[1].IsMarkedDisputed.Should().BeTrue();
        analysis.DisputedEvents[1].Contradictions.Should().Equal(analysis.DisputedEvents[0].Contradictions).And.ContainSingle();
        analysis.DisputedEvents[2].Contradictions.Should().BeEmpty();
    }
}
