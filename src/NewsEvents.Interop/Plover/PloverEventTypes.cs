using System.Collections.Frozen;

namespace NewsEvents.Interop.Plover;

/// <summary>
/// The NewsEvents event type of a PLOVER event type: the sixteen types of the PLOVER manual and the older names of the
/// 0.5 gold-standard records (DEMAND, DISAPPROVE, FIGHT, INVESTIGATE). The PLOVER type itself is always kept beside
/// it as a <see cref="CodeScheme.Plover"/> code, so nothing is lost by the coarser type.
/// </summary>
public static class PloverEventTypes
{
    private static readonly FrozenDictionary<string, EventType> ByType = new Dictionary<string, EventType>(StringComparer.Ordinal)
    {
        ["AGREE"] = EventType.Agreement,
        ["CONSULT"] = EventType.Meeting,
        ["SUPPORT"] = EventType.Support,
        ["CONCEDE"] = EventType.Other,
        ["COOPERATE"] = EventType.Support,
        ["AID"] = EventType.Support,
        ["RETREAT"] = EventType.Other,
        ["REQUEST"] = EventType.Appeal,
        ["DEMAND"] = EventType.Appeal, // 0.5: REQUEST's older name
        ["ACCUSE"] = EventType.Other,
        ["DISAPPROVE"] = EventType.Other, // 0.5: ACCUSE's older name
        ["INVESTIGATE"] = EventType.Other,
        ["REJECT"] = EventType.Refusal,
        ["THREATEN"] = EventType.Threat,
        ["PROTEST"] = EventType.Demonstration,
        ["SANCTION"] = EventType.Disruption,
        ["MOBILIZE"] = EventType.Deployment,
        ["COERCE"] = EventType.Other,
        ["ASSAULT"] = EventType.Fighting,
        ["FIGHT"] = EventType.Fighting, // 0.5: ASSAULT's older name for armed clashes
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The table: PLOVER types and the NewsEvents type each gives.</summary>
    public static IReadOnlyDictionary<string, EventType> Table => ByType;

    /// <summary>The NewsEvents type of <paramref name="ploverType"/>; <see cref="EventType.Other"/> for a type the table does not know.</summary>
    /// <param name="ploverType">A PLOVER event type in capitals.</param>
    /// <returns>The type.</returns>
    public static EventType For(string ploverType) => ByType.GetValueOrDefault(ploverType, EventType.Other);
}
