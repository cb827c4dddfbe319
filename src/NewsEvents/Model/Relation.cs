using System.Collections.Immutable;
using System.Text.Json.Serialization;
using NewsEvents.Json;

namespace NewsEvents.Model;

/// <summary>
/// A typed, optionally time-bounded link between two actors: who leads, holds office in, backs,
/// opposes, is allied with or deployed alongside whom.
/// </summary>
public sealed record Relation
{
    /// <summary>The relation's id, unique within the dataset.</summary>
    public required RelationId Id { get; init; }

    /// <summary>The type of the relation, read from <see cref="Source"/> to <see cref="Target"/>.</summary>
    public required RelationType Type { get; init => field = Guard.Defined(value, "Relation.Type"); }

    /// <summary>The actor the relation goes from (Turkey, in "Turkey backs Serraj").</summary>
    public required ActorId Source { get; init; }

    /// <summary>The actor the relation goes to.</summary>
    public required ActorId Target { get; init; }

    /// <summary>The role or office, where the type has one ("Foreign Minister", "commander").</summary>
    [JsonConverter(typeof(TextJsonConverter))]
    public string? Role { get; init => field = Guard.OptionalText(value, "Relation.Role"); }

    /// <summary>When the relation holds.</summary>
    public TimeValue? Time { get; init; }

    /// <summary>Where the report gives the relation.</summary>
    public ImmutableArray<Evidence> Evidence { get; init => field = Guard.Items(value, "Relation.Evidence"); } = [];

    /// <summary>
    /// Values of the source dataset that the model has no member for, each under a namespaced name
    /// (<c>gdelt:GoldsteinScale</c>); empty unless the item was imported (new in format 1.1).
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public SourceAttributes Attributes { get; init; }

    /// <inheritdoc />
    public bool Equals(Relation? other) =>
        other is not null && Id == other.Id && Type == other.Type && Source == other.Source && Target == other.Target
        && Role == other.Role && Equals(Time, other.Time) && ContentEquality.Equal(Evidence, other.Evidence)
        && Attributes == other.Attributes;

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Id);
        hash.Add(Type);
        hash.Add(Source);
        hash.Add(Target);
        hash.Add(Role);
        hash.Add(Time);
        ContentEquality.Add(ref hash, Evidence);
        hash.Add(Attributes);
        return hash.ToHashCode();
    }

    /// <summary>Returns <c>Relation id: source type target</c>.</summary>
    public override string ToString() => $"Relation {Id}: {Source} {StrictEnumJsonConverter<RelationType>.NameOf(Type)} {Target}";
}
