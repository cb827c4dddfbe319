using System.Collections.Immutable;

namespace NewsEvents.Analysis;

/// <summary>
/// Everything that joins two actors in the <see cref="ActorNetwork"/>: the edges of every kind
/// between them, whatever their direction, and their total weight.
/// </summary>
public sealed record ActorTie
{
    /// <summary>The actor with the lesser id (ordinal).</summary>
    public required ActorId First { get; init; }

    /// <summary>The other actor.</summary>
    public required ActorId Second { get; init; }

    /// <summary>The edges between the two, in the network's order.</summary>
    public ImmutableArray<NetworkEdge> Edges { get; init => field = Guard.Items(value, "ActorTie.Edges"); } = [];

    /// <summary>The sum of the edges' weights.</summary>
    public int Weight => Edges.Sum(e => e.Weight);

    /// <summary>Whether the tie involves the actor.</summary>
    public bool Involves(ActorId actor) => First == actor || Second == actor;

    /// <inheritdoc />
    public bool Equals(ActorTie? other) =>
        other is not null && First == other.First && Second == other.Second && ContentEquality.Equal(Edges, other.Edges);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(First);
        hash.Add(Second);
        ContentEquality.Add(ref hash, Edges);
        return hash.ToHashCode();
    }

    /// <summary>Returns <c>first -- second (weight)</c>.</summary>
    public override string ToString() => $"{First} -- {Second} ({AnalysisText.Count(Weight)})";
}
