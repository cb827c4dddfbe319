using System.Collections.Immutable;

namespace NewsEvents.Analysis;

/// <summary>
/// Claims whose <see cref="ClaimLinkType.Repeats"/> links run in a circle (a repeats b repeats a),
/// so that none of them is the origin of the others. Reported, never followed forever.
/// </summary>
public sealed record RepeatCycle
{
    /// <summary>The claims of the cycle, each repeating the next and the last repeating the first, starting with the least id (ordinal).</summary>
    public ImmutableArray<ClaimId> Claims { get; init => field = Guard.Items(value, "RepeatCycle.Claims"); } = [];

    /// <inheritdoc />
    public bool Equals(RepeatCycle? other) => other is not null && ContentEquality.Equal(Claims, other.Claims);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        ContentEquality.Add(ref hash, Claims);
        return hash.ToHashCode();
    }

    /// <summary>Returns <c>a → b → a</c>.</summary>
    public override string ToString() => string.Join(" → ", Claims.Append(Claims.IsEmpty ? default : Claims[0]));
}
