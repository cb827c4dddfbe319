using System.Collections.Frozen;

namespace NewsEvents.Interop.Cameo;

/// <summary>
/// The NewsEvents actor kind of a CAMEO actor: from its first role (type) code, such as <c>GOV</c> or
/// <c>REB</c>; an actor whose code is a country code alone is a state, and one with a role this table
/// does not know is a collective (the widest kind).
/// </summary>
public static class CameoActorKinds
{
    private static readonly FrozenDictionary<string, ActorKind> ByRole = new Dictionary<string, ActorKind>(StringComparer.Ordinal)
    {
        ["GOV"] = ActorKind.Government,
        ["COP"] = ActorKind.Government,
        ["JUD"] = ActorKind.Government,
        ["LEG"] = ActorKind.Government,
        ["MIL"] = ActorKind.Government,
        ["SPY"] = ActorKind.Government,
        ["REB"] = ActorKind.ArmedGroup,
        ["INS"] = ActorKind.ArmedGroup,
        ["SEP"] = ActorKind.ArmedGroup,
        ["UAF"] = ActorKind.ArmedGroup,
        ["IGO"] = ActorKind.InternationalOrganization,
        ["NGO"] = ActorKind.Organization,
        ["BUS"] = ActorKind.Organization,
        ["MNC"] = ActorKind.Organization,
        ["EDU"] = ActorKind.Organization,
        ["HLH"] = ActorKind.Organization,
        ["MED"] = ActorKind.MediaOutlet,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, ActorKind>.AlternateLookup<ReadOnlySpan<char>> BySpan = ByRole.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The table: CAMEO role codes and the kind each gives.</summary>
    public static IReadOnlyDictionary<string, ActorKind> Table => ByRole;

    /// <summary>The kind of an actor with the given first role code and actor code.</summary>
    /// <param name="roleCode">GDELT's <c>Actor1Type1Code</c>, possibly empty.</param>
    /// <param name="actorCode">GDELT's <c>Actor1Code</c>.</param>
    /// <returns>The kind.</returns>
    public static ActorKind For(ReadOnlySpan<char> roleCode, ReadOnlySpan<char> actorCode)
    {
        if (BySpan.TryGetValue(roleCode, out var kind))
        {
            return kind;
        }

        return roleCode.IsEmpty && actorCode.Length == 3 && Countries.CountryCodeTables.Cameo.ToIso2(actorCode) is not null
            ? ActorKind.State
            : ActorKind.Collective;
    }
}
