using System.Text.Json.Serialization;
using NewsEvents.Json;

namespace NewsEvents.Model;

/// <summary>How a reported number is qualified.</summary>
/// <remarks>A closed set, written in JSON as camelCase names (for example <c>"exact"</c>).</remarks>
[JsonConverter(typeof(StrictEnumJsonConverter<QuantityQualifier>))]
public enum QuantityQualifier
{
    /// <summary>The number as given.</summary>
    Exact,

    /// <summary>Approximately (about, around, some).</summary>
    About,

    /// <summary>At least (at least 12).</summary>
    AtLeast,

    /// <summary>At most, up to (up to 30).</summary>
    AtMost,

    /// <summary>More than.</summary>
    MoreThan,

    /// <summary>Fewer or less than.</summary>
    LessThan
}
