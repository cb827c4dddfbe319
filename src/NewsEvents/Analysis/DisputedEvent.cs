using System.Collections.Immutable;

namespace NewsEvents.Analysis;

/// <summary>
/// An event whose sources disagree: marked <see cref="EventStatus.Disputed"/>, or the subject of
/// contradicting claims; with the independent sources on each side.
/// </summary>
public sealed record DisputedEvent
{
    /// <summary>The event.</summary>
    public required Event Event { get; init; }

    /// <summary>Whether the dataset itself marks the event <see cref="EventStatus.Disputed"/>.</summary>
    public bool IsMarkedDisputed => Event.Status == EventStatus.Disputed;

    /// <summary>The contradictions about the event (those whose <see cref="Contradiction.About"/> names it), in the order of <see cref="ClaimsAnalysis.Contradictions"/>.</summary>
    public ImmutableArray<Contradiction> Contradictions { get; init => field = Guard.Items(value, "DisputedEvent.Contradictions"); } = [];

    /// <summary>
    /// The independent sources of one side, in id order: of the first side of every contradiction about
    /// it (the asserting claims, or the linking claim), or without contradictions, of the positive claims about it.
    /// </summary>
    public ImmutableArray<ActorId> For { get; init => field = Guard.Items(value, "DisputedEvent.For"); } = [];

    /// <summary>The independent sources of the other side, in id order: of the second sides, or of the negative claims about it.</summary>
    public ImmutableArray<ActorId> Against { get; init => field = Guard.Items(value, "DisputedEvent.Against"); } = [];

    /// <inheritdoc />
    public bool Equals(DisputedEvent? other) =>
        other is not null && Event.Equals(other.Event) && ContentEquality.Equal(Contradictions, other.Contradictions)
        && ContentEquality.Equal(For, other.For) && ContentEquality.Equal(Against, other.Against);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Event);
        ContentEquality.Add(ref hash, Contradictions);
        ContentEquality.Add(ref hash, For);
        ContentEquality.Add(ref hash, Against);
        return hash.ToHashCode();
    }

    /// <summary>Returns <c>event: for vs against</c>.</summary>
    public override string ToString() => $"{Event.Id}: {string.Join(", ", For)} vs {string.Join(", ", Against)}";
}
