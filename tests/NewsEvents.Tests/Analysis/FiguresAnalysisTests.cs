using NewsEvents.Analysis;
using NewsEvents.Samples;
using static NewsEvents.Tests.Analysis.AnalysisData;

namespace NewsEvents.Tests.Analysis;

public sealed class FiguresAnalysisTests
{
    private const string Killed = "People were killed in the clashes";

    private static Claim Toll(string id, string claimant, Quantity toll, params string[] events) =>
        Claim(id, claimant, Killed) with { About = new ClaimSubjects { Events = [.. events.Select(e => new EventId(e))] }, Quantities = [toll] };

    private static FiguresAnalysis Rivals(Quantity first, Quantity second) => FiguresAnalysis.Build(Of(
        events: [Event("clash")],
        claims: [Toll("ministry", "ministry", first, "clash"), Toll("rebels", "rebels", second, "clash")]));

    public static TheoryData<Quantity, Quantity, bool> Ranges => new()
    {
        { new Quantity(QuantityKind.Killed, 12, qualifier: QuantityQualifier.AtLeast), new Quantity(QuantityKind.Killed, 30), true },
        { new Quantity(QuantityKind.Killed, 10, qualifier: QuantityQualifier.AtMost), new Quantity(QuantityKind.Killed, 30), false },
        { new Quantity(QuantityKind.Killed, 12), new Quantity(QuantityKind.Killed, 31), false },
        { new Quantity(QuantityKind.Killed, 200_000, qualifier: QuantityQualifier.About), new Quantity(QuantityKind.Killed, 215_000), true },
        { new Quantity(QuantityKind.Killed, 200_000, qualifier: QuantityQualifier.About), new Quantity(QuantityKind.Killed, 230_000), false },
        { new Quantity(QuantityKind.Killed, min: 40, qualifier: QuantityQualifier.MoreThan), new Quantity(QuantityKind.Killed, 40), false },
        { new Quantity(QuantityKind.Killed, 40, qualifier: QuantityQualifier.AtLeast), new Quantity(QuantityKind.Killed, 40, qualifier: QuantityQualifier.AtMost), true },
        { new Quantity(QuantityKind.Killed, 40, qualifier: QuantityQualifier.LessThan), new Quantity(QuantityKind.Killed, 40, qualifier: QuantityQualifier.AtLeast), false },
        { new Quantity(QuantityKind.Killed, min: 10, max: 12), new Quantity(QuantityKind.Killed, 12), true },
        { new Quantity(QuantityKind.Killed, min: 10, max: 12), new Quantity(QuantityKind.Killed, min: 13), false },
    };

    [Theory]
    [MemberData(nameof(Ranges))]
    public void Rival_figures_are_disputed_and_say_whether_their_ranges_overlap(Quantity first, Quantity second, bool overlap)
    {
        var group = Rivals(first, second).Groups.Single();

        group.IsDisputed.Should().BeTrue();
        group.RangesOverlap.Should().Be(overlap);
        Rivals(second, first).Groups.Single().RangesOverlap.Should().Be(overlap, "overlap does not depend on the order");
    }

    [Fact]
    public void Figures_that_differ_only_in_wording_are_one_figure()
    {
        var group = Rivals(new Quantity(QuantityKind.Killed, 12, text: "12 people"), new Quantity(QuantityKind.Killed, 12.0m, text: "twelve")).Groups.Single();

        group.IsDisputed.Should().BeFalse();
        group.RangesOverlap.Should().BeTrue();
        group.Sources.Select(s => s.Value).Should().Equal("ministry", "rebels");
        group.IsSingleSource.Should().BeFalse();
    }

    [Fact]
    public void Figures_group_by_event_kind_and_unit_with_the_events_own_first_and_a_claim_in_each_event_it_is_about()
    {
        var analysis = FiguresAnalysis.Build(Of(
            events:
            [
                Event("first") with { Quantities = [new Quantity(QuantityKind.Killed, 10), new Quantity(QuantityKind.Count, 2, unit: "reporters")] },
                Event("second"),
            ],
            claims:
            [
                Toll("both", "ministry", new Quantity(QuantityKind.Killed, 12), "first", "second"),
                Claim("wounded", "hospital", "People were wounded") with { About = new ClaimSubjects { Events = [new EventId("second")] }, Quantities = [new Quantity(QuantityKind.Injured, 5), new Quantity(QuantityKind.Count, 3, unit: "ambulances")] },
                Claim("nowhere", "council", "The conflict displaced people") with { Quantities = [new Quantity(QuantityKind.Displaced, 200_000, qualifier: QuantityQualifier.MoreThan)] },
            ]));

        analysis.Groups.Select(g => $"{g.Event?.Value ?? g.Proposition} {g.Kind} {g.Unit} {g.Figures.Length}").Should().Equal(
            "first Killed  2",
            "first Count reporters 1",
            "second Killed  1",
            "second Injured  1",
            "second Count ambulances 1",
            "The conflict displaced people Displaced  1");
        var first = analysis.Of(new EventId("first"))[0];
        first.Figures[0].Claim.Should().BeNull("the event's own figure is the dataset's coding");
        first.Figures[0].Origin.Should().BeNull();
        first.Figures[1].Claim!.Id.Value.Should().Be("both");
        first.IsDisputed.Should().BeTrue();
        first.Sources.Select(s => s.Value).Should().Equal("ministry");
        analysis.Disputed.Should().Equal(first);
        analysis.Of(new EventId("nothing")).Should().BeEmpty();
        analysis.Groups[^1].IsSingleSource.Should().BeTrue("one council gives the only number");
        analysis.Groups[^1].Event.Should().BeNull();
    }

    [Fact]
    public void A_spokesman_and_his_government_giving_one_figure_are_a_single_source()
    {
        var dataset = Of(
            actors: [Actor("spokesman"), Actor("government", kind: ActorKind.Government)],
            events: [Event("clash")],
            claims:
            [
                Toll("says-spokesman", "spokesman", new Quantity(QuantityKind.Killed, 12), "clash"),
                Toll("says-government", "government", new Quantity(QuantityKind.Killed, 12), "clash"),
            ],
            relations: [Relation("spokesman", RelationType.HoldsOffice, "government")]);

        FiguresAnalysis.Build(dataset).Groups.Single().IsSingleSource.Should().BeTrue();
        FiguresAnalysis.Build(ClaimsAnalysis.Build(dataset, new IndependenceOptions { Affiliations = [] })).Groups.Single().IsSingleSource.Should().BeFalse();
    }

    [Fact]
    public void The_rival_tolls_of_the_second_sample_are_disputed_and_do_not_overlap()
    {
        var analysis = FiguresAnalysis.Build(SampleDatasets.DranmirClashes);

        var killed = analysis.Of(new EventId("dranmir-clashes")).Single(g => g.Kind == QuantityKind.Killed);
        killed.Figures.Select(f => (f.Origin!.Value.Value, f.Quantity.Value)).Should().Equal(("brannick", 12m), ("nlf", 31m));
        killed.Sources.Select(s => s.Value).Should().Equal("brannick", "nlf");
        killed.IsDisputed.Should().BeTrue();
        killed.RangesOverlap.Should().BeFalse();
        analysis.Of(new EventId("dranmir-clashes")).Single(g => g.Kind == QuantityKind.Injured).IsSingleSource.Should().BeTrue();
        var displaced = analysis.Of(new EventId("morvania-conflict")).Single();
        displaced.IsSingleSource.Should().BeTrue("about 200,000 displaced, according to aid agencies, and no one else");
        displaced.IsDisputed.Should().BeFalse();
        var turnedBack = analysis.Of(new EventId("reporters-turned-back")).Single();
        turnedBack.Figures.Should().HaveCount(2, "the event's figure and Radio Castrel's claim");
        turnedBack.IsDisputed.Should().BeFalse();
        analysis.Disputed.Should().Equal(killed);
    }

    [Fact]
    public void The_seeds_only_figure_is_the_talks_duration_as_coded()
    {
        var group = FiguresAnalysis.Build(SampleDatasets.MoscowTalks).Groups.Single();

        group.Event!.Value.Value.Should().Be("moscow-talks");
        group.Kind.Should().Be(QuantityKind.Duration);
        group.Figures.Single().Quantity.Text.Should().Be("about eight hours");
        group.Sources.Should().BeEmpty();
        group.IsSingleSource.Should().BeFalse();
        group.IsDisputed.Should().BeFalse();
    }

    [Fact]
    public void Figures_of_ten_times_the_claims_take_ten_times_the_entries()
    {
        static int Entries(int n) => FiguresAnalysis.Build(Of(
            events: Enumerable.Range(0, n).Select(i => Event($"e{i}")),
            claims: Enumerable.Range(0, 4 * n).Select(i => Toll($"c{i}", $"a{i % 7}", new Quantity(QuantityKind.Killed, i % 3), $"e{i % n}")))).Groups.Sum(g => g.Figures.Length + g.Sources.Length);

        var (small, large) = (Entries(200), Entries(2_000));

        large.Should().BeLessThanOrEqualTo(10 * small);
    }
}
