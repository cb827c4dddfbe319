using System.Collections.Immutable;

namespace NewsEvents.Analysis;

/// <summary>
/// One independent source of a dataset's claims: the claim origins that are one actor or affiliated
/// with each other (see <see cref="ClaimsAnalysis"/> and <see cref="IndependenceOptions"/>).
/// </summary>
public sealed record IndependentSource
{
    /// <summary>The origins it joins, in id order (ordinal); the first stands for the source where one actor must.</summary>
    public ImmutableArray<ActorId> Members { get; init => field = Guard.Items(value, "IndependentSource.Members"); } = [];

    /// <summary>How many claims have one of <see cref="Members"/> as origin.</summary>
    public int Claims { get; init; }

    /// <inheritdoc />
    public bool Equals(IndependentSource? other) =>
        other is not null && ContentEquality.Equal(Members, other.Members) && Claims == other.Claims;

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        ContentEquality.Add(ref hash, Members);
        hash.Add(Claims);
        return hash.ToHashCode();
    }

    /// <summary>Returns <c>members (n claims)</c>.</summary>
    public override string ToString() => $"{string.Join(", ", Members)} ({AnalysisText.Count(Claims)} claim(s))";
}
