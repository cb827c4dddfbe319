using System.Text.Json;
using System.Text.Json.Serialization;

namespace NewsEvents.Json;

/// <summary>Reads and writes <see cref="GeoPoint"/> as <c>{"latitude": 32.9, "longitude": 13.2}</c>.</summary>
internal sealed class GeoPointJsonConverter : JsonConverter<GeoPoint>
{
    internal static readonly string[] Names = ["latitude", "longitude"];

    // Encoded once: a name given as a string is transcoded and checked for escaping on every write.
    private static readonly JsonEncodedText[] EncodedNames = Array.ConvertAll(Names, name => JsonEncodedText.Encode(name));

    public override GeoPoint Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var properties = new SmallObjectReader(ref reader, "coordinates", EncodedNames);
        double latitude = 0, longitude = 0;
        int index;
        while ((index = properties.Next(ref reader)) >= 0)
        {
            var number = reader.TokenType == JsonTokenType.Number && reader.TryGetDouble(out var d)
                ? d
                : throw new JsonException($"'{Names[index]}' must be a number of degrees.");
            if (index == 0)
            {
                latitude = number;
            }
            else
            {
                longitude = number;
            }
        }

        properties.Require(0);
        properties.Require(1);
        try
        {
            return new GeoPoint(latitude, longitude);
        }
        catch (ArgumentException rule)
        {
            throw JsonText.Rule(rule);
        }
    }

    public override void Write(Utf8JsonWriter writer, GeoPoint value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteNumber(EncodedNames[0], value.Latitude);
        writer.WriteNumber(EncodedNames[1], value.Longitude);
        writer.WriteEndObject();
    }
}
