using System.Text.Json.Serialization;
using NewsEvents.Json;

namespace NewsEvents.Model;

/// <summary>The identifier of a relation between actors, unique within its collection.</summary>
/// <remarks>See <see cref="IEntityId{TSelf}"/> for the rules an identifier follows.</remarks>
[JsonConverter(typeof(EntityIdJsonConverter<RelationId>))]
public readonly record struct RelationId : IEntityId<RelationId>
{
    /// <summary>Creates the identifier.</summary>
    /// <param name="value">The identifier's text: 1 to 256 characters, no white space.</param>
    /// <exception cref="ArgumentException"><paramref name="value"/> breaks a rule of <see cref="IEntityId{TSelf}"/>.</exception>
    public RelationId(string value) => Value = EntityIdRules.Validate(value, "relation id");

    /// <inheritdoc />
    public string Value { get; }

    /// <inheritdoc />
    public static RelationId Create(string value) => new(value);

    /// <inheritdoc />
    public int CompareTo(RelationId other) => EntityIdRules.Compare(Value, other.Value);

    /// <summary>Whether the left identifier sorts before the right one (ordinal).</summary>
    public static bool operator <(RelationId left, RelationId right) => left.CompareTo(right) < 0;

    /// <summary>Whether the left identifier sorts before the right one or equals it (ordinal).</summary>
    public static bool operator <=(RelationId left, RelationId right) => left.CompareTo(right) <= 0;

    /// <summary>Whether the left identifier sorts after the right one (ordinal).</summary>
    public static bool operator >(RelationId left, RelationId right) => left.CompareTo(right) > 0;

    /// <summary>Whether the left identifier sorts after the right one or equals it (ordinal).</summary>
    public static bool operator >=(RelationId left, RelationId right) => left.CompareTo(right) >= 0;

    /// <summary>Returns the identifier's text.</summary>
    public override string ToString() => Value ?? string.Empty;
}
