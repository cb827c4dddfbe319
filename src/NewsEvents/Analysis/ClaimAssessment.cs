using System.Collections.Immutable;

namespace NewsEvents.Analysis;

/// <summary>
/// One claim as the <see cref="ClaimsAnalysis"/> sees it: its origin, the independent sources that
/// assert it, the claims that contradict it, and its status.
/// </summary>
public sealed record ClaimAssessment
{
    /// <summary>The claim.</summary>
    public required Claim Claim { get; init; }

    /// <summary>The key it is grouped by (see <see cref="ClaimsAnalysis"/>).</summary>
    public required string PropositionKey { get; init; }

    /// <summary>The claim its repeats links lead back to (itself when it repeats nothing).</summary>
    public required ClaimId OriginClaim { get; init; }

    /// <summary>The origin: the claimant of <see cref="OriginClaim"/>.</summary>
    public required ActorId Origin { get; init; }

    /// <summary>Whether the claim's repeats links run in a circle or lead into one (see <see cref="ClaimsAnalysis.RepeatCycles"/>).</summary>
    public bool InRepeatCycle { get; init; }

    /// <summary>The independent origins asserting the claim, itself included, in id order (ordinal).</summary>
    public ImmutableArray<ActorId> Sources { get; init => field = Guard.Items(value, "ClaimAssessment.Sources"); } = [];

    /// <summary>The claims that contradict it, explicit links first, then by opposite polarity, each in the dataset's order.</summary>
    public ImmutableArray<ClaimId> ContradictedBy { get; init => field = Guard.Items(value, "ClaimAssessment.ContradictedBy"); } = [];

    /// <summary>Where the claim stands.</summary>
    public required ClaimStatus Status { get; init; }

    /// <summary>The number of independent origins asserting it.</summary>
    public int SourceCount => Sources.Length;

    /// <summary>Whether at least two independent origins assert it (even if it is also contested).</summary>
    public bool IsCorroborated => Sources.Length >= 2;

    /// <summary>Whether anything contradicts it.</summary>
    public bool IsContested => !ContradictedBy.IsEmpty;

    /// <inheritdoc />
    public bool Equals(ClaimAssessment? other) =>
        other is not null && Claim.Equals(other.Claim) && PropositionKey == other.PropositionKey && OriginClaim == other.OriginClaim
        && Origin == other.Origin && InRepeatCycle == other.InRepeatCycle && ContentEquality.Equal(Sources, other.Sources)
        && ContentEquality.Equal(ContradictedBy, other.ContradictedBy) && Status == other.Status;

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Claim);
        hash.Add(PropositionKey);
        hash.Add(OriginClaim);
        hash.Add(Origin);
        hash.Add(InRepeatCycle);
        ContentEquality.Add(ref hash, Sources);
        ContentEquality.Add(ref hash, ContradictedBy);
        hash.Add(Status);
        return hash.ToHashCode();
    }

    /// <summary>Returns <c>claim id: status (n sources) "proposition"</c>.</summary>
    public override string ToString() =>
        $"{Claim.Id}: {Status} ({AnalysisText.Count(SourceCount)} source(s)) \"{Claim.Proposition}\"";
}
