using System.Collections.Immutable;

namespace NewsEvents.Analysis;

/// <summary>
/// A side: actors joined, directly or through others, by relations that put them on the same side
/// (backs, leads, deployed alongside, allied with), and the sides it opposes.
/// </summary>
public sealed record Coalition
{
    /// <summary>The side's number, from 1, in the order of <see cref="ActorSides.Coalitions"/>.</summary>
    public required int Number { get; init; }

    /// <summary>The members, in id order (ordinal).</summary>
    public ImmutableArray<ActorId> Members { get; init => field = Guard.Items(value, "Coalition.Members"); } = [];

    /// <summary>The numbers of the sides this one opposes, ascending.</summary>
    public ImmutableArray<int> Opposes { get; init => field = Guard.Items(value, "Coalition.Opposes"); } = [];

    /// <summary>The ids of the relations that join the members, in the dataset's order.</summary>
    public ImmutableArray<RelationId> Relations { get; init => field = Guard.Items(value, "Coalition.Relations"); } = [];

    /// <summary>Whether the actor is a member (a binary search: O(log m)).</summary>
    public bool Contains(ActorId actor) => Members.BinarySearch(actor, OrdinalActorIds.Instance) >= 0;

    /// <inheritdoc />
    public bool Equals(Coalition? other) =>
        other is not null && Number == other.Number && ContentEquality.Equal(Members, other.Members)
        && ContentEquality.Equal(Opposes, other.Opposes) && ContentEquality.Equal(Relations, other.Relations);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Number);
        ContentEquality.Add(ref hash, Members);
        ContentEquality.Add(ref hash, Opposes);
        ContentEquality.Add(ref hash, Relations);
        return hash.ToHashCode();
    }

    /// <summary>Returns <c>side n: members (opposes m)</c>.</summary>
    public override string ToString() =>
        $"side {AnalysisText.Count(Number)}: {string.Join(", ", Members)}{(Opposes.IsEmpty ? string.Empty : $" (opposes {string.Join(", ", Opposes.Select(AnalysisText.Count))})")}";
}
