using System.Collections.Immutable;

namespace NewsEvents.Analysis;

/// <summary>The claims of one proposition (claims whose propositions have the same key; see <see cref="ClaimsAnalysis"/>).</summary>
public sealed record PropositionGroup
{
    /// <summary>The key: the proposition trimmed, white space collapsed, case-folded.</summary>
    public required string Key { get; init; }

    /// <summary>The proposition as its first claim words it.</summary>
    public required string Text { get; init; }

    /// <summary>The claims, in the dataset's order.</summary>
    public ImmutableArray<Claim> Claims { get; init => field = Guard.Items(value, "PropositionGroup.Claims"); } = [];

    /// <summary>The distinct origins of the positive claims, in id order.</summary>
    public ImmutableArray<ActorId> AssertedBy { get; init => field = Guard.Items(value, "PropositionGroup.AssertedBy"); } = [];

    /// <summary>The distinct origins of the negative claims, in id order.</summary>
    public ImmutableArray<ActorId> DeniedBy { get; init => field = Guard.Items(value, "PropositionGroup.DeniedBy"); } = [];

    /// <summary>Whether some claims assert the proposition and others deny it.</summary>
    public bool IsContested => Claims.Any(c => c.Polarity == ClaimPolarity.Positive) && Claims.Any(c => c.Polarity == ClaimPolarity.Negative);

    /// <inheritdoc />
    public bool Equals(PropositionGroup? other) =>
        other is not null && Key == other.Key && Text == other.Text && ContentEquality.Equal(Claims, other.Claims)
        && ContentEquality.Equal(AssertedBy, other.AssertedBy) && ContentEquality.Equal(DeniedBy, other.DeniedBy);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Key);
        hash.Add(Text);
        ContentEquality.Add(ref hash, Claims);
        ContentEquality.Add(ref hash, AssertedBy);
        ContentEquality.Add(ref hash, DeniedBy);
        return hash.ToHashCode();
    }

    /// <summary>Returns <c>"text": n claim(s)</c>.</summary>
    public override string ToString() => $"\"{Text}\": {AnalysisText.Count(Claims.Length)} claim(s)";
}
