using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace NewsEvents.Analysis;

/// <summary>
/// Splits claims of one proposition into the parts that are about one thing: joined when they name an event or actor
/// in common (or both name none), directly or through other claims of the part, then split where their times stop
/// overlapping (a part with a claim of no known time stays whole). Parts in order of their first claim, each in the
/// dataset's order.
/// </summary>
/// <remarks>
/// Claims are known here by their rank: their place once the claims are laid out proposition by proposition, each
/// proposition's claims in the dataset's order (so that within a proposition rank order is the dataset's order). What
/// each claim names (as dense numbers, the index's event and actor ordinals) and its time are read once, in the
/// dataset's order, and stored by rank; a split then reads and writes its own claims' entries side by side, where
/// entries by position lay a proposition's claims across arrays of the whole dataset, one cache miss each, as many
/// times as a split reads them. Arrays by subject are marked with the split's number instead of cleared, so that a
/// split costs time in its own claims only and allocates nothing but the parts' buffer as it grows. The generator's
/// casualty figures put a growing share of claims in a few propositions: maps and sets made per split, keyed by id
/// strings, cost more per claim the larger the dataset.
/// </remarks>
internal sealed class ClaimParts
{
    private readonly TimeExtent?[] _times;
    private readonly int[] _subjectStart;
    private readonly int[] _subjects;
    private readonly int[] _parent;
    private readonly int[] _component;
    private readonly int[] _componentIn;
    private readonly (int Split, int First)[] _naming;
    private readonly List<int> _placed = [];
    private readonly List<int> _sizes = [];
    private readonly List<(long Start, int Claim)> _byStart = [];
    private readonly List<int> _parts = [];
    private readonly List<(int Start, int Length)> _bounds = [];
    private int _split;

    private ClaimParts(TimeExtent?[] times, int[] subjectStart, int[] subjects, int subjectCodes)
    {
        _times = times;
        _subjectStart = subjectStart;
        _subjects = subjects;
        _parent = new int[times.Length];
        _component = new int[times.Length];
        _componentIn = new int[times.Length];
        _naming = new (int, int)[subjectCodes];
    }

    /// <summary>The number of parts of the last <see cref="Split"/>.</summary>
    public int Count => _bounds.Count;

    /// <summary>The claims (ranks) of a part of the last <see cref="Split"/>, in the dataset's order.</summary>
    public ReadOnlySpan<int> this[int part] => CollectionsMarshal.AsSpan(_parts).Slice(_bounds[part].Start, _bounds[part].Length);

    /// <summary>
    /// Reads what every claim names: an event (by id), an actor (by id), or, for a claim that names neither, the one
    /// unnamed thing; and its time; each stored at the claim's rank.
    /// </summary>
    /// <param name="index">The index.</param>
    /// <param name="claims">The claims.</param>
    /// <param name="times">Each claim's time, by position.</param>
    /// <param name="rankOf">Each claim's rank, by position.</param>
    public static ClaimParts Of(DatasetIndex index, ImmutableArray<Claim> claims, TimeExtent?[] times, int[] rankOf)
    {
        var n = claims.Length;
        var events = index.EventOrdinals;

        // Counted first, so that each claim's subjects can be written straight to their place by rank.
        var subjectStart = new int[n + 1];
        for (var i = 0; i < n; i++)
        {
            var about = claims[i].About;
            subjectStart[rankOf[i] + 1] = Math.Max(1, about.Events.Length + about.Actors.Length);
        }

        for (var rank = 0; rank < n; rank++)
        {
            subjectStart[rank + 1] += subjectStart[rank];
        }

        // Events are numbered first (an event only referenced after those of the index), actors after all events,
        // stored meanwhile as their complement; the unnamed thing last.
        var codes = new int[subjectStart[n]];
        var byRank = new TimeExtent?[n];
        Dictionary<EventId, int>? referencedOnly = null;
        for (var i = 0; i < n; i++)
        {
            var rank = rankOf[i];
            byRank[rank] = times[i];
            var at = subjectStart[rank];
            var about = claims[i].About;
            if (about.Events.IsEmpty && about.Actors.IsEmpty)
            {
                codes[at++] = ~index.ActorOrdinals;
            }

            foreach (var e in about.Events)
            {
                var ordinal = index.EventOrdinal(e);
                if (ordinal < 0)
                {
                    referencedOnly ??= [];
                    ref var code = ref CollectionsMarshal.GetValueRefOrAddDefault(referencedOnly, e, out var known);
                    if (!known)
                    {
                        code = events + referencedOnly.Count - 1;
                    }

                    ordinal = code;
                }

                codes[at++] = ordinal;
            }

            foreach (var a in about.Actors)
            {
                codes[at++] = ~index.ActorOrdinal(a);
            }
        }

        var actorsFrom = events + (referencedOnly?.Count ?? 0);
        for (var s = 0; s < codes.Length; s++)
        {
            if (codes[s] < 0)
            {
                codes[s] = actorsFrom + ~codes[s];
            }
        }

        return new ClaimParts(byRank, subjectStart, codes, actorsFrom + index.ActorOrdinals + 1);
    }

    /// <summary>Splits the claims (ranks of one proposition's claims, ascending) into parts about one thing, read through the indexer.</summary>
    public void Split(ReadOnlySpan<int> members)
    {
        _parts.Clear();
        _bounds.Clear();
        if (members.Length == 1)
        {
            // One claim is one part: nothing to join or split (the common case, where propositions are on unrelated events).
            Emit(members);
            return;
        }

        var split = ++_split;
        foreach (var member in members)
        {
            _parent[member] = member;
        }

        foreach (var member in members)
        {
            for (var s = _subjectStart[member]; s < _subjectStart[member + 1]; s++)
            {
                // Which split last named the subject and its first claim there, side by side: one miss, not two.
                ref var naming = ref _naming[_subjects[s]];
                if (naming.Split == split)
                {
                    Union(naming.First, member);
                }
                else
                {
                    naming = (split, member);
                }
            }
        }

        // The components in order of their first claim, their claims placed by counting, in the dataset's order.
        _sizes.Clear();
        foreach (var member in members)
        {
            var root = Root(member);
            if (_componentIn[root] != split)
            {
                _componentIn[root] = split;
                _component[root] = _sizes.Count;
                _sizes.Add(0);
            }

            _sizes[_component[root]]++;
        }

        var starts = new int[_sizes.Count + 1];
        for (var c = 0; c < _sizes.Count; c++)
        {
            starts[c + 1] = starts[c] + _sizes[c];
        }

        _placed.Clear();
        CollectionsMarshal.SetCount(_placed, members.Length);
        var placed = CollectionsMarshal.AsSpan(_placed);
        var next = starts.AsSpan(0, _sizes.Count).ToArray();
        foreach (var member in members)
        {
            placed[next[_component[Root(member)]]++] = member;
        }

        for (var c = 0; c < _sizes.Count; c++)
        {
            SplitByTime(CollectionsMarshal.AsSpan(_placed).Slice(starts[c], _sizes[c]));
        }
    }

    private void SplitByTime(ReadOnlySpan<int> component)
    {
        foreach (var claim in component)
        {
            if (_times[claim] is null)
            {
                Emit(component);
                return;
            }
        }

        _byStart.Clear();
        foreach (var claim in component)
        {
            _byStart.Add((_times[claim]!.Value.Found.Start, claim));
        }

        _byStart.Sort();
        var partStart = _parts.Count;
        var end = long.MinValue;
        foreach (var (_, claim) in _byStart)
        {
            var extent = _times[claim]!.Value.Found;
            if (_parts.Count > partStart && extent.Start >= end)
            {
                EndPart(partStart);
                partStart = _parts.Count;
            }

            _parts.Add(claim);
            end = Math.Max(end, extent.End);
        }

        EndPart(partStart);
    }

    private void Emit(ReadOnlySpan<int> part)
    {
        _bounds.Add((_parts.Count, part.Length));
        _parts.AddRange(part);
    }

    private void EndPart(int start)
    {
        CollectionsMarshal.AsSpan(_parts)[start..].Sort();
        _bounds.Add((start, _parts.Count - start));
    }

    private void Union(int first, int second)
    {
        var (a, b) = (Root(first), Root(second));
        if (a != b)
        {
            _parent[Math.Max(a, b)] = Math.Min(a, b);
        }
    }

    private int Root(int claim) => UnionFind.Root(_parent, claim);
}
