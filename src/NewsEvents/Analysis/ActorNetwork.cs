using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace NewsEvents.Analysis;

/// <summary>
/// The network of actors: a node for every actor, and edges from taking part in the same events
/// (with the roles), from statements (speaker to audience, speaker to the actors spoken about) and
/// from relations (by type), each weighted by how many items stand behind it; with the sides and
/// mediators of <see cref="Sides"/>, and exports to Graphviz DOT and Mermaid.
/// </summary>
/// <remarks>
/// <para>Built in O(n log n) in the number of items, plus O(k²) for an event of k participants, whose
/// every pair is joined. That square is bounded: an event with more than
/// <see cref="MaxParticipantsJoined"/> participants (a conference of thousands) joins none of them
/// and is listed in <see cref="CrowdedEvents"/> instead, so that the network and its exports stay
/// linear in the data (4,000 participants would make 8 million edges). An actor without edges is a
/// node of degree 0. Self-loops (a speaker speaking about itself) are left out.</para>
/// <para>Nodes are in id order (ordinal); edges by source, target, kind, relation type and roles; ties
/// by weight, heaviest first, then by ids. Output is deterministic.</para>
/// </remarks>
public sealed partial class ActorNetwork
{
    private readonly Dictionary<ActorId, NetworkNode> _nodes;
    private readonly Dictionary<ActorId, ImmutableArray<NetworkEdge>> _edgesOf;
    private readonly Dictionary<ActorId, ImmutableArray<ActorTie>> _tiesOf;

    /// <summary>
    /// The most participants of one event that are joined pairwise by co-participation edges; an
    /// event with more joins none of them (see <see cref="CrowdedEvents"/>).
    /// </summary>
    public const int MaxParticipantsJoined = 50;

    private ActorNetwork(
        ImmutableArray<NetworkNode> nodes,
        ImmutableArray<NetworkEdge> edges,
        ImmutableArray<ActorTie> ties,
        Dictionary<ActorId, ImmutableArray<NetworkEdge>> edgesOf,
        Dictionary<ActorId, ImmutableArray<ActorTie>> tiesOf,
        ActorSides sides,
        ImmutableArray<Event> crowdedEvents)
    {
        CrowdedEvents = crowdedEvents;
        Nodes = nodes;
        Edges = edges;
        Ties = ties;
        Sides = sides;
        _nodes = nodes.ToDictionary(n => n.Id);
        _edgesOf = edgesOf;
        _tiesOf = tiesOf;
    }

    /// <summary>The actors, in id order.</summary>
    public ImmutableArray<NetworkNode> Nodes { get; }

    /// <summary>The edges, in order of source, target, kind, relation type and roles.</summary>
    public ImmutableArray<NetworkEdge> Edges { get; }

    /// <summary>The pairs of actors joined by at least one edge, heaviest first.</summary>
    public ImmutableArray<ActorTie> Ties { get; }

    /// <summary>The sides, coalitions and mediators read from the relations and events.</summary>
    public ActorSides Sides { get; }

    /// <summary>
    /// The events with more than <see cref="MaxParticipantsJoined"/> distinct participants, in the
    /// dataset's order: their participants are not joined by co-participation edges.
    /// </summary>
    public ImmutableArray<Event> CrowdedEvents { get; }

    /// <summary>Builds the network of a dataset.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> is null.</exception>
    public static ActorNetwork Build(Dataset dataset, SideOptions? sideOptions = null) => Build(DatasetIndex.Build(dataset), sideOptions);

    /// <summary>Builds the network of an indexed dataset.</summary>
    /// <param name="index">The index.</param>
    /// <param name="sideOptions">Which relations put actors on the same side; the defaults of <see cref="SideOptions"/> when null.</param>
    /// <returns>The network.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="index"/> is null.</exception>
    public static ActorNetwork Build(DatasetIndex index, SideOptions? sideOptions = null)
    {
        Guard.NotNull(index, nameof(index));
        var dataset = index.Dataset;
        // Every (edge key, item) pair into one flat list, then sorted and cut into runs: no object per
        // pair and no growing collection per edge, which keeps large networks linear in practice.
        var pairs = new List<(EdgeKey Key, string Via)>();
        void Add(EdgeKey key, string via)
        {
            if (key.From != key.To)
            {
                pairs.Add((key, via));
            }
        }

        var crowded = ImmutableArray.CreateBuilder<Event>();
        foreach (var item in dataset.Events)
        {
            var participants = item.Participants.Distinct().ToArray();
            if (participants.Length > MaxParticipantsJoined)
            {
                crowded.Add(item);
                continue;
            }

            for (var i = 0; i < participants.Length; i++)
            {
                for (var j = i + 1; j < participants.Length; j++)
                {
                    var (a, b) = (participants[i], participants[j]);
                    if (string.CompareOrdinal(a.Actor.Value, b.Actor.Value) > 0)
                    {
                        (a, b) = (b, a);
                    }

                    Add(new EdgeKey(a.Actor, b.Actor, NetworkEdgeKind.CoParticipation, null, a.Role, b.Role), item.Id.Value);
                }
            }
        }

        foreach (var statement in dataset.Statements)
        {
            foreach (var actor in statement.Audience)
            {
                Add(new EdgeKey(statement.Speaker, actor, NetworkEdgeKind.SpokeTo, null, null, null), statement.Id.Value);
            }

            foreach (var actor in statement.About)
            {
                Add(new EdgeKey(statement.Speaker, actor, NetworkEdgeKind.SpokeAbout, null, null, null), statement.Id.Value);
            }
        }

        foreach (var relation in dataset.Relations)
        {
            Add(new EdgeKey(relation.Source, relation.Target, NetworkEdgeKind.Relation, relation.Type, null, null), relation.Id.Value);
        }

        var sorted = new (EdgeKey Key, string Via, int Position)[pairs.Count];
        for (var i = 0; i < sorted.Length; i++)
        {
            sorted[i] = (pairs[i].Key, pairs[i].Via, i);
        }

        Array.Sort(sorted, static (x, y) =>
        {
            var c = EdgeKeyComparer.Instance.Compare(x.Key, y.Key);
            return c != 0 ? c : x.Position.CompareTo(y.Position);
        });

        var edgeBuilder = ImmutableArray.CreateBuilder<NetworkEdge>();
        var via = new List<string>();
        for (var i = 0; i < sorted.Length; i++)
        {
            var key = sorted[i].Key;
            if (via.Count == 0 || !ReferenceEquals(via[^1], sorted[i].Via))
            {
                via.Add(sorted[i].Via);
            }

            if (i + 1 == sorted.Length || EdgeKeyComparer.Instance.Compare(key, sorted[i + 1].Key) != 0)
            {
                edgeBuilder.Add(new NetworkEdge
                {
                    From = key.From,
                    To = key.To,
                    Kind = key.Kind,
                    RelationType = key.RelationType,
                    FromRole = key.FromRole,
                    ToRole = key.ToRole,
                    Via = [.. via],
                });
                via.Clear();
            }
        }

        var edgeList = edgeBuilder.ToImmutable();

        // Ties: the edges sorted by their pair of actors, cut into runs.
        var byPair = new (ActorId First, ActorId Second, int Edge)[edgeList.Length];
        var weight = new Dictionary<ActorId, int>();
        for (var i = 0; i < edgeList.Length; i++)
        {
            var edge = edgeList[i];
            var (first, second) = Ordered(edge.From, edge.To);
            byPair[i] = (first, second, i);
            CollectionsMarshal.GetValueRefOrAddDefault(weight, edge.From, out _) += edge.Weight;
            CollectionsMarshal.GetValueRefOrAddDefault(weight, edge.To, out _) += edge.Weight;
        }

        Array.Sort(byPair, static (x, y) =>
        {
            var c = string.CompareOrdinal(x.First.Value, y.First.Value);
            if (c == 0)
            {
                c = string.CompareOrdinal(x.Second.Value, y.Second.Value);
            }

            return c != 0 ? c : x.Edge.CompareTo(y.Edge);
        });

        var tieList = new List<ActorTie>();
        for (int start = 0, end = 1; start < byPair.Length; start = end, end = start + 1)
        {
            while (end < byPair.Length && byPair[end].First == byPair[start].First && byPair[end].Second == byPair[start].Second)
            {
                end++;
            }

            var tieEdges = new NetworkEdge[end - start];
            for (var k = start; k < end; k++)
            {
                tieEdges[k - start] = edgeList[byPair[k].Edge];
            }

            tieList.Add(new ActorTie { First = byPair[start].First, Second = byPair[start].Second, Edges = ImmutableCollectionsMarshal.AsImmutableArray(tieEdges) });
        }

        var ties = tieList
            .OrderByDescending(t => t.Weight)
            .ThenBy(t => t.First.Value, StringComparer.Ordinal)
            .ThenBy(t => t.Second.Value, StringComparer.Ordinal)
            .ToImmutableArray();
        var edgesOf = GroupByActor(edgeList, e => e.From, e => e.To);
        var tiesOf = GroupByActor(ties, t => t.First, t => t.Second);

        var actorIds = new HashSet<ActorId>(dataset.Actors.Select(a => a.Id));
        actorIds.UnionWith(edgesOf.Keys);
        var nodes = actorIds
            .OrderBy(a => a.Value, StringComparer.Ordinal)
            .Select(a => new NetworkNode(
                a, index.NameOf(a), index.FindActor(a)?.Kind, tiesOf.TryGetValue(a, out var t) ? t.Length : 0, weight.GetValueOrDefault(a)))
            .ToImmutableArray();

        return new ActorNetwork(nodes, edgeList, ties, edgesOf, tiesOf, ActorSides.Build(index, sideOptions), crowded.ToImmutable());
    }

    /// <summary>Groups items under both of their actors, keeping their order: counts, then fills one exact array per actor.</summary>
    private static Dictionary<ActorId, ImmutableArray<T>> GroupByActor<T>(ImmutableArray<T> items, Func<T, ActorId> first, Func<T, ActorId> second)
    {
        var counts = new Dictionary<ActorId, int>();
        foreach (var item in items)
        {
            CollectionsMarshal.GetValueRefOrAddDefault(counts, first(item), out _)++;
            CollectionsMarshal.GetValueRefOrAddDefault(counts, second(item), out _)++;
        }

        var groups = new Dictionary<ActorId, T[]>(counts.Count);
        foreach (var (actor, count) in counts)
        {
            groups.Add(actor, new T[count]);
        }

        var filled = new Dictionary<ActorId, int>(counts.Count);
        void Put(ActorId actor, T item) => groups[actor][CollectionsMarshal.GetValueRefOrAddDefault(filled, actor, out _)++] = item;
        foreach (var item in items)
        {
            Put(first(item), item);
            Put(second(item), item);
        }

        return groups.ToDictionary(pair => pair.Key, pair => ImmutableCollectionsMarshal.AsImmutableArray(pair.Value));
    }

    /// <summary>The node of the actor, or null when the actor is not in the network.</summary>
    public NetworkNode? Node(ActorId actor) => _nodes.GetValueOrDefault(actor);

    /// <summary>The edges touching the actor, in the network's order.</summary>
    public ImmutableArray<NetworkEdge> EdgesOf(ActorId actor) => _edgesOf.TryGetValue(actor, out var found) ? found : [];

    /// <summary>The actors joined to the actor by at least one edge, in id order.</summary>
    public ImmutableArray<ActorId> Neighbours(ActorId actor) =>
        [.. TiesOf(actor).Select(t => t.First == actor ? t.Second : t.First).OrderBy(a => a.Value, StringComparer.Ordinal)];

    /// <summary>How many distinct actors the actor is joined to; 0 for an actor without edges or not in the network.</summary>
    public int Degree(ActorId actor) => _nodes.TryGetValue(actor, out var node) ? node.Degree : 0;

    /// <summary>The actor's ties, heaviest first.</summary>
    public ImmutableArray<ActorTie> TiesOf(ActorId actor) => _tiesOf.TryGetValue(actor, out var found) ? found : [];

    /// <summary>The <paramref name="count"/> heaviest ties of the network.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    public ImmutableArray<ActorTie> StrongestTies(int count) => Take(Ties, count);

    /// <summary>The <paramref name="count"/> heaviest ties of the actor.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    public ImmutableArray<ActorTie> StrongestTies(ActorId actor, int count) => Take(TiesOf(actor), count);

    private static ImmutableArray<ActorTie> Take(ImmutableArray<ActorTie> ties, int count)
    {
        if (count < 0)
        {
            Guard.OutOfRange("The number of ties must not be negative.", nameof(count));
        }

        return count >= ties.Length ? ties : ties[..count];
    }

    private static (ActorId, ActorId) Ordered(ActorId a, ActorId b) =>
        string.CompareOrdinal(a.Value, b.Value) <= 0 ? (a, b) : (b, a);

    private readonly record struct EdgeKey(
        ActorId From, ActorId To, NetworkEdgeKind Kind, RelationType? RelationType, ParticipantRole? FromRole, ParticipantRole? ToRole);

    private sealed class EdgeKeyComparer : IComparer<EdgeKey>
    {
        public static readonly EdgeKeyComparer Instance = new();

        public int Compare(EdgeKey x, EdgeKey y)
        {
            var c = string.CompareOrdinal(x.From.Value, y.From.Value);
            if (c == 0)
            {
                c = string.CompareOrdinal(x.To.Value, y.To.Value);
            }

            if (c == 0)
            {
                c = Comparer<NetworkEdgeKind>.Default.Compare(x.Kind, y.Kind);
            }

            if (c == 0)
            {
                c = Nullable.Compare(x.RelationType, y.RelationType);
            }

            if (c == 0)
            {
                c = Nullable.Compare(x.FromRole, y.FromRole);
            }

            return c != 0 ? c : Nullable.Compare(x.ToRole, y.ToRole);
        }
    }
}
