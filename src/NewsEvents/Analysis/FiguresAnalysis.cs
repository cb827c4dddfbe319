using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace NewsEvents.Analysis;

/// <summary>
/// Every reported number of a dataset's events and claims, grouped by what it counts and what it is
/// about, rival figures side by side with their sources.
/// </summary>
/// <remarks>
/// <para><b>Groups.</b> A figure belongs to the event that carries it and, for a claim's figure, to each
/// event the claim is about; figures of claims about no event are grouped by the claim's proposition
/// (<see cref="ClaimsAnalysis.KeyOf"/>). Within that, one group per <see cref="QuantityKind"/> and unit:
/// the ministry's "at least 12 killed" and the rebels' "30 killed" about one clash are one group.</para>
/// <para><b>Disputed</b> when two figures of a group differ in value, range, qualifier or unit (never
/// in wording: "12 people" and "twelve" are one figure). <b>Overlapping</b> when one number fits every
/// figure of the group: an exact value fits itself; "about" allows <see cref="AboutMargin"/> either
/// side; "at least" and "more than" have no upper bound, "at most", "up to" and "less than" no lower
/// one. So "at least 12" and "30" overlap, "at most 10" and "30" do not.</para>
/// <para><b>Sources</b> are the independent sources of the claims' figures, as <see cref="ClaimsAnalysis"/>
/// counts them (relays and affiliates are not new sources); a group whose claims come from one source is
/// <see cref="FigureGroup.IsSingleSource"/>: "about 200,000 displaced, according to aid agencies".
/// An event's own figures are the dataset's coding and have no source.</para>
/// <para>Built in time and memory linear in the figures (times the events each claim is about), plus
/// the sort of each group's sources.</para>
/// </remarks>
public sealed class FiguresAnalysis
{
    /// <summary>How far "about" reaches either side of its number, as a fraction of it: 0.1, so that "about 200,000" allows 180,000 to 220,000.</summary>
    public const decimal AboutMargin = 0.1m;

    private readonly Dictionary<EventId, ImmutableArray<FigureGroup>> _byEvent;

    private FiguresAnalysis(ImmutableArray<FigureGroup> groups)
    {
        Groups = groups;
        Disputed = [.. groups.Where(g => g.IsDisputed)];
        // The groups of one event are adjacent (ordered by subject first).
        _byEvent = [];
        for (var start = 0; start < groups.Length && groups[start].Event is { } e;)
        {
            var end = start + 1;
            while (end < groups.Length && groups[end].Event == e)
            {
                end++;
            }

            _byEvent.Add(e, groups.Slice(start, end - start));
            start = end;
        }
    }

    /// <summary>
    /// The groups: those about events in the order of the dataset's events, then those of claims about
    /// no event in order of their first claim; within one subject, by kind, then unit (ordinal).
    /// </summary>
    public ImmutableArray<FigureGroup> Groups { get; }

    /// <summary>The groups whose figures differ, in the order of <see cref="Groups"/>.</summary>
    public ImmutableArray<FigureGroup> Disputed { get; }

    /// <summary>Groups the figures of a dataset, counting sources with the default <see cref="IndependenceOptions"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> is null.</exception>
    public static FiguresAnalysis Build(Dataset dataset) => Build(ClaimsAnalysis.Build(dataset));

    /// <summary>Groups the figures of the dataset a claims analysis was built from, counting sources as it does.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="claims"/> is null.</exception>
    public static FiguresAnalysis Build(ClaimsAnalysis claims)
    {
        Guard.NotNull(claims, nameof(claims));
        var index = claims.Index;
        var dataset = index.Dataset;

        // A group's subject is a dense number: an event's ordinal (the dataset's order of events), or after all of
        // them a proposition's in order of its first claim. Groups are kept in order of creation and placed by subject
        // with a counting sort; only the few groups of one subject are compared (by kind, then unit).
        // A subject's groups are found through a chain from the subject (an array indexed by it), not a map of all
        // groups: a subject has a few kinds and units, and a map of every group is a cache miss per figure at 1M events.
        var eventSubjects = index.EventOrdinals;
        var firstOfSubject = new int[eventSubjects + 1];
        var nextOfSubject = new List<int>();
        var keys = new List<(int Subject, QuantityKind Kind, string? Unit)>();
        var members = new List<List<Figure>>();
        var propositionOrder = new Dictionary<string, int>(StringComparer.Ordinal);
        var propositionText = new List<string>();
        void Add(int subject, Figure figure)
        {
            var (kind, unit) = (figure.Quantity.Kind, figure.Quantity.Unit);
            if (subject >= firstOfSubject.Length)
            {
                Array.Resize(ref firstOfSubject, Math.Max(subject + 1, 2 * firstOfSubject.Length));
            }

            var slot = firstOfSubject[subject] - 1;
            while (slot >= 0 && (keys[slot].Kind != kind || !string.Equals(keys[slot].Unit, unit, StringComparison.Ordinal)))
            {
                slot = nextOfSubject[slot];
            }

            if (slot < 0)
            {
                slot = keys.Count;
                keys.Add((subject, kind, unit));
                members.Add([]);
                nextOfSubject.Add(firstOfSubject[subject] - 1);
                firstOfSubject[subject] = slot + 1;
            }

            members[slot].Add(figure);
        }

        foreach (var e in dataset.Events)
        {
            if (e.Quantities.IsEmpty)
            {
                continue;
            }

            var subject = index.EventOrdinal(e.Id);
            foreach (var quantity in e.Quantities)
            {
                Add(subject, new Figure { Quantity = quantity });
            }
        }

        var events = new List<int>();
        foreach (var assessment in claims.Claims)
        {
            var claim = assessment.Claim;
            if (claim.Quantities.IsEmpty)
            {
                continue;
            }

            events.Clear();
            foreach (var about in claim.About.Events)
            {
                var ordinal = index.EventOrdinal(about);
                if (ordinal >= 0 && !events.Contains(ordinal))
                {
                    events.Add(ordinal);
                }
            }

            foreach (var quantity in claim.Quantities)
            {
                var figure = new Figure { Quantity = quantity, Claim = claim, Origin = assessment.Origin };
                if (events.Count == 0)
                {
                    ref var proposition = ref CollectionsMarshal.GetValueRefOrAddDefault(propositionOrder, assessment.PropositionKey, out var known);
                    if (!known)
                    {
                        proposition = propositionText.Count;
                        propositionText.Add(claim.Proposition);
                    }

                    Add(eventSubjects + proposition, figure);
                }

                foreach (var e in events)
                {
                    Add(e, figure);
                }
            }
        }

        var order = SubjectOrder(keys, eventSubjects + propositionText.Count);
        var built = new FigureGroup[order.Length];
        for (var i = 0; i < order.Length; i++)
        {
            var (subject, kind, unit) = keys[order[i]];
            var figures = members[order[i]];
            built[i] = new FigureGroup
            {
                Event = subject < eventSubjects ? index.EventAt(subject).Id : null,
                Proposition = subject < eventSubjects ? null : propositionText[subject - eventSubjects],
                Kind = kind,
                Unit = unit,
                Figures = [.. figures],
                Sources = claims.DistinctSources(figures.Where(f => f.Origin is not null).Select(f => f.Origin!.Value)),
                IsDisputed = figures.Select(f => FigureText.KeyOf(f.Quantity)).Distinct(StringComparer.Ordinal).Skip(1).Any(),
                RangesOverlap = FigureRange.AllOverlap(figures.Select(f => FigureRange.Of(f.Quantity))),
            };
        }

        return new FiguresAnalysis(ImmutableCollectionsMarshal.AsImmutableArray(built));
    }

    /// <summary>The groups' positions by subject (counting sort, stable), then within a subject by kind, then unit (ordinal).</summary>
    private static int[] SubjectOrder(List<(int Subject, QuantityKind Kind, string? Unit)> keys, int subjects)
    {
        var starts = new int[subjects + 1];
        foreach (var key in keys)
        {
            starts[key.Subject + 1]++;
        }

        for (var s = 0; s < subjects; s++)
        {
            starts[s + 1] += starts[s];
        }

        var order = new int[keys.Count];
        var next = (int[])starts.Clone();
        for (var i = 0; i < keys.Count; i++)
        {
            order[next[keys[i].Subject]++] = i;
        }

        for (var s = 0; s < subjects; s++)
        {
            if (starts[s + 1] - starts[s] > 1)
            {
                order.AsSpan(starts[s], starts[s + 1] - starts[s]).Sort((x, y) =>
                {
                    var c = Comparer<QuantityKind>.Default.Compare(keys[x].Kind, keys[y].Kind);
                    return c != 0 ? c : string.CompareOrdinal(keys[x].Unit, keys[y].Unit);
                });
            }
        }

        return order;
    }

    /// <summary>The groups of figures about the event, by kind, then unit; empty when it has none.</summary>
    public ImmutableArray<FigureGroup> Of(EventId eventId) => _byEvent.GetValueOrDefault(eventId, []);

    /// <summary>Returns one group a line.</summary>
    public override string ToString() => string.Join("\n", Groups);
}
