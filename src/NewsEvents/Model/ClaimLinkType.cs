using System.Text.Json.Serialization;
using NewsEvents.Json;

namespace NewsEvents.Model;

/// <summary>How one claim relates to another.</summary>
/// <remarks>A closed set, written in JSON as camelCase names (for example <c>"supports"</c>).</remarks>
[JsonConverter(typeof(StrictEnumJsonConverter<ClaimLinkType>))]
public enum ClaimLinkType
{
    /// <summary>This claim supports the other.</summary>
    Supports,

    /// <summary>This claim and the other cannot both hold.</summary>
    Contradicts,

    /// <summary>This claim repeats the other: it is not an independent source.</summary>
    Repeats
}
