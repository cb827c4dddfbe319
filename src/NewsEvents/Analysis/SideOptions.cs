using System.Collections.Immutable;

namespace NewsEvents.Analysis;

/// <summary>Which relations put two actors on the same side, for <see cref="ActorSides"/>.</summary>
public sealed record SideOptions
{
    /// <summary>
    /// The relation types that join their source and target into one side: by default
    /// <see cref="RelationType.Backs"/>, <see cref="RelationType.Leads"/>,
    /// <see cref="RelationType.DeployedAlongside"/> and <see cref="RelationType.AlliedWith"/>.
    /// Add <see cref="RelationType.MemberOf"/> or <see cref="RelationType.HoldsOffice"/> to fold members
    /// and office holders into their organisation's side. <see cref="RelationType.Opposes"/> and
    /// <see cref="RelationType.MediatesBetween"/> are never joining, whatever this list says.
    /// </summary>
    public ImmutableArray<RelationType> SameSide { get; init => field = Guard.Items(value, "SideOptions.SameSide"); } =
        [RelationType.Backs, RelationType.Leads, RelationType.DeployedAlongside, RelationType.AlliedWith];

    /// <inheritdoc />
    public bool Equals(SideOptions? other) => other is not null && ContentEquality.Equal(SameSide, other.SameSide);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        ContentEquality.Add(ref hash, SameSide);
        return hash.ToHashCode();
    }
}
