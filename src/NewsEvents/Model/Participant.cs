namespace NewsEvents.Model;

/// <summary>An actor taking part in an event, in a role.</summary>
/// <param name="Actor">The actor.</param>
/// <param name="Role">The actor's role in the event.</param>
public sealed record Participant(ActorId Actor, ParticipantRole Role)
{
    /// <summary>The actor.</summary>
    public ActorId Actor { get; init; } = Actor;

    /// <summary>The actor's role in the event.</summary>
    public ParticipantRole Role { get; init => field = Guard.Defined(value, "Participant.Role"); } = Guard.Defined(Role, "Participant.Role");

    /// <summary>Returns <c>actor (role)</c>.</summary>
    public override string ToString() => $"{Actor} ({Json.StrictEnumJsonConverter<ParticipantRole>.NameOf(Role)})";
}
