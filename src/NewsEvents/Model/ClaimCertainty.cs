using System.Text.Json.Serialization;
using NewsEvents.Json;

namespace NewsEvents.Model;

/// <summary>The certainty with which a claim is asserted (FactBank).</summary>
/// <remarks>A closed set, written in JSON as camelCase names (for example <c>"certain"</c>).</remarks>
[JsonConverter(typeof(StrictEnumJsonConverter<ClaimCertainty>))]
public enum ClaimCertainty
{
    /// <summary>Asserted as certain.</summary>
    Certain,

    /// <summary>Asserted as probable.</summary>
    Probable,

    /// <summary>Asserted as possible.</summary>
    Possible,

    /// <summary>The certainty is not stated.</summary>
    Underspecified
}
