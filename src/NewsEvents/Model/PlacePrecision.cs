using System.Text.Json.Serialization;
using NewsEvents.Json;

namespace NewsEvents.Model;

/// <summary>How precisely a place is known (ACLED's geo-precision, PLOVER's resolution).</summary>
/// <remarks>A closed set, written in JSON as camelCase names (for example <c>"point"</c>).</remarks>
[JsonConverter(typeof(StrictEnumJsonConverter<PlacePrecision>))]
public enum PlacePrecision
{
    /// <summary>A site: a building, an airport, a street.</summary>
    Point,

    /// <summary>A city or town.</summary>
    City,

    /// <summary>A region, province or district.</summary>
    Region,

    /// <summary>A country.</summary>
    Country
}
