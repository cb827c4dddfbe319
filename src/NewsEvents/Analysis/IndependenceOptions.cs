using System.Collections.Immutable;
using NewsEvents.Json;

namespace NewsEvents.Analysis;

/// <summary>Which relations make two claimants one source, for <see cref="ClaimsAnalysis"/>.</summary>
/// <remarks>
/// A spokesman and the government he holds office in, a commander and the force he leads, a doctor
/// and her hospital: what one says, the other says. Their claims count as one source when a relation
/// of <see cref="Affiliations"/> joins them, directly or through others, at the time of a claim (see
/// <see cref="ClaimsAnalysis"/> for the rule on time).
/// </remarks>
public sealed record IndependenceOptions
{
    /// <summary>
    /// The relation types that make their source and target one source of claims: by default
    /// <see cref="RelationType.HoldsOffice"/> (holds office in, speaks for), <see cref="RelationType.MemberOf"/>
    /// (member or part of) and <see cref="RelationType.Leads"/> (leads, heads, commands). Backing, alliance and
    /// deployment are left out: a backer and the side it backs are two voices.
    /// </summary>
    public ImmutableArray<RelationType> Affiliations { get; init => field = Guard.Items(value, "IndependenceOptions.Affiliations"); } =
        [RelationType.HoldsOffice, RelationType.MemberOf, RelationType.Leads];

    /// <summary>
    /// Whether a media outlet's own affiliation (the format writes "owned by" as the outlet being
    /// <see cref="RelationType.MemberOf"/> its owner) makes it one source with its owner, and so two
    /// outlets of one owner one source. Off by default: outlets of one owner report on their own until
    /// the user says otherwise.
    /// </summary>
    public bool JoinOutletsToOwners { get; init; }

    /// <summary>Whether a relation joins its source and target: its type is an affiliation, and it does not start at an outlet unless outlets join their owners.</summary>
    internal bool Joins(RelationType type, ActorKind? sourceKind) =>
        Affiliations.Contains(type) && (JoinOutletsToOwners || sourceKind != ActorKind.MediaOutlet);

    /// <inheritdoc />
    public bool Equals(IndependenceOptions? other) =>
        other is not null && ContentEquality.Equal(Affiliations, other.Affiliations) && JoinOutletsToOwners == other.JoinOutletsToOwners;

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        ContentEquality.Add(ref hash, Affiliations);
        hash.Add(JoinOutletsToOwners);
        return hash.ToHashCode();
    }

    /// <summary>Returns <c>affiliations: holdsOffice, memberOf, leads</c>, and whether outlets join their owners.</summary>
    public override string ToString() =>
        $"affiliations: {string.Join(", ", Affiliations.Select(StrictEnumJsonConverter<RelationType>.NameOf))}{(JoinOutletsToOwners ? "; outlets join their owners" : string.Empty)}";
}
