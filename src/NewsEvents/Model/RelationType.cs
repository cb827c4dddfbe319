using System.Text.Json.Serialization;
using NewsEvents.Json;

namespace NewsEvents.Model;

/// <summary>The type of a relation between two actors.</summary>
/// <remarks>A closed set, written in JSON as camelCase names (for example <c>"leads"</c>).</remarks>
[JsonConverter(typeof(StrictEnumJsonConverter<RelationType>))]
public enum RelationType
{
    /// <summary>The source leads, heads or commands the target.</summary>
    Leads,

    /// <summary>The source holds an office of the target (Lavrov, foreign minister of Russia).</summary>
    HoldsOffice,

    /// <summary>The source is a member or part of the target.</summary>
    MemberOf,

    /// <summary>The source backs or supports the target.</summary>
    Backs,

    /// <summary>The source opposes or fights the target.</summary>
    Opposes,

    /// <summary>The source and the target are allies.</summary>
    AlliedWith,

    /// <summary>The source mediates for the target (with another party).</summary>
    MediatesBetween,

    /// <summary>The source is deployed alongside the target's forces.</summary>
    DeployedAlongside
}
