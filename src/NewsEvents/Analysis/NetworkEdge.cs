using System.Collections.Immutable;
using NewsEvents.Json;

namespace NewsEvents.Analysis;

/// <summary>
/// An edge of the <see cref="ActorNetwork"/>: all the events, statements or relations of one kind
/// that join two actors, counted in <see cref="Weight"/>.
/// </summary>
/// <remarks>
/// Co-participation edges are undirected and stored with <see cref="From"/> before <see cref="To"/>
/// in ordinal id order, one edge per pair of roles (Haftar as attendee with Russia as host); the
/// other kinds are directed.
/// </remarks>
public sealed record NetworkEdge
{
    /// <summary>The source (for an undirected edge, the actor with the lesser id).</summary>
    public required ActorId From { get; init; }

    /// <summary>The target.</summary>
    public required ActorId To { get; init; }

    /// <summary>Where the edge comes from.</summary>
    public required NetworkEdgeKind Kind { get; init; }

    /// <summary>The relation's type, for a <see cref="NetworkEdgeKind.Relation"/> edge.</summary>
    public RelationType? RelationType { get; init; }

    /// <summary>The role of <see cref="From"/> in the events, for a co-participation edge.</summary>
    public ParticipantRole? FromRole { get; init; }

    /// <summary>The role of <see cref="To"/> in the events, for a co-participation edge.</summary>
    public ParticipantRole? ToRole { get; init; }

    /// <summary>The ids of the events, statements or relations behind the edge, in the dataset's order.</summary>
    public ImmutableArray<string> Via { get; init => field = Guard.Items(value, "NetworkEdge.Via"); } = [];

    /// <summary>How many events, statements or relations are behind the edge.</summary>
    public int Weight => Via.Length;

    /// <summary>Whether the edge has a direction (all kinds but co-participation).</summary>
    public bool IsDirected => Kind != NetworkEdgeKind.CoParticipation;

    /// <summary>A short label: the relation type, the pair of roles, or the kind of statement.</summary>
    public string Label => Kind switch
    {
        NetworkEdgeKind.Relation => RelationType is { } type ? StrictEnumJsonConverter<RelationType>.NameOf(type) : "relation",
        NetworkEdgeKind.CoParticipation => FromRole is { } a && ToRole is { } b
            ? $"{StrictEnumJsonConverter<ParticipantRole>.NameOf(a)}/{StrictEnumJsonConverter<ParticipantRole>.NameOf(b)}"
            : "coParticipation",
        NetworkEdgeKind.SpokeTo => "spokeTo",
        _ => "spokeAbout",
    };

    /// <summary>Whether the edge touches the actor.</summary>
    public bool Touches(ActorId actor) => From == actor || To == actor;

    /// <summary>The actor at the other end from <paramref name="actor"/>.</summary>
    public ActorId Other(ActorId actor) => From == actor ? To : From;

    /// <inheritdoc />
    public bool Equals(NetworkEdge? other) =>
        other is not null && From == other.From && To == other.To && Kind == other.Kind && RelationType == other.RelationType
        && FromRole == other.FromRole && ToRole == other.ToRole && ContentEquality.Equal(Via, other.Via);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(From);
        hash.Add(To);
        hash.Add(Kind);
        hash.Add(RelationType);
        hash.Add(FromRole);
        hash.Add(ToRole);
        ContentEquality.Add(ref hash, Via);
        return hash.ToHashCode();
    }

    /// <summary>Returns <c>from -label-> to (weight)</c>, with <c>--</c> for an undirected edge.</summary>
    public override string ToString() => $"{From} {(IsDirected ? "-" : "--")}{Label}{(IsDirected ? "->" : "--")} {To} ({AnalysisText.Count(Weight)})";
}
