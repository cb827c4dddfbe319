using System.Collections.Immutable;
using System.Runtime.CompilerServices;
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
    // One table of the nodes' ids, each with its node, edges and ties: the look-ups by actor hash the id once, into a
    // compact table, where three dictionaries keyed by the ids' strings hashed every node's id three times to build.
    private readonly IdTable<ActorId, NodeEntry> _entries;

    /// <summary>
    /// The most participants of one event that are joined pairwise by co-participation edges; an
    /// event with more joins none of them (see <see cref="CrowdedEvents"/>).
    /// </summary>
    public const int MaxParticipantsJoined = 50;

    private ActorNetwork(
        ImmutableArray<NetworkNode> nodes,
        ImmutableArray<NetworkEdge> edges,
        ImmutableArray<ActorTie> ties,
        IdTable<ActorId, NodeEntry> entries,
        ActorSides sides,
        ImmutableArray<Event> crowdedEvents)
    {
        CrowdedEvents = crowdedEvents;
        Nodes = nodes;
        Edges = edges;
        Ties = ties;
        Sides = sides;
        _entries = entries;
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
    public static ActorNetwork Build(DatasetIndex index, SideOptions? sideOptions = null) => Build(index, sideOptions, byComparison: false);

    /// <summary>As <see cref="Build(DatasetIndex, SideOptions?)"/>; with <paramref name="byComparison"/>, the edges ordered by the comparison sort that keys too wide for a long take, so that tests hold the two orders together.</summary>
    internal static ActorNetwork Build(DatasetIndex index, SideOptions? sideOptions, bool byComparison)
    {
        Guard.NotNull(index, nameof(index));
        var dataset = index.Dataset;
        var idOrder = index.ActorIdOrder();
        var (byRank, rankOf) = idOrder;
        var ids = new ActorId[byRank.Length];
        for (var rank = 0; rank < ids.Length; rank++)
        {
            ids[rank] = index.ActorAt(byRank[rank]);
        }

        // Every actor the network names is one the index has an ordinal for.
        int Rank(ActorId actor) => rankOf[index.ActorOrdinal(actor)];

        // Every (edge key, item) pair into one flat array, then sorted and cut into runs: no object per pair and no
        // growing collection per edge. Keys hold the actors' ranks in id order, so that the sort compares integers
        // instead of reading two strings scattered over the heap at every comparison, which grew slower per pair
        // the larger the dataset. Each pair's key is packed into a long as it is made, in the bits the largest rank and
        // the largest defined kind, relation type and role take; only keys wider than a long (more than 16 million
        // actors), or a value outside its enum, send the pairs through a comparison sort, made again as keys.
        var capacity = dataset.Relations.Length;
        foreach (var item in dataset.Events)
        {
            var k = Math.Min(item.Participants.Length, MaxParticipantsJoined);
            capacity += k * (k - 1) / 2;
        }

        foreach (var statement in dataset.Statements)
        {
            capacity += statement.Audience.Length + statement.About.Length;
        }

        var crowded = ImmutableArray.CreateBuilder<Event>();
        var mediated = new List<int>();
        var packed = new PackedPairs(capacity, ids.Length);
        EmitPairs(dataset, Rank, ref packed, crowded, mediated);
        var (keyAt, itemAt, pairCount, edgeCount) = packed.Fits && !byComparison
            ? packed.Order()
            : OrderByComparison(dataset, Rank, capacity);

        var edgeArray = new NetworkEdge[edgeCount];
        var edgeEnds = new (int First, int Second)[edgeCount];
        var via = new List<string>();
        for (int i = 0, edge = 0; i < pairCount; i++)
        {
            var key = keyAt(i);
            var item = itemAt(i);
            var itemVia = item.Via;
            if (via.Count == 0 || !ReferenceEquals(via[^1], itemVia))
            {
                via.Add(itemVia);
            }

            if (i + 1 == pairCount || key != keyAt(i + 1))
            {
                edgeArray[edge] = new NetworkEdge
                {
                    From = ids[key.From],
                    To = item.To,
                    Kind = key.Kind,
                    RelationType = key.RelationType,
                    FromRole = key.FromRole,
                    ToRole = key.ToRole,
                    Via = [.. via],
                };
                edgeEnds[edge++] = (key.From, key.To);
                via.Clear();
            }
        }

        var edgeList = ImmutableCollectionsMarshal.AsImmutableArray(edgeArray);
        var weight = new int[ids.Length];
        for (var i = 0; i < edgeList.Length; i++)
        {
            var (from, to) = edgeEnds[i];
            weight[from] += edgeList[i].Weight;
            weight[to] += edgeList[i].Weight;
        }

        var (tieList, tieEnds, tieWeights) = TiesInIdOrder(edgeList, edgeEnds, ids.Length);

        // The ties are in id order: a stable counting sort by weight, heaviest first, keeps that order among equal
        // weights. A tie's weight is at most the number of pairs, so the counts are never longer than the data.
        var heaviest = tieWeights.Length == 0 ? 0 : tieWeights.Max();
        var firstOfWeight = new int[heaviest + 2];
        foreach (var tieWeight in tieWeights)
        {
            firstOfWeight[heaviest - tieWeight + 1]++;
        }

        for (var w = 0; w + 1 < firstOfWeight.Length; w++)
        {
            firstOfWeight[w + 1] += firstOfWeight[w];
        }

        var orderedTies = new ActorTie[tieList.Length];
        var orderedTieEnds = new (int First, int Second)[tieList.Length];
        for (var i = 0; i < tieList.Length; i++)
        {
            var at = firstOfWeight[heaviest - tieWeights[i]]++;
            orderedTies[at] = tieList[i];
            orderedTieEnds[at] = tieEnds[i];
        }

        var ties = ImmutableCollectionsMarshal.AsImmutableArray(orderedTies);
        var edgesOf = GroupByActor(edgeList, edgeEnds, ids.Length);
        var tiesOf = GroupByActor(ties, orderedTieEnds, ids.Length);

        var hasEdge = new bool[ids.Length];
        foreach (var (from, to) in edgeEnds)
        {
            (hasEdge[from], hasEdge[to]) = (true, true);
        }

        // The nodes made in the order of the actors' ordinals, the order in which the index holds the actors and their
        // ids, so that each actor, name and id is read next to the one before (in id order they lie anywhere), and
        // listed in id order by rank. Each id is hashed once, into the table of nodes.
        var nodeAt = new NetworkNode?[ids.Length];
        var entries = new IdTable<ActorId, NodeEntry>(ids.Length);
        for (var ordinal = 0; ordinal < rankOf.Length; ordinal++)
        {
            var rank = rankOf[ordinal];
            var actor = index.FindActorAt(ordinal);
            if (actor is not null || hasEdge[rank])
            {
                var (edgesOfNode, tiesOfNode) = (edgesOf[rank].IsDefault ? [] : edgesOf[rank], tiesOf[rank].IsDefault ? [] : tiesOf[rank]);
                var node = nodeAt[rank] = new NetworkNode(index.ActorAt(ordinal), index.NameAt(ordinal), actor?.Kind, tiesOfNode.Length, weight[rank]);
                entries.Add(node.Id, new NodeEntry(node, edgesOfNode, tiesOfNode));
            }
        }

        var nodes = ImmutableArray.CreateBuilder<NetworkNode>(entries.Count);
        foreach (var node in nodeAt)
        {
            if (node is not null)
            {
                nodes.Add(node);
            }
        }

        return new ActorNetwork(nodes.MoveToImmutable(), edgeList, ties, entries, ActorSides.Build(index, sideOptions, idOrder, mediated), crowded.ToImmutable());
    }

    /// <summary>The event's participants, each once, in their order (a handful: compared pairwise, not hashed).</summary>
    private static Participant[] DistinctParticipants(ImmutableArray<Participant> participants)
    {
        if (participants.Length > MaxParticipantsJoined)
        {
            return [.. participants.Distinct()];
        }

        var distinct = new List<Participant>(participants.Length);
        foreach (var participant in participants)
        {
            if (!distinct.Contains(participant))
            {
                distinct.Add(participant);
            }
        }

        return [.. distinct];
    }

    /// <summary>
    /// The ties in order of their pair of actors, each with its edges in the edges' order, their ends (ranks) and their
    /// weights: the edges placed by a key of the two ranks packed together, sorted within cache-sized partitions of that
    /// key (<see cref="CachePartitions"/>), so that each edge is moved within one partition rather than gathered from
    /// anywhere in the list.
    /// </summary>
    private static (ActorTie[] Ties, (int First, int Second)[] Ends, int[] Weights) TiesInIdOrder(
        ImmutableArray<NetworkEdge> edgeList, (int First, int Second)[] edgeEnds, int actors)
    {
        // Each edge with whether its source is the tie's first actor, so that the tie's actors are read from its edge
        // rather than looked up by rank all over the table of ids.
        var actorBits = CachePartitions.KeyBits(Math.Max(0, actors - 1));
        var byPair = new (long Pair, (NetworkEdge Edge, bool FromFirst) Edge)[edgeList.Length];
        for (var i = 0; i < byPair.Length; i++)
        {
            var (from, to) = edgeEnds[i];
            byPair[i] = (((long)Math.Min(from, to) << actorBits) | (uint)Math.Max(from, to), (edgeList[i], from < to));
        }

        CachePartitions.Sort(byPair.AsSpan(), 2 * actorBits);
        var count = 0;
        for (var i = 0; i < byPair.Length; i++)
        {
            count += i + 1 == byPair.Length || byPair[i].Pair != byPair[i + 1].Pair ? 1 : 0;
        }

        var ties = new ActorTie[count];
        var ends = new (int First, int Second)[count];
        var weights = new int[count];
        for (int start = 0, end = 1, tie = 0; start < byPair.Length; start = end, end = start + 1, tie++)
        {
            var pair = byPair[start].Pair;
            while (end < byPair.Length && byPair[end].Pair == pair)
            {
                end++;
            }

            var tieEdges = new NetworkEdge[end - start];
            var tieWeight = 0;
            for (var k = start; k < end; k++)
            {
                tieEdges[k - start] = byPair[k].Edge.Edge;
                tieWeight += byPair[k].Edge.Edge.Weight;
            }

            var (first, second) = ((int)(pair >>> actorBits), (int)(pair & ((1L << actorBits) - 1)));
            var (edge, fromFirst) = byPair[start].Edge;
            ties[tie] = new ActorTie
            {
                First = fromFirst ? edge.From : edge.To,
                Second = fromFirst ? edge.To : edge.From,
                Edges = ImmutableCollectionsMarshal.AsImmutableArray(tieEdges),
            };
            ends[tie] = (first, second);
            weights[tie] = tieWeight;
        }

        return (ties, ends, weights);
    }

    /// <summary>
    /// Makes every (edge key, item) pair of the dataset, in the data's order, into <paramref name="sink"/>; and, when
    /// given, lists the crowded events and the positions of the events with a mediator on the way.
    /// </summary>
    private static void EmitPairs<TSink>(Dataset dataset, Func<ActorId, int> rank, ref TSink sink, ImmutableArray<Event>.Builder? crowded, List<int>? mediated)
        where TSink : struct, IPairSink
    {
        var ranks = new int[MaxParticipantsJoined];
        for (var position = 0; position < dataset.Events.Length; position++)
        {
            // The sides' mediators are read from the events found here, while their participants are at hand.
            var item = dataset.Events[position];
            if (mediated is not null && ActorSides.HasMediator(item.Participants))
            {
                mediated.Add(position);
            }

            var participants = DistinctParticipants(item.Participants);
            if (participants.Length > MaxParticipantsJoined)
            {
                crowded?.Add(item);
                continue;
            }

            // Each participant's id hashed once, not once for every other participant.
            for (var i = 0; i < participants.Length; i++)
            {
                ranks[i] = rank(participants[i].Actor);
            }

            for (var i = 0; i < participants.Length; i++)
            {
                for (var j = i + 1; j < participants.Length; j++)
                {
                    var (a, b) = (participants[i], participants[j]);
                    var (rankA, rankB) = (ranks[i], ranks[j]);
                    if (rankA > rankB)
                    {
                        (a, b, rankA, rankB) = (b, a, rankB, rankA);
                    }

                    if (rankA != rankB)
                    {
                        sink.Add(new EdgeKey(rankA, rankB, NetworkEdgeKind.CoParticipation, null, a.Role, b.Role), new EdgeItem(item.Id.Value, b.Actor));
                    }
                }
            }
        }

        foreach (var statement in dataset.Statements)
        {
            var speaker = rank(statement.Speaker);
            foreach (var actor in statement.Audience)
            {
                if (rank(actor) is var to && to != speaker)
                {
                    sink.Add(new EdgeKey(speaker, to, NetworkEdgeKind.SpokeTo, null, null, null), new EdgeItem(statement.Id.Value, actor));
                }
            }

            foreach (var actor in statement.About)
            {
                if (rank(actor) is var to && to != speaker)
                {
                    sink.Add(new EdgeKey(speaker, to, NetworkEdgeKind.SpokeAbout, null, null, null), new EdgeItem(statement.Id.Value, actor));
                }
            }
        }

        foreach (var relation in dataset.Relations)
        {
            if ((rank(relation.Source), rank(relation.Target)) is var (from, to) && from != to)
            {
                sink.Add(new EdgeKey(from, to, NetworkEdgeKind.Relation, relation.Type, null, null), new EdgeItem(relation.Id.Value, relation.Target));
            }
        }
    }

    /// <summary>
    /// The edges' order by comparing keys, for pairs whose keys do not fit a long: the key of the pair at each position
    /// (equal keys in the data's order), the item behind each, and how many edges (distinct keys) there are.
    /// </summary>
    private static (Func<int, EdgeKey> KeyAt, Func<int, EdgeItem> ItemAt, int Pairs, int Edges) OrderByComparison(Dataset dataset, Func<ActorId, int> rank, int capacity)
    {
        var sink = new ListedPairs(capacity);
        EmitPairs(dataset, rank, ref sink, null, null);
        var (pairs, items) = (sink.Pairs, sink.Items);
        var positions = Enumerable.Range(0, pairs.Count).ToArray();
        Array.Sort(positions, (x, y) => pairs[x].CompareTo(pairs[y]));
        var edges = 0;
        for (var i = 0; i < positions.Length; i++)
        {
            edges += i + 1 == positions.Length || pairs[positions[i]].Key != pairs[positions[i + 1]].Key ? 1 : 0;
        }

        return (i => pairs[positions[i]].Key, i => items[positions[i]], positions.Length, edges);
    }

    /// <summary>
    /// Groups items under both of their actors (by rank), keeping their order; default for an actor without items. The
    /// (actor, item) entries are placed in cache-sized partitions of actors first (<see cref="CachePartitions"/>), then
    /// each partition's actors get one exact array each, in rank order, filled from the partition alone: no write
    /// lands far from the one before.
    /// </summary>
    private static ImmutableArray<T>[] GroupByActor<T>(ImmutableArray<T> items, (int First, int Second)[] ends, int actors)
    {
        var actorBits = CachePartitions.KeyBits(Math.Max(0, actors - 1));
        var shift = actorBits - CachePartitions.BitsFor(2 * items.Length, actorBits);
        var (placed, starts) = CachePartitions.Place<(int Actor, int Item), BothEnds>(new BothEnds(ends, items.Length, shift), 1 << (actorBits - shift));
        var byActor = new ImmutableArray<T>[actors];
        var counts = new int[1 << shift];
        for (var p = 0; p + 1 < starts.Length; p++)
        {
            var firstActor = p << shift;
            Array.Clear(counts);
            for (var i = starts[p]; i < starts[p + 1]; i++)
            {
                counts[placed[i].Actor - firstActor]++;
            }

            var groups = new T[counts.Length][];
            for (var k = 0; k < counts.Length; k++)
            {
                if (counts[k] > 0)
                {
                    groups[k] = new T[counts[k]];
                    byActor[firstActor + k] = ImmutableCollectionsMarshal.AsImmutableArray(groups[k]);
                    counts[k] = 0;
                }
            }

            // Written through a reference: a store into an array of a shared generic type checks the array's element
            // type at every store, which cost more than the store.
            for (var i = starts[p]; i < starts[p + 1]; i++)
            {
                var k = placed[i].Actor - firstActor;
                Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(groups[k]), counts[k]++) = items[placed[i].Item];
            }
        }

        return byActor;
    }

    /// <summary>
    /// Each item's two actors as entries, read from the items' ends as they are placed rather than listed first (a
    /// second array as long); an entry is an actor and the item's position (8 bytes, not the 16 of an actor and a
    /// reference), and within a partition the positions ascend, so reading the items through them walks the list forwards.
    /// </summary>
    private readonly struct BothEnds((int First, int Second)[] ends, int items, int shift) : CachePartitions.IEntries<(int Actor, int Item)>
    {
        public int Count => 2 * items;

        public (int Actor, int Item) At(int position) => (ActorAt(position), position >> 1);

        public int PartitionOf(int position) => ActorAt(position) >> shift;

        private int ActorAt(int position) => (position & 1) == 0 ? ends[position >> 1].First : ends[position >> 1].Second;
    }

    /// <summary>The node of the actor, or null when the actor is not in the network.</summary>
    public NetworkNode? Node(ActorId actor) => _entries.Find(actor)?.Node;

    /// <summary>The edges touching the actor, in the network's order.</summary>
    public ImmutableArray<NetworkEdge> EdgesOf(ActorId actor) => _entries.Find(actor)?.Edges ?? [];

    /// <summary>The actors joined to the actor by at least one edge, in id order.</summary>
    public ImmutableArray<ActorId> Neighbours(ActorId actor) =>
        [.. TiesOf(actor).Select(t => t.First == actor ? t.Second : t.First).OrderBy(a => a.Value, StringComparer.Ordinal)];

    /// <summary>How many distinct actors the actor is joined to; 0 for an actor without edges or not in the network.</summary>
    public int Degree(ActorId actor) => _entries.Find(actor)?.Node.Degree ?? 0;

    /// <summary>The actor's ties, heaviest first.</summary>
    public ImmutableArray<ActorTie> TiesOf(ActorId actor) => _entries.Find(actor)?.Ties ?? [];

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

    /// <summary>What makes an edge, its actors given by their ranks in id order; ordered by the edges' order.</summary>
    private readonly record struct EdgeKey(
        int From, int To, NetworkEdgeKind Kind, RelationType? RelationType, ParticipantRole? FromRole, ParticipantRole? ToRole)
        : IComparable<EdgeKey>
    {
        public int CompareTo(EdgeKey other)
        {
            var c = From.CompareTo(other.From);
            if (c == 0)
            {
                c = To.CompareTo(other.To);
            }

            if (c == 0)
            {
                // Enum.CompareTo boxes its argument; the default comparer of an enum does not.
                c = Comparer<NetworkEdgeKind>.Default.Compare(Kind, other.Kind);
            }

            if (c == 0)
            {
                c = Nullable.Compare(RelationType, other.RelationType);
            }

            if (c == 0)
            {
                c = Nullable.Compare(FromRole, other.FromRole);
            }

            return c != 0 ? c : Nullable.Compare(ToRole, other.ToRole);
        }
    }

    /// <summary>A node with its edges and ties, found by the node's id.</summary>
    private sealed class NodeEntry(NetworkNode node, ImmutableArray<NetworkEdge> edges, ImmutableArray<ActorTie> ties)
    {
        public NetworkNode Node { get; } = node;

        public ImmutableArray<NetworkEdge> Edges { get; } = edges;

        public ImmutableArray<ActorTie> Ties { get; } = ties;
    }

    /// <summary>
    /// The id of an item behind an edge, and the edge's target as the item names it: carried through the edges' sort, so
    /// that no target is looked up by its rank, in an order unrelated to where the ids lie.
    /// </summary>
    private readonly record struct EdgeItem(string Via, ActorId To);

    /// <summary>Where <see cref="EmitPairs"/> puts the pairs it makes.</summary>
    private interface IPairSink
    {
        void Add(EdgeKey key, EdgeItem item);
    }

    /// <summary>
    /// The pairs with their keys packed into longs as they come (ranks, kind, relation type and roles, each in the bits
    /// its largest value needs, a missing value first as <see cref="Nullable.Compare{T}"/> has it), ordered by a linear
    /// radix sort in cache-sized partitions of the packed keys (<see cref="CachePartitions"/>).
    /// </summary>
    private struct PackedPairs : IPairSink
    {
        private static readonly int MaxKind = Enum.GetValues<NetworkEdgeKind>().Max(v => (int)v);
        private static readonly int MaxRelation = Enum.GetValues<RelationType>().Max(v => (int)v) + 1;
        private static readonly int MaxRole = Enum.GetValues<ParticipantRole>().Max(v => (int)v) + 1;
        private readonly (long Key, EdgeItem Item)[] _packed;
        private readonly int _actorBits;
        private readonly int _kindBits;
        private readonly int _relationBits;
        private readonly int _roleBits;
        private int _count;

        public PackedPairs(int capacity, int actors)
        {
            _packed = new (long Key, EdgeItem Item)[capacity];
            (_actorBits, _kindBits, _relationBits, _roleBits) = (CachePartitions.KeyBits(Math.Max(0, actors - 1)), CachePartitions.KeyBits(MaxKind), CachePartitions.KeyBits(MaxRelation), CachePartitions.KeyBits(MaxRole));
            Fits = KeyBits <= 63;
        }

        /// <summary>Whether every key so far fits its bits; when not, the pairs must be ordered by comparison.</summary>
        public bool Fits { get; private set; }

        private readonly int KeyBits => (2 * _actorBits) + _kindBits + _relationBits + (2 * _roleBits);

        public void Add(EdgeKey key, EdgeItem item)
        {
            var (kind, relation, fromRole, toRole) = ((int)key.Kind, key.RelationType is { } r ? (int)r + 1 : 0, key.FromRole is { } f ? (int)f + 1 : 0, key.ToRole is { } t ? (int)t + 1 : 0);
            if ((uint)kind > (uint)MaxKind || (uint)relation > (uint)MaxRelation || (uint)fromRole > (uint)MaxRole || (uint)toRole > (uint)MaxRole)
            {
                Fits = false;
            }

            if (Fits)
            {
                var value = (long)key.From;
                value = (value << _actorBits) | (uint)key.To;
                value = (value << _kindBits) | (uint)kind;
                value = (value << _relationBits) | (uint)relation;
                value = (value << _roleBits) | (uint)fromRole;
                _packed[_count++] = ((value << _roleBits) | (uint)toRole, item);
            }
        }

        /// <summary>
        /// Orders the pairs in place; then the key of the pair at each position of the edges' order (equal keys in the
        /// data's order), the item behind each, how many pairs and how many edges there are.
        /// </summary>
        public readonly (Func<int, EdgeKey> KeyAt, Func<int, EdgeItem> ItemAt, int Pairs, int Edges) Order()
        {
            var sorted = _packed;
            var count = _count;
            CachePartitions.Sort(sorted.AsSpan(0, count), KeyBits);
            var edges = 0;
            for (var i = 0; i < count; i++)
            {
                edges += i + 1 == count || sorted[i].Key != sorted[i + 1].Key ? 1 : 0;
            }

            var (actorBits, kindBits, relationBits, roleBits) = (_actorBits, _kindBits, _relationBits, _roleBits);
            int Field(long value, int shift, int bits) => (int)((value >>> shift) & ((1L << bits) - 1));
            EdgeKey KeyAt(int i)
            {
                var value = sorted[i].Key;
                var fromRole = Field(value, roleBits, roleBits);
                var kind = Field(value, (2 * roleBits) + relationBits, kindBits);
                var relation = Field(value, 2 * roleBits, relationBits);
                var to = Field(value, (2 * roleBits) + relationBits + kindBits, actorBits);
                var from = Field(value, (2 * roleBits) + relationBits + kindBits + actorBits, actorBits);
                var toRole = Field(value, 0, roleBits);
                return new EdgeKey(
                    from,
                    to,
                    (NetworkEdgeKind)kind,
                    relation == 0 ? null : (RelationType)(relation - 1),
                    fromRole == 0 ? null : (ParticipantRole)(fromRole - 1),
                    toRole == 0 ? null : (ParticipantRole)(toRole - 1));
            }

            return (KeyAt, i => sorted[i].Item, count, edges);
        }
    }

    /// <summary>The pairs as keys and items, for <see cref="OrderByComparison"/>.</summary>
    private readonly struct ListedPairs(int capacity) : IPairSink
    {
        public List<EdgePair> Pairs { get; } = new(capacity);

        public List<EdgeItem> Items { get; } = new(capacity);

        public void Add(EdgeKey key, EdgeItem item)
        {
            Pairs.Add(new EdgePair(key, Pairs.Count));
            Items.Add(item);
        }
    }

    /// <summary>An edge's key for one item, and where the item came in the data: ties keep the data's order.</summary>
    private readonly record struct EdgePair(EdgeKey Key, int Position) : IComparable<EdgePair>
    {
        public int CompareTo(EdgePair other)
        {
            var c = Key.CompareTo(other.Key);
            return c != 0 ? c : Position.CompareTo(other.Position);
        }
    }
}
