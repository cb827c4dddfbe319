using System.Text.Json.Serialization;
using NewsEvents.Json;

namespace NewsEvents.Model;

/// <summary>The kind of an actor.</summary>
/// <remarks>A closed set, written in JSON as camelCase names (for example <c>"person"</c>).</remarks>
[JsonConverter(typeof(StrictEnumJsonConverter<ActorKind>))]
public enum ActorKind
{
    /// <summary>A named individual (Sergei Lavrov).</summary>
    Person,

    /// <summary>A company, party, agency or other organisation that is not a government.</summary>
    Organization,

    /// <summary>A government or one of its bodies (Libya's Tripoli-based government, a ministry).</summary>
    Government,

    /// <summary>An armed force, militia or faction (the Libyan National Army, military contractors).</summary>
    ArmedGroup,

    /// <summary>A state as a whole (Russia, Turkey).</summary>
    State,

    /// <summary>A news organisation, channel or website (Reuters, TASS, pro-LNA channels).</summary>
    MediaOutlet,

    /// <summary>An intergovernmental organisation (the United Nations, the African Union).</summary>
    InternationalOrganization,

    /// <summary>An unnamed group of people ("residents", "Reuters journalists", "a Reuters witness").</summary>
    Collective
}
