using System.Text.Json.Serialization;
using NewsEvents.Json;

namespace NewsEvents.Model;

/// <summary>What a reported number counts.</summary>
/// <remarks>A closed set, written in JSON as camelCase names (for example <c>"killed"</c>).</remarks>
[JsonConverter(typeof(StrictEnumJsonConverter<QuantityKind>))]
public enum QuantityKind
{
    /// <summary>People killed.</summary>
    Killed,

    /// <summary>People injured.</summary>
    Injured,

    /// <summary>People displaced.</summary>
    Displaced,

    /// <summary>People arrested.</summary>
    Arrested,

    /// <summary>People taking part (the size of a rally).</summary>
    Participants,

    /// <summary>An amount of money (with a currency unit).</summary>
    Money,

    /// <summary>A length of time (with a unit such as hours).</summary>
    Duration,

    /// <summary>Any other count (with a unit).</summary>
    Count
}
