using System.Text.Json.Serialization;
using NewsEvents.Json;

namespace NewsEvents.Model;

/// <summary>The small, closed taxonomy of event types of NewsEvents; finer codes go into external codes (CAMEO, PLOVER, ACLED).</summary>
/// <remarks>A closed set, written in JSON as camelCase names (for example <c>"meeting"</c>).</remarks>
[JsonConverter(typeof(StrictEnumJsonConverter<EventType>))]
public enum EventType
{
    /// <summary>A meeting or visit between actors.</summary>
    Meeting,

    /// <summary>Talks aimed at an agreement, direct or indirect.</summary>
    Negotiation,

    /// <summary>An agreement signed or reached, or the signing of one.</summary>
    Agreement,

    /// <summary>A ceasefire or truce, proposed, agreed or holding.</summary>
    Ceasefire,

    /// <summary>A high-level conference.</summary>
    Summit,

    /// <summary>A request, call or demand (for time, for a rally, for a truce).</summary>
    Appeal,

    /// <summary>A refusal or rejection.</summary>
    Refusal,

    /// <summary>A threat or show of resolve.</summary>
    Threat,

    /// <summary>A rally, protest or march.</summary>
    Demonstration,

    /// <summary>Armed clashes, shelling or air strikes.</summary>
    Fighting,

    /// <summary>A military offensive or advance.</summary>
    Offensive,

    /// <summary>Troops, contractors or equipment sent somewhere.</summary>
    Deployment,

    /// <summary>Material or political backing given to another actor.</summary>
    Support,

    /// <summary>An actor arriving or leaving.</summary>
    Travel,

    /// <summary>A service or activity stopped or suspended.</summary>
    Disruption,

    /// <summary>A service or activity resumed.</summary>
    Resumption,

    /// <summary>A lasting state of conflict, chaos or economic damage.</summary>
    Crisis,

    /// <summary>None of the above.</summary>
    Other
}
