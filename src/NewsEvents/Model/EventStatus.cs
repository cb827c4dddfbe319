using System.Text.Json.Serialization;
using NewsEvents.Json;

namespace NewsEvents.Model;

/// <summary>What the report says of an event's reality (PLOVER's modes, ACLED's event status).</summary>
/// <remarks>A closed set, written in JSON as camelCase names (for example <c>"occurred"</c>).</remarks>
[JsonConverter(typeof(StrictEnumJsonConverter<EventStatus>))]
public enum EventStatus
{
    /// <summary>It happened.</summary>
    Occurred,

    /// <summary>It is happening at the time of the report.</summary>
    Ongoing,

    /// <summary>It is announced or intended for later (a summit on Sunday).</summary>
    Planned,

    /// <summary>It was planned and called off.</summary>
    Cancelled,

    /// <summary>It was attempted and did not come about (a ceasefire that was not agreed).</summary>
    Failed,

    /// <summary>It is spoken of as possible or conditional.</summary>
    Hypothetical,

    /// <summary>It is refused, withheld or denied by those who would carry it out (a signature withheld).</summary>
    Denied,

    /// <summary>
    /// Sources disagree whether it happened (one says a leader has left, another that he stays): one
    /// event, and the claims about it carry each side.
    /// </summary>
    Disputed
}
