using System.Buffers;
using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace NewsEvents.Analysis;

/// <summary>
/// The claim origins joined into independent sources through affiliating relations (union–find on the index's actor
/// ordinals): O(r log c + c) for r relations and c claims, the logarithm only for relations that carry a time, plus
/// the ranking of the sources' ids (<see cref="ClaimSources"/>).
/// </summary>
internal sealed class SourceIndependence
{
    // Sets of more origins than this are made distinct through a map; fewer, by a scan of those already kept.
    private const int ScannedSources = 16;

    // Up to this many origins are made distinct in memory on the stack; more, in a rented array.
    private const int StackedOrigins = 256;

    private readonly DatasetIndex _index;

    // What making origins distinct reads, side by side: by actor ordinal its set and rank, by rank its id and actor.
    // Apart, they were four arrays (and the actors' table) read from anywhere for each origin.
    private readonly (int Set, int Rank)[] _origin;
    private readonly (ActorId Id, Actor? Actor)[] _byRank;
    private readonly IndependentSource?[] _sourceOf;

    private SourceIndependence(DatasetIndex index, ClaimSources ranked, int[] root, IndependentSource?[] sourceOf, ImmutableArray<IndependentSource> sources)
    {
        _index = index;
        _origin = new (int, int)[root.Length];
        for (var ordinal = 0; ordinal < root.Length; ordinal++)
        {
            _origin[ordinal] = (root[ordinal], ranked.RankOf[ordinal]);
        }

        _byRank = new (ActorId, Actor?)[ranked.ByRank.Length];
        for (var rank = 0; rank < _byRank.Length; rank++)
        {
            _byRank[rank] = (ranked.ByRank[rank], index.FindActorAt(ranked.OrdinalsByRank[rank]));
        }

        _sourceOf = sourceOf;
        Sources = sources;
    }

    /// <summary>The independent sources, most claims first, then by their first member's id.</summary>
    public ImmutableArray<IndependentSource> Sources { get; }

    public IndependentSource? SourceOf(ActorId origin) => _index.ActorOrdinal(origin) is var ordinal and >= 0 ? _sourceOf[ordinal] : null;

    /// <summary>
    /// Joins the origins (the actor ordinal of each claim's origin, by the claim's position): an affiliating relation
    /// without a time joins its two actors; one with a time joins them when a claim of either, made at a time that
    /// overlaps it (or at no known time), shows it in force while they spoke.
    /// </summary>
    public static SourceIndependence Build(DatasetIndex index, IndependenceOptions options, ClaimSources ranked, int[] origins, Func<Claim, TimeExtent?> timeOf)
    {
        var actors = index.ActorOrdinals;
        var parent = new int[actors];
        var size = new int[actors];
        for (var a = 0; a < actors; a++)
        {
            parent[a] = a;
            size[a] = 1;
        }

        var spoken = new SpokenTimes?[actors];
        bool SpokeDuring(ActorId actor, int ordinal, TimeExtent extent) =>
            (spoken[ordinal] ??= SpokenTimes.Of(index.ClaimsBy(actor), timeOf)).Overlaps(extent);

        foreach (var relation in index.Dataset.Relations)
        {
            if (relation.Source == relation.Target || !options.Joins(relation.Type, index.FindActor(relation.Source)?.Kind))
            {
                continue;
            }

            var (source, target) = (index.ActorOrdinal(relation.Source), index.ActorOrdinal(relation.Target));
            if (relation.Time is not { } time
                || SpokeDuring(relation.Source, source, TimeExtent.Of(time, index.DefaultZone))
                || SpokeDuring(relation.Target, target, TimeExtent.Of(time, index.DefaultZone)))
            {
                UnionFind.UnionBySize(parent, size, source, target);
            }
        }

        var root = parent;
        for (var a = 0; a < actors; a++)
        {
            root[a] = UnionFind.Root(parent, a);
        }

        // Per set: its claims and its distinct origins, placed in id order by walking the ranked sources once.
        var claimsOf = size;
        Array.Clear(claimsOf);
        foreach (var origin in origins)
        {
            claimsOf[origin]++;
        }

        var claimsOfSet = new int[actors];
        var membersOfSet = new int[actors];
        var roots = new List<int>();
        foreach (var origin in ranked.OrdinalsByRank)
        {
            if (claimsOf[origin] > 0)
            {
                var set = root[origin];
                if (membersOfSet[set]++ == 0)
                {
                    roots.Add(set);
                }

                claimsOfSet[set] += claimsOf[origin];
            }
        }

        var members = new ActorId[actors][];
        foreach (var set in roots)
        {
            members[set] = new ActorId[membersOfSet[set]];
            membersOfSet[set] = 0;
        }

        for (var rank = 0; rank < ranked.OrdinalsByRank.Length; rank++)
        {
            var origin = ranked.OrdinalsByRank[rank];
            if (claimsOf[origin] > 0)
            {
                var set = root[origin];
                members[set][membersOfSet[set]++] = ranked.ByRank[rank];
            }
        }

        // Most claims first, then by the first member's rank: both in one key, sorted linearly. Roots are met in the
        // order of their first member's rank, so the rank of a set's first member is its place in that order.
        var most = roots.Count == 0 ? 0 : roots.Max(set => claimsOfSet[set]);
        var keys = new long[roots.Count];
        for (var r = 0; r < roots.Count; r++)
        {
            keys[r] = ((long)(most - claimsOfSet[roots[r]]) << 32) | (uint)r;
        }

        var sources = new IndependentSource[roots.Count];
        var sourceOfSet = new IndependentSource?[actors];
        var order = RadixOrder.Of(keys);
        for (var s = 0; s < order.Length; s++)
        {
            var set = roots[order[s]];
            sources[s] = new IndependentSource { Members = ImmutableCollectionsMarshal.AsImmutableArray(members[set]), Claims = claimsOfSet[set] };
            sourceOfSet[set] = sources[s];
        }

        // Only the origins have a source: the actor standing for a set may be no origin at all.
        var sourceOf = new IndependentSource?[actors];
        foreach (var origin in ranked.OrdinalsByRank)
        {
            if (claimsOf[origin] > 0)
            {
                sourceOf[origin] = sourceOfSet[root[origin]];
            }
        }

        return new SourceIndependence(index, ranked, root, sourceOf, ImmutableCollectionsMarshal.AsImmutableArray(sources));
    }

    /// <summary>The set an origin (an actor ordinal) belongs to: two origins are one source when their sets are equal.</summary>
    public int SetOf(int origin) => _origin[origin].Set;

    /// <summary>
    /// One origin of each independent source among <paramref name="origins"/> (actor ordinals of claims' origins): the
    /// least id, in id order.
    /// </summary>
    public ImmutableArray<ActorId> Distinct(IEnumerable<int> origins) => Distinct(CollectionsMarshal.AsSpan(origins.ToList()));

    /// <summary>As <see cref="Distinct(IEnumerable{int})"/>.</summary>
    public ImmutableArray<ActorId> Distinct(ReadOnlySpan<int> origins)
    {
        var ranks = DistinctRanks(origins);
        var ids = new ActorId[ranks.Length];
        for (var k = 0; k < ranks.Length; k++)
        {
            ids[k] = _byRank[ranks[k]].Id;
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(ids);
    }

    /// <summary>
    /// As <see cref="Distinct(ReadOnlySpan{int})"/>, with the actors of those of the origins the dataset has, found by
    /// their ranks rather than by hashing their ids.
    /// </summary>
    public (ImmutableArray<ActorId> Ids, ImmutableArray<Actor> Actors) DistinctWithActors(ReadOnlySpan<int> origins)
    {
        var ranks = DistinctRanks(origins);
        var ids = new ActorId[ranks.Length];
        var found = 0;
        for (var k = 0; k < ranks.Length; k++)
        {
            ids[k] = _byRank[ranks[k]].Id;
            found += _byRank[ranks[k]].Actor is null ? 0 : 1;
        }

        var actors = new Actor[found];
        found = 0;
        foreach (var rank in ranks)
        {
            if (_byRank[rank].Actor is { } actor)
            {
                actors[found++] = actor;
            }
        }

        return (ImmutableCollectionsMarshal.AsImmutableArray(ids), ImmutableCollectionsMarshal.AsImmutableArray(actors));
    }

    /// <summary>The ranks of <see cref="Distinct(ReadOnlySpan{int})"/>'s origins, ascending: the least of each set's.</summary>
    private int[] DistinctRanks(ReadOnlySpan<int> origins)
    {
        (int Set, int Rank)[]? rented = null;
        var kept = origins.Length <= StackedOrigins
            ? stackalloc (int Set, int Rank)[origins.Length]
            : (rented = ArrayPool<(int, int)>.Shared.Rent(origins.Length));
        var count = 0;
        Dictionary<int, int>? keptOfSet = null;
        foreach (var origin in origins)
        {
            var (set, rank) = _origin[origin];
            var at = -1;
            if (keptOfSet is not null)
            {
                at = keptOfSet.GetValueOrDefault(set, -1);
            }
            else
            {
                for (var k = 0; k < count; k++)
                {
                    if (kept[k].Set == set)
                    {
                        at = k;
                        break;
                    }
                }
            }

            if (at < 0)
            {
                kept[count++] = (set, rank);
                if (keptOfSet is null && count > ScannedSources)
                {
                    keptOfSet = new Dictionary<int, int>(2 * count);
                    for (var k = 0; k < count; k++)
                    {
                        keptOfSet.Add(kept[k].Set, k);
                    }
                }
                else
                {
                    keptOfSet?.Add(set, count - 1);
                }
            }
            else if (rank < kept[at].Rank)
            {
                kept[at].Rank = rank;
            }
        }

        var ranks = new int[count];
        for (var k = 0; k < count; k++)
        {
            ranks[k] = kept[k].Rank;
        }

        if (rented is not null)
        {
            ArrayPool<(int, int)>.Shared.Return(rented);
        }

        Array.Sort(ranks);
        return ranks;
    }

    /// <summary>As <see cref="Distinct(IEnumerable{int})"/>, for origins given by id (each hashed once into its ordinal).</summary>
    public ImmutableArray<ActorId> Distinct(IEnumerable<ActorId> origins) => Distinct(origins.Select(_index.ActorOrdinal));

    /// <summary>The times an actor made claims at, searchable for overlap in O(log n).</summary>
    private sealed class SpokenTimes
    {
        private readonly long[] _starts;
        private readonly long[] _maxEnds;
        private readonly bool _untimed;

        private SpokenTimes(long[] starts, long[] maxEnds, bool untimed) => (_starts, _maxEnds, _untimed) = (starts, maxEnds, untimed);

        public static SpokenTimes Of(ImmutableArray<Claim> claims, Func<Claim, TimeExtent?> timeOf)
        {
            var extents = new List<TimeExtent>(claims.Length);
            var untimed = false;
            foreach (var claim in claims)
            {
                if (timeOf(claim) is { } extent)
                {
                    extents.Add(extent.Found);
                }
                else
                {
                    untimed = true;
                }
            }

            extents.Sort((x, y) => x.Start.CompareTo(y.Start));
            var starts = new long[extents.Count];
            var maxEnds = new long[extents.Count];
            for (var i = 0; i < extents.Count; i++)
            {
                starts[i] = extents[i].Start;
                maxEnds[i] = Math.Max(extents[i].End, i == 0 ? long.MinValue : maxEnds[i - 1]);
            }

            return new SpokenTimes(starts, maxEnds, untimed);
        }

        /// <summary>Whether a claim has no known time, or a time that overlaps the extent.</summary>
        public bool Overlaps(TimeExtent extent)
        {
            if (_untimed)
            {
                return true;
            }

            var found = extent.Found;

            // The claims that start before the extent ends; one of them overlaps when the latest end among them is after its start.
            var count = SortedSearch.LowerBound(_starts, found.End);
            return count > 0 && _maxEnds[count - 1] > found.Start;
        }
    }
}
