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

    /// <summary>
    /// The distinct origins of the claims of its proposition and polarity, its own included, in id
    /// order (ordinal): one array shared by all those claims.
    /// </summary>
    public ImmutableArray<ActorId> PropositionSources { get; init => field = Guard.Items(value, "ClaimAssessment.PropositionSources"); } = [];

    /// <summary>The origins of the claims linked to it by supports that are not among <see cref="PropositionSources"/>, in id order: as long as its links at most.</summary>
    public ImmutableArray<ActorId> SupportSources { get; init => field = Guard.Items(value, "ClaimAssessment.SupportSources"); } = [];

    /// <summary>
    /// The independent origins asserting the claim, itself included, in id order (ordinal):
    /// <see cref="PropositionSources"/> and <see cref="SupportSources"/> merged (made on each call
    /// when the claim has sources of its own, so that thousands of claims of one proposition do not
    /// each hold a copy of its sources).
    /// </summary>
    public ImmutableArray<ActorId> Sources => Merge(PropositionSources, SupportSources, static a => a.Value);

    /// <summary>The actors of <see cref="Sources"/>, in the same order; an origin that is not an actor of the dataset (in data that was not validated) is left out.</summary>
    public ImmutableArray<Actor> SourceActors => Merge(PropositionActors, SupportActors, static a => a.Id.Value);

    /// <summary>The actors of <see cref="PropositionSources"/>, shared like it.</summary>
    internal ImmutableArray<Actor> PropositionActors { get; init; } = [];

    /// <summary>The actors of <see cref="SupportSources"/>.</summary>
    internal ImmutableArray<Actor> SupportActors { get; init; } = [];

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
    public int SourceCount => PropositionSources.Length + SupportSources.Length;

    /// <summary>Whether at least two independent origins assert it (even if it is also contested).</summary>
    public bool IsCorroborated => SourceCount >= 2;

    /// <summary>Whether anything contradicts it.</summary>
    public bool IsContested => !Contradictions.IsEmpty;

    /// <inheritdoc />
    public bool Equals(ClaimAssessment? other) =>
        other is not null && Claim.Equals(other.Claim) && PropositionKey == other.PropositionKey && OriginClaim == other.OriginClaim
        && Origin == other.Origin && InRepeatCycle == other.InRepeatCycle && ContentEquality.Equal(PropositionSources, other.PropositionSources)
        && ContentEquality.Equal(SupportSources, other.SupportSources) && ContentEquality.Equal(PropositionActors, other.PropositionActors)
        && ContentEquality.Equal(SupportActors, other.SupportActors) && ContentEquality.Equal(Contradictions, other.Contradictions)
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
        ContentEquality.Add(ref hash, PropositionSources);
        ContentEquality.Add(ref hash, SupportSources);
        ContentEquality.Add(ref hash, Contradictions);
        hash.Add(ContradictedByCount);
        hash.Add(Status);
        return hash.ToHashCode();
    }

    /// <summary>Two arrays in ordinal order of <paramref name="key"/>, merged; the first itself when the second is empty.</summary>
    private static ImmutableArray<T> Merge<T>(ImmutableArray<T> first, ImmutableArray<T> second, Func<T, string?> key)
    {
        if (second.IsEmpty)
        {
            return first;
        }

        var merged = ImmutableArray.CreateBuilder<T>(first.Length + second.Length);
        int i = 0, j = 0;
        while (i < first.Length || j < second.Length)
        {
            merged.Add(j == second.Length || (i < first.Length && string.CompareOrdinal(key(first[i]), key(second[j])) <= 0) ? first[i++] : second[j++]);
        }

        return merged.MoveToImmutable();
    }

    /// <summary>Returns <c>claim id: status (n sources) "proposition"</c>.</summary>
    public override string ToString() =>
        $"{Claim.Id}: {Status} ({AnalysisText.Count(SourceCount)} source(s)) \"{Claim.Proposition}\"";
}
