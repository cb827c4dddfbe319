using System.Collections.Immutable;
using System.Text.Json.Serialization;
using NewsEvents.Json;

namespace NewsEvents.Model;

/// <summary>
/// A person, organisation, government, armed group, state, media outlet or unnamed collective
/// ("residents", "pro-LNA channels"). Offices and allegiances held over time are
/// <see cref="Relation"/>s, so that they carry their own time and evidence.
/// </summary>
public sealed record Actor
{
    /// <summary>The actor's id, unique within the dataset.</summary>
    public required ActorId Id { get; init; }

    /// <summary>What kind of actor it is.</summary>
    public required ActorKind Kind { get; init => field = Guard.Defined(value, "Actor.Kind"); }

    /// <summary>The actor's name, or for a collective the words that name it ("residents").</summary>
    [JsonConverter(typeof(TextJsonConverter))]
    public required string Name { get; init => field = Guard.Text(value, "Actor.Name"); }

    /// <summary>Other names the report uses ("Serraj" for Fayez al-Serraj).</summary>
    [JsonConverter(typeof(TextListJsonConverter))]
    public ImmutableArray<string> Aliases { get; init => field = Guard.TextItems(value, "Actor.Aliases"); } = [];

    /// <summary>The actor's country, as an ISO 3166-1 alpha-2 code.</summary>
    [JsonConverter(typeof(CountryJsonConverter))]
    public string? Country { get; init => field = TextRules.Optional(value, TextRules.CheckCountry, "Actor.Country"); }

    /// <summary>External codes: CAMEO actor code, Wikidata item.</summary>
    public ImmutableArray<ExternalCode> Codes { get; init => field = Guard.Items(value, "Actor.Codes"); } = [];

    /// <summary>Where the report mentions the actor.</summary>
    public ImmutableArray<Evidence> Evidence { get; init => field = Guard.Items(value, "Actor.Evidence"); } = [];

    /// <summary>
    /// Values of the source dataset that the model has no member for, each under a namespaced name
    /// (<c>gdelt:GoldsteinScale</c>); empty unless the item was imported (new in format 1.1).
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public SourceAttributes Attributes { get; init; }

    /// <inheritdoc />
    public bool Equals(Actor? other) =>
        other is not null && Id == other.Id && Kind == other.Kind && Name == other.Name
        && ContentEquality.Equal(Aliases, other.Aliases) && Country == other.Country
        && ContentEquality.Equal(Codes, other.Codes) && ContentEquality.Equal(Evidence, other.Evidence)
        && Attributes == other.Attributes;

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Id);
        hash.Add(Kind);
        hash.Add(Name);
        ContentEquality.Add(ref hash, Aliases);
        hash.Add(Country);
        ContentEquality.Add(ref hash, Codes);
        ContentEquality.Add(ref hash, Evidence);
        hash.Add(Attributes);
        return hash.ToHashCode();
    }

    /// <summary>Returns <c>Actor id (kind) "name"</c>.</summary>
    public override string ToString() => $"Actor {Id} ({StrictEnumJsonConverter<ActorKind>.NameOf(Kind)}) \"{Name}\"";
}
