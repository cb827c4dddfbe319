namespace NewsEvents.Model;

/// <summary>A link from an event to another event.</summary>
/// <param name="Type">How this event relates to the target.</param>
/// <param name="Target">The other event.</param>
public sealed record EventLink(EventLinkType Type, EventId Target)
{
    /// <summary>How this event relates to the target.</summary>
    public EventLinkType Type { get; init => field = Guard.Defined(value, "EventLink.Type"); } = Guard.Defined(Type, "EventLink.Type");

    /// <summary>The other event.</summary>
    public EventId Target { get; init; } = Target;

    /// <summary>Returns <c>type target</c>.</summary>
    public override string ToString() => $"{Json.StrictEnumJsonConverter<EventLinkType>.NameOf(Type)} {Target}";
}
