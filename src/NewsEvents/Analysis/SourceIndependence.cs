using System.Collections.Immutable;

namespace NewsEvents.Analysis;

/// <summary>
/// The claim origins joined into independent sources through affiliating relations (union–find):
/// O((r + c) log c) for r relations and c claims, the logarithm only for relations that carry a time.
/// </summary>
internal sealed class SourceIndependence
{
    private readonly DisjointSets<ActorId> _sets;
    private readonly Dictionary<ActorId, IndependentSource> _sourceOf;

    private SourceIndependence(DisjointSets<ActorId> sets, ImmutableArray<IndependentSource> sources)
    {
        _sets = sets;
        Sources = sources;
        _sourceOf = [];
        foreach (var source in sources)
        {
            foreach (var member in source.Members)
            {
                _sourceOf.Add(member, source);
            }
        }
    }

    /// <summary>The independent sources, most claims first, then by their first member's id.</summary>
    public ImmutableArray<IndependentSource> Sources { get; }

    public IndependentSource? SourceOf(ActorId origin) => _sourceOf.GetValueOrDefault(origin);

    /// <summary>
    /// Joins the origins: an affiliating relation without a time joins its two actors; one with a time
    /// joins them when a claim of either, made at a time that overlaps it (or at no known time), shows it
    /// in force while they spoke.
    /// </summary>
    public static SourceIndependence Build(DatasetIndex index, IndependenceOptions options, ImmutableArray<ActorId> origins, Func<Claim, TimeExtent?> timeOf)
    {
        var sets = new DisjointSets<ActorId>();
        var spoken = new Dictionary<ActorId, SpokenTimes>();
        bool SpokeDuring(ActorId actor, TimeExtent extent)
        {
            if (!spoken.TryGetValue(actor, out var times))
            {
                times = SpokenTimes.Of(index.ClaimsBy(actor), timeOf);
                spoken.Add(actor, times);
            }

            return times.Overlaps(extent);
        }

        foreach (var relation in index.Dataset.Relations)
        {
            if (relation.Source == relation.Target || !options.Joins(relation.Type, index.FindActor(relation.Source)?.Kind))
            {
                continue;
            }

            if (relation.Time is not { } time
                || SpokeDuring(relation.Source, TimeExtent.Of(time, index.DefaultZone))
                || SpokeDuring(relation.Target, TimeExtent.Of(time, index.DefaultZone)))
            {
                sets.Union(relation.Source, relation.Target);
            }
        }

        var members = new Dictionary<ActorId, (HashSet<ActorId> Members, int Claims)>();
        foreach (var origin in origins)
        {
            var root = sets.Find(origin);
            var entry = members.TryGetValue(root, out var found) ? found : ([], 0);
            entry.Members.Add(origin);
            members[root] = (entry.Members, entry.Claims + 1);
        }

        var sources = members.Values
            .Select(e => new IndependentSource { Members = [.. e.Members.Order(OrdinalActorIds.Instance)], Claims = e.Claims })
            .OrderByDescending(s => s.Claims)
            .ThenBy(s => s.Members[0].Value, StringComparer.Ordinal);
        return new SourceIndependence(sets, [.. sources]);
    }

    /// <summary>One origin of each independent source among <paramref name="origins"/> (the least id), in id order.</summary>
    public ImmutableArray<ActorId> Distinct(IEnumerable<ActorId> origins)
    {
        var least = new Dictionary<ActorId, ActorId>();
        foreach (var origin in origins)
        {
            var root = _sets.Find(origin);
            if (!least.TryGetValue(root, out var found) || string.CompareOrdinal(origin.Value, found.Value) < 0)
            {
                least[root] = origin;
            }
        }

        return [.. least.Values.Order(OrdinalActorIds.Instance)];
    }

    /// <summary>The actor that stands for the set of the origin in the union–find (not chosen by id: compare roots, show <see cref="Distinct"/>).</summary>
    public ActorId RootOf(ActorId origin) => _sets.Find(origin);

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
