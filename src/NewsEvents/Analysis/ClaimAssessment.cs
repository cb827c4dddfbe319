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

    /// <summary>The actors of <see cref="Sources"/>, in the same order; an origin that is not an actor of the dataset (in data that was not validated) is left out.</summary>
    public ImmutableArray<Actor> SourceActors { get; init => field = Guard.Items(value, "ClaimAssessment.SourceActors"); } = [];

    /// <summary>
    /// The contradictions the claim is in: its explicit links first, in the dataset's order, then the
    /// contradiction of its proposition's opposite polarities, shared with every claim of it.
    /// </summary>
    public ImmutableArray<Contradiction> Contradictions { get; init => field = Guard.Items(value, "ClaimAssessment.Contradictions"); } = [];

    /// <summary>
    /// The claims that contradict it, each once: the other side of each of <see cref="Contradictions"/>,
    /// in their order. Enumerated from the groups on each call, in time of its length (which may be
    /// thousands for a much-disputed proposition): count with <see cref="Contradictions"/> where that is enough.
    /// </summary>
    public IEnumerable<Claim> ContradictedBy =>
        Contradictions.SelectMany(c => c.Against(Claim)).Distinct<Claim>(ReferenceEqualityComparer.Instance);

    /// <summary>How many claims <see cref="ContradictedBy"/> gives, known without enumerating them.</summary>
    public int ContradictedByCount { get; init; }

    /// <summary>Where the claim stands.</summary>
    public required ClaimStatus Status { get; init; }

    /// <summary>The number of independent origins asserting it.</summary>
    public int SourceCount => Sources.Length;

    /// <summary>Whether at least two independent origins assert it (even if it is also contested).</summary>
    public bool IsCorroborated => Sources.Length >= 2;

    /// <summary>Whether anything contradicts it.</summary>
    public bool IsContested => !Contradictions.IsEmpty;

    /// <inheritdoc />
    public bool Equals(ClaimAssessment? other) =>
        other is not null && Claim.Equals(other.Claim) && PropositionKey == other.PropositionKey && OriginClaim == other.OriginClaim
        && Origin == other.Origin && InRepeatCycle == other.InRepeatCycle && ContentEquality.Equal(Sources, other.Sources)
        && ContentEquality.Equal(SourceActors, other.SourceActors) && ContentEquality.Equal(Contradictions, other.Contradictions)
        && ContradictedByCount == other.ContradictedByCount && Status == other.Status;

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
        ContentEquality.Add(ref hash, SourceActors);
        ContentEquality.Add(ref hash, Contradictions);
        hash.Add(ContradictedByCount);
        hash.Add(Status);
        return hash.ToHashCode();
    }

    /// <summary>Returns <c>claim id: status (n sources) "proposition"</c>.</summary>
    public override string ToString() =>
        $"{Claim.Id}: {Status} ({AnalysisText.Count(SourceCount)} source(s)) \"{Claim.Proposition}\"";
}
