using NewsEvents.Analysis;
using static NewsEvents.Tests.Analysis.AnalysisData;

namespace NewsEvents.Tests.Analysis;

public sealed class ActorNetworkTests
{
    private static readonly Dataset Sample = Of(
        actors: [Actor("a", "Alpha"), Actor("b", "Beta"), Actor("c", "Gamma"), Actor("lonely", "Lonely")],
        events:
        [
            Event("e1", participants: [("b", ParticipantRole.Host), ("a", ParticipantRole.Attendee), ("c", ParticipantRole.Attendee)]),
            Event("e2", participants: [("a", ParticipantRole.Attendee), ("b", ParticipantRole.Host)]),
        ],
        statements:
        [
            Statement("s1", "a", audience: ["b"], about: ["c", "a"]),
            Statement("s2", "a", audience: ["b"]),
        ],
        relations: [Relation("a", RelationType.Backs, "b")]);

    private readonly ActorNetwork _network = ActorNetwork.Build(Sample);

    [Fact]
    public void An_event_with_more_participants_than_the_guard_joins_none_of_them_and_is_listed()
    {
        // The finding: one event with 4,000 participants took 5.3 GB and wrote 555 MB of network.
        var crowd = Enumerable.Range(0, 4_000).Select(i => ($"p{i}", ParticipantRole.Attendee)).ToArray();
        var atTheLimit = Enumerable.Range(0, ActorNetwork.MaxParticipantsJoined).Select(i => ($"q{i}", ParticipantRole.Attendee)).ToArray();
        var network = ActorNetwork.Build(Of(events: [Event("conference", participants: crowd), Event("summit", participants: atTheLimit)]));

        network.CrowdedEvents.Select(e => e.Id.Value).Should().Equal("conference");
        network.Edges.Should().HaveCount(ActorNetwork.MaxParticipantsJoined * (ActorNetwork.MaxParticipantsJoined - 1) / 2);
        network.Edges.Should().OnlyContain(e => e.Via.Single() == "summit");
        network.ToDot().Should().Contain("// event \"conference\": 4000 participants, more than 50: not joined pairwise\n");
        network.ToMermaid().Should().Contain("%% event \"conference\": 4000 participants, more than 50: not joined pairwise\n");
    }

    [Fact]
    public void Edges_carry_their_kind_roles_weight_and_sources()
    {
        _network.Edges.Select(e => e.ToString()).Should().Equal(
            "a --attendee/host-- b (2)",
            "a -spokeTo-> b (2)",
            "a -backs-> b (1)",
            "a --attendee/attendee-- c (1)",
            "a -spokeAbout-> c (1)",
            "b --host/attendee-- c (1)");
        _network.Edges[0].Via.Should().Equal("e1", "e2");
        _network.Edges[0].IsDirected.Should().BeFalse();
        _network.Edges[1].Via.Should().Equal("s1", "s2");
        _network.Edges[2].RelationType.Should().Be(RelationType.Backs);
    }

    [Fact]
    public void Nodes_know_degree_and_weight_and_an_actor_without_edges_stays_in()
    {
        _network.Nodes.Select(n => n.Id.Value).Should().Equal("a", "b", "c", "lonely");
        _network.Node(A("a")).Should().Be(new NetworkNode(A("a"), "Alpha", ActorKind.Person, 2, 7));
        _network.Node(A("lonely"))!.Degree.Should().Be(0);
        _network.Degree(A("lonely")).Should().Be(0);
        _network.Neighbours(A("lonely")).Should().BeEmpty();
        _network.EdgesOf(A("lonely")).Should().BeEmpty();
        _network.StrongestTies(A("lonely"), 3).Should().BeEmpty();
        _network.Degree(A("unknown")).Should().Be(0);
    }

    [Fact]
    public void Neighbours_and_strongest_ties()
    {
        _network.Neighbours(A("a")).Select(a => a.Value).Should().Equal("b", "c");
        _network.Neighbours(A("c")).Select(a => a.Value).Should().Equal("a", "b");
        _network.Ties.Select(t => t.ToString()).Should().Equal("a -- b (5)", "a -- c (2)", "b -- c (1)");
        _network.StrongestTies(1).Single().Edges.Should().HaveCount(3);
        _network.StrongestTies(A("c"), 1).Single().Second.Should().Be(A("c"));
        _network.StrongestTies(10).Should().HaveCount(3);
        var act = () => _network.StrongestTies(-1);
        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Referenced_actors_missing_from_the_dataset_still_become_nodes()
    {
        var network = ActorNetwork.Build(Of(relations: [Relation("x", RelationType.Opposes, "y")]));
        network.Nodes.Select(n => (n.Id.Value, n.Name, n.Kind)).Should().Equal(("x", "x", (ActorKind?)null), ("y", "y", null));
    }

    [Fact]
    public void An_empty_dataset_has_an_empty_network()
    {
        var network = ActorNetwork.Build(Empty);
        network.Nodes.Should().BeEmpty();
        network.Edges.Should().BeEmpty();
        network.Ties.Should().BeEmpty();
        network.Sides.Coalitions.Should().BeEmpty();
        network.Sides.Mediators.Should().BeEmpty();
        network.ToDot().Should().Be("digraph actors {\n  rankdir=LR;\n  node [shape=box];\n}\n");
        network.ToMermaid().Should().Be("graph LR\n");
    }

    [Fact]
    public void Exports_to_dot_with_escaping()
    {
        var dataset = Of(
            actors: [Actor("q", "Say \"hi\"\nthen \\ go"), Actor("r", "R")],
            events: [Event("e", participants: [("q", ParticipantRole.Attendee), ("r", ParticipantRole.Attendee)])],
            relations: [Relation("q", RelationType.Backs, "r")]);

        var dot = ActorNetwork.Build(dataset).ToDot();

        dot.Should().Be(
            "digraph actors {\n" +
            "  rankdir=LR;\n" +
            "  node [shape=box];\n" +
            "  \"q\" [label=\"Say \\\"hi\\\"\\nthen \\\\ go\"];\n" +
            "  \"r\" [label=\"R\"];\n" +
            "  subgraph cluster_side_1 {\n" +
            "    label=\"side 1\";\n" +
            "    \"q\";\n" +
            "    \"r\";\n" +
            "  }\n" +
            "  \"q\" -> \"r\" [label=\"attendee/attendee\", weight=1, dir=none];\n" +
            "  \"q\" -> \"r\" [label=\"backs\", weight=1];\n" +
            "}\n");
    }

    [Fact]
    public void Exports_to_mermaid_with_escaping()
    {
        var dataset = Of(
            actors: [Actor("q", "Say \"hi\" <b>|#1\nnext"), Actor("r", "R"), Actor("m", "M")],
            events: [Event("e", participants: [("q", ParticipantRole.Attendee), ("r", ParticipantRole.Attendee), ("m", ParticipantRole.Mediator)])],
            statements: [Statement("s1", "q", about: ["r"]), Statement("s2", "q", about: ["r"])]);

        var mermaid = ActorNetwork.Build(dataset).ToMermaid(includeSides: false);

        mermaid.Should().Be(
            "graph LR\n" +
            "  n0[\"M\"]\n" +
            "  n1[\"Say #quot;hi#quot; #lt;b#gt;#124;#35;1<br/>next\"]\n" +
            "  n2[\"R\"]\n" +
            "  n0 ---|\"mediator/attendee\"| n1\n" +
            "  n0 ---|\"mediator/attendee\"| n2\n" +
            "  n1 ---|\"attendee/attendee\"| n2\n" +
            "  n1 -->|\"spokeAbout ×2\"| n2\n" +
            "  style n0 stroke-dasharray: 5 5\n");
    }

    [Fact]
    public void Exports_are_deterministic_whatever_the_order_of_the_data()
    {
        var reversed = Sample with
        {
            Events = [.. Sample.Events.Reverse()],
            Statements = [.. Sample.Statements.Reverse()],
            Actors = [.. Sample.Actors.Reverse()],
        };
        var network = ActorNetwork.Build(reversed);

        network.ToMermaid().Should().Be(_network.ToMermaid());
        network.Nodes.Should().Equal(_network.Nodes);
        network.Edges.Select(e => (e.From, e.To, e.Kind, e.Weight)).Should().Equal(_network.Edges.Select(e => (e.From, e.To, e.Kind, e.Weight)));
        ActorNetwork.Build(Sample).ToDot().Should().Be(_network.ToDot());
    }

    [Fact]
    public void The_exports_shown_in_the_cookbook_are_what_the_network_writes()
    {
        var network = ActorNetwork.Build(Of(
            actors: [Actor("q", "Q"), Actor("r", "R")],
            events: [Event("e", participants: [("q", ParticipantRole.Attendee), ("r", ParticipantRole.Attendee)])],
            relations: [Relation("q", RelationType.Backs, "r")]));
        var doc = Docs.RepositoryFiles.ReadText("docs", "analyses.md").ReplaceLineEndings("\n");

        doc.Should().Contain("```dot\n" + network.ToDot() + "```\n");
        doc.Should().Contain("```mermaid\n" + network.ToMermaid() + "```\n");
    }
}
