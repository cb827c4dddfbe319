using System.Text.Json.Serialization;
using NewsEvents.Json;

namespace NewsEvents.Model;

/// <summary>The identifier of a dataset, unique within its collection.</summary>
/// <remarks>See <see cref="IEntityId{TSelf}"/> for the rules an identifier follows.</remarks>
[JsonConverter(typeof(EntityIdJsonConverter<DatasetId>))]
public readonly record struct DatasetId : IEntityId<DatasetId>
{
    /// <summary>Creates the identifier.</summary>
    /// <param name="value">The identifier's text: 1 to 256 characters, no white space.</param>
    /// <exception cref="ArgumentException"><paramref name="value"/> breaks a rule of <see cref="IEntityId{TSelf}"/>.</exception>
    public DatasetId(string value) => Value = EntityIdRules.Validate(value, "dataset id");

    /// <inheritdoc />
    public string Value { get; }

    /// <inheritdoc />
    public static DatasetId Create(string value) => new(value);

    /// <inheritdoc />
    public int CompareTo(DatasetId other) => EntityIdRules.Compare(Value, other.Value);

    /// <summary>Whether the left identifier sorts before the right one (ordinal).</summary>
    public static bool operator <(DatasetId left, DatasetId right) => left.CompareTo(right) < 0;

    /// <summary>Whether the left identifier sorts before the right one or equals it (ordinal).</summary>
    public static bool operator <=(DatasetId left, DatasetId right) => left.CompareTo(right) <= 0;

    /// <summary>Whether the left identifier sorts after the right one (ordinal).</summary>
    public static bool operator >(DatasetId left, DatasetId right) => left.CompareTo(right) > 0;

    /// <summary>Whether the left identifier sorts after the right one or equals it (ordinal).</summary>
    public static bool operator >=(DatasetId left, DatasetId right) => left.CompareTo(right) >= 0;

    /// <summary>Returns the identifier's text.</summary>
    public override string ToString() => Value ?? string.Empty;
}
