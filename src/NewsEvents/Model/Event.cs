using System.Collections.Immutable;
using System.Text.Json.Serialization;
using NewsEvents.Json;

namespace NewsEvents.Model;

/// <summary>
/// Something that happened, is happening, is planned, or was denied or failed: its type (ours and
/// established codes), status, time, place, participants in their roles, reported numbers, and links
/// to other events.
/// </summary>
public sealed record Event
{
    /// <summary>The event's id, unique within the dataset.</summary>
    public required EventId Id { get; init; }

    /// <summary>The event's type in the NewsEvents taxonomy.</summary>
    public required EventType Type { get; init => field = Guard.Defined(value, "Event.Type"); }

    /// <summary>What the report says of the event's reality: occurred, planned, failed...</summary>
    public required EventStatus Status { get; init => field = Guard.Defined(value, "Event.Status"); }

    /// <summary>A one-line summary ("Libya peace talks in Moscow").</summary>
    [JsonConverter(typeof(TextJsonConverter))]
    public string? Summary { get; init => field = Guard.OptionalText(value, "Event.Summary"); }

    /// <summary>When, with its precision, zone and original expression.</summary>
    public TimeValue? Time { get; init; }

    /// <summary>Where.</summary>
    public Place? Place { get; init; }

    /// <summary>The actors taking part, each in a role.</summary>
    public ImmutableArray<Participant> Participants { get; init => field = Guard.Items(value, "Event.Participants"); } = [];

    /// <summary>Codes in established taxonomies (CAMEO, PLOVER, ACLED).</summary>
    public ImmutableArray<ExternalCode> Codes { get; init => field = Guard.Items(value, "Event.Codes"); } = [];

    /// <summary>Numbers reported for the event (killed, participants, duration).</summary>
    public ImmutableArray<Quantity> Quantities { get; init => field = Guard.Items(value, "Event.Quantities"); } = [];

    /// <summary>Links to other events (part of, causes, precedes, follows from).</summary>
    public ImmutableArray<EventLink> Links { get; init => field = Guard.Items(value, "Event.Links"); } = [];

    /// <summary>Where the report tells of the event.</summary>
    public ImmutableArray<Evidence> Evidence { get; init => field = Guard.Items(value, "Event.Evidence"); } = [];

    /// <summary>
    /// Values of the source dataset that the model has no member for, each under a namespaced name
    /// (<c>gdelt:GoldsteinScale</c>); empty unless the item was imported (new in format 1.1).
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public SourceAttributes Attributes { get; init; }

    /// <inheritdoc />
    public bool Equals(Event? other) =>
        other is not null && Id == other.Id && Type == other.Type && Status == other.Status && Summary == other.Summary
        && Equals(Time, other.Time) && Equals(Place, other.Place)
        && ContentEquality.Equal(Participants, other.Participants) && ContentEquality.Equal(Codes, other.Codes)
        && ContentEquality.Equal(Quantities, other.Quantities) && ContentEquality.Equal(Links, other.Links)
        && ContentEquality.Equal(Evidence, other.Evidence)
        && Attributes == other.Attributes;

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Id);
        hash.Add(Type);
        hash.Add(Status);
        hash.Add(Summary);
        hash.Add(Time);
        hash.Add(Place);
        ContentEquality.Add(ref hash, Participants);
        ContentEquality.Add(ref hash, Codes);
        ContentEquality.Add(ref hash, Quantities);
        ContentEquality.Add(ref hash, Links);
        ContentEquality.Add(ref hash, Evidence);
        hash.Add(Attributes);
        return hash.ToHashCode();
    }

    /// <summary>Returns <c>Event id (type, status) "summary"</c>.</summary>
    public override string ToString()
    {
        var head = $"Event {Id} ({StrictEnumJsonConverter<EventType>.NameOf(Type)}, {StrictEnumJsonConverter<EventStatus>.NameOf(Status)})";
        return Summary is null ? head : $"{head} \"{Summary}\"";
    }
}
