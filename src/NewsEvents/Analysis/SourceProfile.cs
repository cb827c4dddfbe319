using System.Collections.Immutable;

namespace NewsEvents.Analysis;

/// <summary>
/// A source's record: the claims it asserts as claimant and those it relays (it is in their
/// attribution chain), each counted by status, and the channels it spoke through.
/// </summary>
public sealed record SourceProfile
{
    /// <summary>The source.</summary>
    public required ActorId Source { get; init; }

    /// <summary>Its name (its id when it is not in the dataset).</summary>
    public required string Name { get; init; }

    /// <summary>The claims it asserts as claimant.</summary>
    public required ClaimTally AsClaimant { get; init; }

    /// <summary>The claims it relays.</summary>
    public required ClaimTally AsRelay { get; init; }

    /// <summary>
    /// The channels of its statements and of the statements its claims came through, in the order
    /// of <see cref="StatementChannel"/>.
    /// </summary>
    public ImmutableArray<StatementChannel> Channels { get; init => field = Guard.Items(value, "SourceProfile.Channels"); } = [];

    /// <summary>All the claims it asserts or relays (a claim it both asserts and relays counts once in each).</summary>
    public int TotalClaims => AsClaimant.Claims + AsRelay.Claims;

    /// <inheritdoc />
    public bool Equals(SourceProfile? other) =>
        other is not null && Source == other.Source && Name == other.Name && AsClaimant == other.AsClaimant
        && AsRelay == other.AsRelay && ContentEquality.Equal(Channels, other.Channels);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Source);
        hash.Add(Name);
        hash.Add(AsClaimant);
        hash.Add(AsRelay);
        ContentEquality.Add(ref hash, Channels);
        return hash.ToHashCode();
    }

    /// <summary>Returns the source and its tallies.</summary>
    public override string ToString() => $"{Source} \"{Name}\": as claimant {AsClaimant}; as relay {AsRelay}";
}
