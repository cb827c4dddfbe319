using System.Collections.Immutable;

namespace NewsEvents.Analysis;

/// <summary>
/// Claims that cannot all hold: every claim of <see cref="First"/> contradicts every claim of
/// <see cref="Second"/>.
/// </summary>
/// <remarks>
/// An explicit link gives one claim on each side (the claim with the link first). Opposite polarity
/// gives all the positive claims of a proposition against all its negative ones, so that the list stays
/// as long as the data rather than growing with every pair. The sides hold the claims themselves.
/// </remarks>
public sealed record Contradiction
{
    /// <summary>Why the claims contradict each other.</summary>
    public required ContradictionKind Kind { get; init; }

    /// <summary>The proposition, for <see cref="ContradictionKind.OppositePolarity"/>; null for an explicit link.</summary>
    public string? Proposition { get; init; }

    /// <summary>One side: the linking claim, or the positive claims, in the dataset's order.</summary>
    public ImmutableArray<Claim> First { get; init => field = Guard.Items(value, "Contradiction.First"); } = [];

    /// <summary>The other side: the linked claim, or the negative claims, in the dataset's order.</summary>
    public ImmutableArray<Claim> Second { get; init => field = Guard.Items(value, "Contradiction.Second"); } = [];

    /// <summary>Whether the claim is on either side (a search of both sides).</summary>
    public bool Involves(ClaimId claim) => First.Any(c => c.Id == claim) || Second.Any(c => c.Id == claim);

    /// <summary>
    /// The side that stands against <paramref name="claim"/>, found in constant time: for opposite
    /// polarity the negative claims against a positive one and the reverse, for an explicit link the
    /// other claim; empty when the claim is on neither side.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="claim"/> is null.</exception>
    public ImmutableArray<Claim> Against(Claim claim)
    {
        Guard.NotNull(claim, nameof(claim));
        if (Kind == ContradictionKind.OppositePolarity)
        {
            return claim.Polarity switch
            {
                ClaimPolarity.Positive when Proposition is not null && AnalysisText.PropositionKey(claim.Proposition) == AnalysisText.PropositionKey(Proposition) => Second,
                ClaimPolarity.Negative when Proposition is not null && AnalysisText.PropositionKey(claim.Proposition) == AnalysisText.PropositionKey(Proposition) => First,
                _ => [],
            };
        }

        return First.Length == 1 && First[0].Id == claim.Id ? Second : Second.Length == 1 && Second[0].Id == claim.Id ? First : [];
    }

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
        $"{string.Join(", ", First.Select(c => c.Id))} vs {string.Join(", ", Second.Select(c => c.Id))} ({Kind}{(Proposition is null ? string.Empty : $": \"{Proposition}\"")})";
}
