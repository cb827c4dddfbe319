using NewsEvents.Analysis;
using static NewsEvents.Tests.Analysis.AnalysisData;

namespace NewsEvents.Tests.Analysis;

public sealed class ActorSidesTests
{
    // A small war: red is led by r-leader and backed by ally and contractors; blue is led by
    // b-leader and backed by patron, which also mediates between the two, as does broker.
    private static readonly Dataset War = Of(
        relations:
        [
            Relation("r-leader", RelationType.Leads, "red"),
            Relation("ally", RelationType.Backs, "red"),
            Relation("contractors", RelationType.DeployedAlongside, "red"),
            Relation("b-leader", RelationType.Leads, "blue"),
            Relation("patron", RelationType.Backs, "blue"),
            Relation("red", RelationType.Opposes, "blue"),
            Relation("patron", RelationType.MediatesBetween, "red"),
            Relation("patron", RelationType.MediatesBetween, "blue"),
            Relation("minister", RelationType.HoldsOffice, "patron"),
        ],
        events:
        [
            Event("talks", participants:
            [
                ("r-leader", ParticipantRole.Attendee), ("b-leader", ParticipantRole.Attendee),
                ("broker", ParticipantRole.Mediator), ("broker", ParticipantRole.Host), ("patron", ParticipantRole.Mediator),
            ]),
        ]);

    private readonly ActorSides _sides = ActorSides.Build(War);

    [Fact]
    public void Backs_leads_and_deployed_alongside_make_a_side_and_opposes_sets_sides_apart()
    {
        _sides.Coalitions.Select(c => c.ToString()).Should().Equal(
            "side 1: ally, contractors, r-leader, red (opposes 2)",
            "side 2: b-leader, blue, patron (opposes 1)");
        _sides.AreOnSameSide(A("ally"), A("contractors")).Should().BeTrue();
        _sides.AreOpposed(A("ally"), A("patron")).Should().BeTrue();
        _sides.AreOpposed(A("ally"), A("red")).Should().BeFalse();
        _sides.SideOf(A("minister")).Should().BeNull(); // holding office is not taking a side by default
        _sides.Coalitions[0].Relations.Select(r => r.Value).Should().Equal("r-leader-leads-red", "ally-backs-red", "contractors-deployedalongside-red");
        _sides.Conflicts.Should().BeEmpty();
    }

    [Fact]
    public void A_mediator_that_also_backs_a_side_is_shown_as_both()
    {
        _sides.Mediators.Select(m => m.ToString()).Should().Equal(
            "broker mediates between b-leader, r-leader",
            "patron mediates between b-leader, blue, r-leader, red (itself on side 2); hosted by broker");
        var patron = _sides.MediatorOf(A("patron"))!;
        patron.IsPartisan.Should().BeTrue();
        patron.BetweenSides.Should().Equal(1, 2);
        patron.Via.Should().Equal("patron-mediatesbetween-red", "patron-mediatesbetween-blue", "talks");
        _sides.MediatorOf(A("broker"))!.IsPartisan.Should().BeFalse();
        _sides.SideOf(A("patron"))!.Number.Should().Be(2);
        _sides.MediatorOf(A("ally")).Should().BeNull();
    }

    [Fact]
    public void Options_choose_which_relations_join_sides()
    {
        var sides = ActorSides.Build(War, new SideOptions { SameSide = [RelationType.Backs, RelationType.Leads, RelationType.HoldsOffice, RelationType.Opposes] });

        sides.SideOf(A("minister"))!.Members.Should().Contain(A("patron"));
        sides.SideOf(A("contractors")).Should().BeNull(); // deployed alongside no longer joins
        sides.AreOpposed(A("red"), A("blue")).Should().BeTrue(); // opposes never joins
    }

    [Fact]
    public void Opposition_within_one_side_is_reported_as_a_conflict()
    {
        var sides = ActorSides.Build(Of(relations:
        [
            Relation("x", RelationType.AlliedWith, "y"),
            Relation("y", RelationType.Opposes, "x"),
        ]));

        sides.Coalitions.Single().Opposes.Should().BeEmpty();
        sides.Conflicts.Single().Id.Value.Should().Be("y-opposes-x");
    }

    [Fact]
    public void A_single_actor_in_opposition_is_a_side_of_its_own()
    {
        var sides = ActorSides.Build(Of(relations:
        [
            Relation("x", RelationType.Backs, "y"),
            Relation("z", RelationType.Opposes, "y"),
        ]));

        sides.Coalitions.Select(c => c.ToString()).Should().Equal("side 1: x, y (opposes 2)", "side 2: z (opposes 1)");
    }

    [Fact]
    public void No_relations_means_no_sides()
    {
        var sides = ActorSides.Build(Of(actors: [Actor("a")], events: [Event("e", participants: [("a", ParticipantRole.Attendee)])]));
        sides.Coalitions.Should().BeEmpty();
        sides.Mediators.Should().BeEmpty();
        sides.SideOf(A("a")).Should().BeNull();
        sides.AreOnSameSide(A("a"), A("a")).Should().BeFalse();
    }

    [Fact]
    public void A_backer_of_the_talks_is_a_backer_and_a_host_a_host_never_parties()
    {
        var sides = ActorSides.Build(Of(events:
        [
            Event("talks", participants:
            [
                ("kestland", ParticipantRole.Mediator),
                ("government", ParticipantRole.Attendee),
                ("rebels", ParticipantRole.Initiator),
                ("militia", ParticipantRole.Target),
                ("patron", ParticipantRole.Supporter),
                ("velmaris", ParticipantRole.Host),
                ("civilians", ParticipantRole.Victim),
                ("observers", ParticipantRole.Witness),
                ("suspect", ParticipantRole.Accused),
            ]),
        ]));

        var kestland = sides.MediatorOf(A("kestland"))!;
        kestland.Between.Select(a => a.Value).Should().Equal("government", "militia", "rebels");
        kestland.Backers.Select(a => a.Value).Should().Equal("patron");
        kestland.Hosts.Select(a => a.Value).Should().Equal("velmaris");
        kestland.ToString().Should().Be("kestland mediates between government, militia, rebels; hosted by velmaris; backed by patron");
    }
}
