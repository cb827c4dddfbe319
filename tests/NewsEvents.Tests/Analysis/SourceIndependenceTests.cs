using NewsEvents.Analysis;
using NewsEvents.Samples;
using static NewsEvents.Tests.Analysis.AnalysisData;

namespace NewsEvents.Tests.Analysis;

public sealed class SourceIndependenceTests
{
    private const string Toll = "Twelve people were killed";

    private static ClaimAssessment Assess(ClaimsAnalysis analysis, string id) => analysis.Assess(new ClaimId(id))!;

    private static IEnumerable<string> Sources(ClaimsAnalysis analysis) =>
        analysis.IndependentSources.Select(s => $"{string.Join("+", s.Members.Select(m => m.Value))}:{s.Claims}");

    [Fact]
    public void A_spokesman_and_his_government_are_one_source()
    {
        var analysis = ClaimsAnalysis.Build(Of(
            claims: [Claim("spokesman", "brannick", Toll), Claim("government", "morvania", Toll), Claim("rebels", "nlf", Toll)],
            relations: [Relation("brannick", RelationType.HoldsOffice, "morvania")]));

        Assess(analysis, "spokesman").Sources.Select(a => a.Value).Should().Equal("brannick", "nlf");
        Assess(analysis, "spokesman").SourceCount.Should().Be(2);
        Sources(analysis).Should().Equal("brannick+morvania:2", "nlf:1");
        analysis.SourceOf(A("morvania")).Should().BeSameAs(analysis.SourceOf(A("brannick")));
        analysis.SourceOf(A("bystander")).Should().BeNull();
    }

    [Theory]
    [InlineData(RelationType.HoldsOffice, true)]
    [InlineData(RelationType.MemberOf, true)]
    [InlineData(RelationType.Leads, true)]
    [InlineData(RelationType.Backs, false)]
    [InlineData(RelationType.AlliedWith, false)]
    [InlineData(RelationType.Opposes, false)]
    public void The_default_affiliations_are_office_membership_and_leadership(RelationType type, bool oneSource)
    {
        var analysis = ClaimsAnalysis.Build(Of(claims: [Claim("a", "x", Toll), Claim("b", "y", Toll)], relations: [Relation("x", type, "y")]));

        analysis.IndependentSources.Should().HaveCount(oneSource ? 1 : 2);
        Assess(analysis, "a").Status.Should().Be(oneSource ? ClaimStatus.SingleSource : ClaimStatus.Corroborated);
    }

    [Fact]
    public void A_user_passes_their_own_affiliations()
    {
        var dataset = Of(claims: [Claim("a", "x", Toll), Claim("b", "y", Toll)], relations: [Relation("x", RelationType.Backs, "y")]);

        ClaimsAnalysis.Build(dataset, new IndependenceOptions { Affiliations = [RelationType.Backs] }).IndependentSources.Should().ContainSingle();
        new IndependenceOptions().Affiliations.Should().Equal(RelationType.HoldsOffice, RelationType.MemberOf, RelationType.Leads);
    }

    [Fact]
    public void Affiliation_joins_through_any_number_of_relations()
    {
        var analysis = ClaimsAnalysis.Build(Of(
            claims: [Claim("a", "spokesman", Toll), Claim("b", "general", Toll), Claim("c", "other", Toll)],
            relations:
            [
                Relation("spokesman", RelationType.HoldsOffice, "ministry"),
                Relation("ministry", RelationType.MemberOf, "government"),
                Relation("government", RelationType.Leads, "army"),
                Relation("general", RelationType.Leads, "army"),
            ]));

        Sources(analysis).Should().Equal("general+spokesman:2", "other:1");
    }

    [Fact]
    public void Two_outlets_of_one_owner_are_one_source_only_by_option()
    {
        var dataset = Of(
            actors: [Actor("mrt", kind: ActorKind.MediaOutlet), Actor("mpa", kind: ActorKind.MediaOutlet), Actor("state", kind: ActorKind.Government)],
            claims: [Claim("tv", "mrt", Toll), Claim("agency", "mpa", Toll)],
            relations: [Relation("mrt", RelationType.MemberOf, "state"), Relation("mpa", RelationType.MemberOf, "state")]);

        ClaimsAnalysis.Build(dataset).IndependentSources.Should().HaveCount(2);
        var joined = ClaimsAnalysis.Build(dataset, new IndependenceOptions { JoinOutletsToOwners = true });
        Sources(joined).Should().Equal("mpa+mrt:2");
        Assess(joined, "tv").Status.Should().Be(ClaimStatus.SingleSource);
    }

    [Fact]
    public void A_relation_with_a_time_joins_only_when_a_claim_of_its_actors_was_made_while_it_held()
    {
        Dataset With(TimeValue claimTime) => Of(
            claims:
            [
                Claim("spokesman", "brannick", Toll) with { Time = claimTime },
                Claim("government", "morvania", Toll) with { Time = TimeValue.Year(2023) },
            ],
            relations: [Relation("brannick", RelationType.HoldsOffice, "morvania") with { Time = TimeValue.Parse("2020-01/2021-06") }]);

        ClaimsAnalysis.Build(With(TimeValue.Month(2021, 3))).IndependentSources.Should().ContainSingle("he spoke while in office");
        ClaimsAnalysis.Build(With(TimeValue.Year(2022))).IndependentSources.Should().HaveCount(2, "he had left office when he spoke, and the government spoke later");
    }

    [Fact]
    public void The_second_sample_has_eight_independent_sources_the_spokesman_and_his_government_one()
    {
        var analysis = ClaimsAnalysis.Build(SampleDatasets.DranmirClashes);

        Sources(analysis).Should().Equal(
            "nlf+varsh:5",
            "brannick:4",
            "kestland-foreign-ministry+orsk:2",
            "mpa:2",
            "aid-agencies:1",
            "lantern-relief:1",
            "radio-castrel:1",
            "solt:1");
        Assess(analysis, "bridge-via-mrt").Status.Should().Be(ClaimStatus.SingleSource, "two outlets relaying one agency are one source");

        // The state-run agency is the government's voice once outlets join their owners.
        var joined = ClaimsAnalysis.Build(SampleDatasets.DranmirClashes, new IndependenceOptions { JoinOutletsToOwners = true });
        joined.IndependentSources.Should().HaveCount(7);
        joined.SourceOf(A("mpa")).Should().BeSameAs(joined.SourceOf(A("brannick")));
    }

    [Fact]
    public void The_seeds_ministers_speak_for_their_states()
    {
        var analysis = ClaimsAnalysis.Build(SampleDatasets.MoscowTalks);

        analysis.SourceOf(A("erdogan"))!.Members.Select(m => m.Value).Should().Equal("cavusoglu", "erdogan");
        analysis.SourceOf(A("lna"))!.Members.Select(m => m.Value).Should().Equal("lna");
        analysis.SourceOf(A("tass"))!.Members.Select(m => m.Value).Should().Equal(["tass"], "the state agency joins Russia only by option");
        analysis.IndependentSources.Sum(s => s.Claims).Should().Be(SampleDatasets.MoscowTalks.Claims.Length);
    }
}
