using System.Text.Json.Serialization;
using NewsEvents.Json;

namespace NewsEvents.Model;

/// <summary>The polarity of a claim (FactBank).</summary>
/// <remarks>A closed set, written in JSON as camelCase names (for example <c>"positive"</c>).</remarks>
[JsonConverter(typeof(StrictEnumJsonConverter<ClaimPolarity>))]
public enum ClaimPolarity
{
    /// <summary>The proposition is asserted to hold.</summary>
    Positive,

    /// <summary>The proposition is asserted not to hold.</summary>
    Negative,

    /// <summary>The polarity is not stated.</summary>
    Underspecified
}
