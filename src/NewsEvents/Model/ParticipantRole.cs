using System.Text.Json.Serialization;
using NewsEvents.Json;

namespace NewsEvents.Model;

/// <summary>The role an actor plays in an event.</summary>
/// <remarks>A closed set, written in JSON as camelCase names (for example <c>"initiator"</c>).</remarks>
[JsonConverter(typeof(StrictEnumJsonConverter<ParticipantRole>))]
public enum ParticipantRole
{
    /// <summary>The actor that acts (PLOVER's actor, CAMEO's source).</summary>
    Initiator,

    /// <summary>The actor acted upon (PLOVER's recipient, CAMEO's target).</summary>
    Target,

    /// <summary>An actor that mediates between others.</summary>
    Mediator,

    /// <summary>An actor that takes part or attends.</summary>
    Attendee,

    /// <summary>An actor that hosts the event.</summary>
    Host,

    /// <summary>An actor that backs one side of the event.</summary>
    Supporter,

    /// <summary>An actor harmed by the event.</summary>
    Victim,

    /// <summary>An actor that observed the event.</summary>
    Witness,

    /// <summary>
    /// A party blamed for the event by a source, its responsibility disputed: a suspect, not the
    /// initiator (the claims say who blames whom).
    /// </summary>
    Accused
}
