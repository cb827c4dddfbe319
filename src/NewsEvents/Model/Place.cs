using System.Collections.Immutable;
using System.Text;
using System.Text.Json.Serialization;
using NewsEvents.Json;

namespace NewsEvents.Model;

/// <summary>A place: name, country, optional coordinates with their precision, and external ids (GeoNames).</summary>
public sealed record Place
{
    /// <summary>The place's name as the report gives it ("the elegant 19th-century Moscow mansion").</summary>
    [JsonConverter(typeof(TextJsonConverter))]
    public required string Name { get; init => field = Guard.Text(value, "Place.Name"); }

    /// <summary>The country, as an ISO 3166-1 alpha-2 code ("LY").</summary>
    [JsonConverter(typeof(CountryJsonConverter))]
    public string? Country { get; init => field = TextRules.Optional(value, TextRules.CheckCountry, "Place.Country"); }

    /// <summary>How precisely the place is known.</summary>
    public PlacePrecision? Precision { get; init => field = value is { } p ? Guard.Defined(p, "Place.Precision") : null; }

    /// <summary>Coordinates, where known.</summary>
    public GeoPoint? Coordinates { get; init; }

    /// <summary>External ids (GeoNames, Wikidata).</summary>
    public ImmutableArray<ExternalCode> Codes { get; init => field = Guard.Items(value, "Place.Codes"); } = [];

    /// <inheritdoc />
    public bool Equals(Place? other) =>
        other is not null && Name == other.Name && Country == other.Country && Precision == other.Precision
        && Equals(Coordinates, other.Coordinates) && ContentEquality.Equal(Codes, other.Codes);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Name);
        hash.Add(Country);
        hash.Add(Precision);
        hash.Add(Coordinates);
        ContentEquality.Add(ref hash, Codes);
        return hash.ToHashCode();
    }

    /// <summary>Returns the name, with the country and precision when known.</summary>
    public override string ToString()
    {
        var builder = new StringBuilder(Name);
        if (Country is not null)
        {
            builder.Append(", ").Append(Country);
        }

        if (Precision is { } precision)
        {
            builder.Append(" (").Append(StrictEnumJsonConverter<PlacePrecision>.NameOf(precision)).Append(')');
        }

        return builder.ToString();
    }
}
