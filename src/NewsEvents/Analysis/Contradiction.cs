using System.Collections.Immutable;

namespace NewsEvents.Analysis;

/// <summary>
/// Claims that cannot all hold: every claim of <see cref="First"/> contradicts every claim of
/// <see cref="Second"/>.
/// </summary>
/// <remarks>
/// An explicit link gives one claim on each side (the claim with the link first). Opposite polarity
/// gives all the positive claims of a proposition against all its negative ones, so that the list stays
/// as long as the data rather than growing with every pair.
/// </remarks>
public sealed record Contradiction
{
    /// <summary>Why the claims contradict each other.</summary>
    public required ContradictionKind Kind { get; init; }

    /// <summary>The proposition, for <see cref="ContradictionKind.OppositePolarity"/>; null for an explicit link.</summary>
    public string? Proposition { get; init; }

    /// <summary>One side: the linking claim, or the positive claims, in the dataset's order.</summary>
    public ImmutableArray<ClaimId> First { get; init => field = Guard.Items(value, "Contradiction.First"); } = [];

    /// <summary>The other side: the linked claim, or the negative claims, in the dataset's order.</summary>
    public ImmutableArray<ClaimId> Second { get; init => field = Guard.Items(value, "Contradiction.Second"); } = [];

    /// <summary>Whether the claim is on either side.</summary>
    public bool Involves(ClaimId claim) => First.Contains(claim) || Second.Contains(claim);

    /// <inheritdoc />
    public bool Equals(Contradiction? other) =>
        other is not null && Kind == other.Kind && Proposition == other.Proposition
        && ContentEquality.Equal(First, other.First) && ContentEquality.Equal(Second, other.Second);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Kind);
        hash.Add(Proposition);
        ContentEquality.Add(ref hash, First);
        ContentEquality.Add(ref hash, Second);
        return hash.ToHashCode();
    }

    /// <summary>Returns <c>first vs second (kind)</c>.</summary>
    public override string ToString() =>
        $"{string.Join(", ", First)} vs {string.Join(", ", Second)} ({Kind}{(Proposition is null ? string.Empty : $": \"{Proposition}\"")})";
}
