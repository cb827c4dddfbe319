using System.Text.Json.Serialization;
using NewsEvents.Json;

namespace NewsEvents.Model;

/// <summary>How one event relates to another.</summary>
/// <remarks>A closed set, written in JSON as camelCase names (for example <c>"partOf"</c>).</remarks>
[JsonConverter(typeof(StrictEnumJsonConverter<EventLinkType>))]
public enum EventLinkType
{
    /// <summary>This event is part of the other (a ministers' meeting within the talks).</summary>
    PartOf,

    /// <summary>This event causes the other.</summary>
    Causes,

    /// <summary>This event comes before the other.</summary>
    Precedes,

    /// <summary>This event follows from the other (an offensive after the breakdown of talks).</summary>
    FollowsFrom
}
