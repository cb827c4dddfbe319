using System.Collections.Frozen;

namespace NewsEvents.Interop.Plover;

/// <summary>
/// What a PLOVER event mode says of the event's reality, as a NewsEvents <see cref="EventStatus"/>. Most modes say
/// how an event was done (<c>heavy-weapons</c>, <c>visit</c>, <c>demo-org</c>): the event occurred, and the mode is
/// kept as a <see cref="CodeScheme.PloverMode"/> code. The few modes that say whether it happened at all are mapped
/// by this table; docs/interop.md lists it.
/// </summary>
public static class PloverModes
{
    private static readonly FrozenDictionary<string, EventStatus> ByMode = new Dictionary<string, EventStatus>(StringComparer.Ordinal)
    {
        ["future"] = EventStatus.Planned,
        ["hypothetical"] = EventStatus.Hypothetical,
        // A negated event ("did not attack") is one its actor withheld: the model's nearest status.
        ["negation"] = EventStatus.Denied,
        ["negated"] = EventStatus.Denied,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The modes that say whether the event happened, and the status each gives.</summary>
    public static IReadOnlyDictionary<string, EventStatus> Table => ByMode;

    /// <summary>The status an event with these modes has: the first mode in <see cref="Table"/>, else <see cref="EventStatus.Occurred"/>.</summary>
    /// <param name="modes">The event's modes, lower case.</param>
    /// <returns>The status.</returns>
    public static EventStatus StatusOf(IEnumerable<string> modes)
    {
        ArgumentNullException.ThrowIfNull(modes);
        foreach (var mode in modes)
        {
            if (ByMode.TryGetValue(mode, out var status))
            {
                return status;
            }
        }

        return EventStatus.Occurred;
    }
}
