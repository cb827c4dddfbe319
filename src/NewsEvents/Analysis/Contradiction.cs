using System.Collections.Immutable;

namespace NewsEvents.Analysis;

/// <summary>
/// Claims that cannot all hold: every claim of <see cref="First"/> contradicts every claim of
/// <see cref="Second"/>.
/// </summary>
/// <remarks>
/// An explicit link gives one claim on each side (the claim with the link first; of two claims that
/// link each other, the one with the least id). Opposite polarity
/// gives the positive claims of a proposition against its negative ones about the same events or actors
/// (see <see cref="ClaimsAnalysis"/>), so that the list stays as long as the data rather than growing
/// with every pair. The sides hold the claims themselves.
/// </remarks>
public sealed record Contradiction
{
    /// <summary>Why the claims contradict each other.</summary>
    public required ContradictionKind Kind { get; init; }

    /// <summary>The proposition, for <see cref="ContradictionKind.OppositePolarity"/>; null for an explicit link.</summary>
    public string? Proposition { get; init; }

    /// <summary>The events and actors both sides are about: named by a claim of each side, in id order (ordinal).</summary>
    public ClaimSubjects About { get; init => field = Guard.NotNull(value, "Contradiction.About"); } = new();

    /// <summary>One side: the linking claim, or the positive claims, in the dataset's order.</summary>
    public ImmutableArray<Claim> First { get; init => field = Guard.Items(value, "Contradiction.First"); } = [];

    /// <summary>The other side: the linked claim, or the negative claims, in the dataset's order.</summary>
    public ImmutableArray<Claim> Second { get; init => field = Guard.Items(value, "Contradiction.Second"); } = [];

    /// <summary>Whether the claim is on either side (a search of both sides).</summary>
    public bool Involves(ClaimId claim) => Holds(First, claim) || Holds(Second, claim);

    /// <summary>
    /// The side that stands against <paramref name="claim"/>: for opposite polarity the negative claims
    /// against a positive one of the first side and the reverse, for an explicit link the other claim;
    /// empty when the claim is on neither side. A search of the claim's own side, as long as that side.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="claim"/> is null.</exception>
    public ImmutableArray<Claim> Against(Claim claim)
    {
        Guard.NotNull(claim, nameof(claim));
        return Holds(First, claim.Id) ? Second : Holds(Second, claim.Id) ? First : [];
    }

    /// <inheritdoc />
    public bool Equals(Contradiction? other) =>
        other is not null && Kind == other.Kind && Proposition == other.Proposition && About.Equals(other.About)
        && ContentEquality.Equal(First, other.First) && ContentEquality.Equal(Second, other.Second);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Kind);
        hash.Add(Proposition);
        hash.Add(About);
        ContentEquality.Add(ref hash, First);
        ContentEquality.Add(ref hash, Second);
        return hash.ToHashCode();
    }

    private static bool Holds(ImmutableArray<Claim> side, ClaimId claim)
    {
        foreach (var member in side)
        {
            if (member.Id == claim)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Returns <c>first vs second (kind)</c>.</summary>
    public override string ToString() =>
        $"{string.Join(", ", First.Select(c => c.Id))} vs {string.Join(", ", Second.Select(c => c.Id))} ({Kind}{(Proposition is null ? string.Empty : $": \"{Proposition}\"")})";
}
