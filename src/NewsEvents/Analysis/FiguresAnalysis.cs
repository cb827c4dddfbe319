using System.Collections.Immutable;

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
        _byEvent = groups.Where(g => g.Event is not null).GroupBy(g => g.Event!.Value).ToDictionary(g => g.Key, g => g.ToImmutableArray());
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
        var dataset = claims.Index.Dataset;
        var eventOrder = new Dictionary<EventId, int>(dataset.Events.Length);
        foreach (var e in dataset.Events)
        {
            eventOrder.TryAdd(e.Id, eventOrder.Count);
        }

        var groups = new Dictionary<(EventId? Event, string? Key, QuantityKind Kind, string? Unit), List<Figure>>();
        var propositionOrder = new Dictionary<string, int>(StringComparer.Ordinal);
        var propositionText = new Dictionary<string, string>(StringComparer.Ordinal);
        void Add(EventId? e, string? key, Figure figure)
        {
            var slot = (e, key, figure.Quantity.Kind, figure.Quantity.Unit);
            if (!groups.TryGetValue(slot, out var list))
            {
                list = [];
                groups.Add(slot, list);
            }

            list.Add(figure);
        }

        foreach (var e in dataset.Events)
        {
            foreach (var quantity in e.Quantities)
            {
                Add(e.Id, null, new Figure { Quantity = quantity });
            }
        }

        foreach (var assessment in claims.Claims)
        {
            var claim = assessment.Claim;
            foreach (var quantity in claim.Quantities)
            {
                var figure = new Figure { Quantity = quantity, Claim = claim, Origin = assessment.Origin };
                var events = claim.About.Events.Where(eventOrder.ContainsKey).Distinct().ToList();
                if (events.Count == 0)
                {
                    propositionOrder.TryAdd(assessment.PropositionKey, propositionOrder.Count);
                    propositionText.TryAdd(assessment.PropositionKey, claim.Proposition);
                    Add(null, assessment.PropositionKey, figure);
                }

                foreach (var e in events)
                {
                    Add(e, null, figure);
                }
            }
        }

        var built = groups
            .OrderBy(g => g.Key.Event is { } e ? eventOrder[e] : eventOrder.Count + propositionOrder[g.Key.Key!])
            .ThenBy(g => g.Key.Kind)
            .ThenBy(g => g.Key.Unit, StringComparer.Ordinal)
            .Select(g =>
            {
                var figures = g.Value;
                return new FigureGroup
                {
                    Event = g.Key.Event,
                    Proposition = g.Key.Key is { } key ? propositionText[key] : null,
                    Kind = g.Key.Kind,
                    Unit = g.Key.Unit,
                    Figures = [.. figures],
                    Sources = claims.DistinctSources(figures.Where(f => f.Origin is not null).Select(f => f.Origin!.Value)),
                    IsDisputed = figures.Select(f => FigureText.KeyOf(f.Quantity)).Distinct(StringComparer.Ordinal).Skip(1).Any(),
                    RangesOverlap = FigureRange.AllOverlap(figures.Select(f => FigureRange.Of(f.Quantity))),
                };
            });
        return new FiguresAnalysis([.. built]);
    }

    /// <summary>The groups of figures about the event, by kind, then unit; empty when it has none.</summary>
    public ImmutableArray<FigureGroup> Of(EventId eventId) => _byEvent.GetValueOrDefault(eventId, []);

    /// <summary>Returns one group a line.</summary>
    public override string ToString() => string.Join("\n", Groups);
}
