using System.Text.Json.Serialization;
using NewsEvents.Json;

namespace NewsEvents.Model;

/// <summary>The code systems that external codes come from.</summary>
/// <remarks>A closed set, written in JSON as camelCase names (for example <c>"cameo"</c>).</remarks>
[JsonConverter(typeof(StrictEnumJsonConverter<CodeScheme>))]
public enum CodeScheme
{
    /// <summary>A CAMEO event code: two to four digits, leading zeros kept ("046").</summary>
    Cameo,

    /// <summary>A CAMEO actor code: groups of three capital letters ("LBY", "LBYGOV").</summary>
    CameoActor,

    /// <summary>A PLOVER event type in capitals ("CONSULT").</summary>
    Plover,

    /// <summary>A PLOVER event mode in lower case ("future").</summary>
    PloverMode,

    /// <summary>An ACLED event or sub-event type as ACLED writes it ("Battles").</summary>
    AcledEventType,

    /// <summary>A Wikidata item ("Q36").</summary>
    Wikidata,

    /// <summary>An ISO 3166-1 alpha-2 country code ("LY").</summary>
    Iso3166,

    /// <summary>A GeoNames place id (digits).</summary>
    GeoNames
}
