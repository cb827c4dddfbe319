using System.Collections.Frozen;

namespace NewsEvents.Interop.Cameo;

/// <summary>
/// The NewsEvents event type of a CAMEO event code: by its root, with the few base or full codes that
/// name a NewsEvents type of their own (a visit is travel, a negotiation is a negotiation, a ceasefire is a
/// ceasefire). The CAMEO code itself is always kept beside the type, so nothing is lost by the coarser type.
/// </summary>
public static class CameoEventTypes
{
    private static readonly FrozenDictionary<string, EventType> ByCode = new Dictionary<string, EventType>(StringComparer.Ordinal)
    {
        ["01"] = EventType.Other, // make public statement
        ["02"] = EventType.Appeal,
        ["03"] = EventType.Other, // express intent to cooperate: an intention, not an agreement
        ["04"] = EventType.Meeting, // consult
        ["042"] = EventType.Travel, // make a visit
        ["045"] = EventType.Negotiation, // engage in mediation
        ["046"] = EventType.Negotiation,
        ["05"] = EventType.Support, // engage in diplomatic cooperation
        ["057"] = EventType.Agreement, // sign formal agreement
        ["06"] = EventType.Support, // engage in material cooperation
        ["07"] = EventType.Support, // provide aid
        ["08"] = EventType.Other, // yield
        ["0871"] = EventType.Ceasefire, // declare truce, ceasefire
        ["09"] = EventType.Other, // investigate
        ["10"] = EventType.Appeal, // demand
        ["11"] = EventType.Other, // disapprove
        ["12"] = EventType.Refusal, // reject
        ["13"] = EventType.Threat,
        ["14"] = EventType.Demonstration, // protest
        ["15"] = EventType.Deployment, // exhibit force posture
        ["16"] = EventType.Disruption, // reduce relations
        ["17"] = EventType.Other, // coerce
        ["18"] = EventType.Fighting, // assault
        ["19"] = EventType.Fighting, // fight
        ["20"] = EventType.Fighting, // use unconventional mass violence
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, EventType>.AlternateLookup<ReadOnlySpan<char>> BySpan = ByCode.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The table: CAMEO roots, and the longer codes that differ from their root.</summary>
    public static IReadOnlyDictionary<string, EventType> Table => ByCode;

    /// <summary>The NewsEvents type of <paramref name="cameoCode"/>: its own entry, else its base code's, else its root's.</summary>
    /// <param name="cameoCode">A well-formed CAMEO event code (two to four digits).</param>
    /// <returns>The type; <see cref="EventType.Other"/> for a root CAMEO does not define.</returns>
    public static EventType For(ReadOnlySpan<char> cameoCode)
    {
        for (var length = cameoCode.Length; length >= 2; length--)
        {
            if (BySpan.TryGetValue(cameoCode[..length], out var type))
            {
                return type;
            }
        }

        return EventType.Other;
    }
}
