using System.Text.Json;
using System.Text.Json.Serialization;

namespace NewsEvents.Json;

/// <summary>Reads and writes <see cref="Quantity"/> as <c>{"kind", "value" | "min"/"max", "qualifier", "unit", "text"}</c>.</summary>
internal sealed class QuantityJsonConverter : JsonConverter<Quantity>
{
    internal static readonly string[] Names = ["kind", "value", "min", "max", "qualifier", "unit", "text"];

    // Encoded once: a name given as a string is transcoded and checked for escaping on every write.
    private static readonly JsonEncodedText[] EncodedNames = Array.ConvertAll(Names, name => JsonEncodedText.Encode(name));
    private static readonly StrictEnumJsonConverter<QuantityKind> KindConverter = new();
    private static readonly StrictEnumJsonConverter<QuantityQualifier> QualifierConverter = new();

    public override Quantity Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var properties = new SmallObjectReader(ref reader, "a quantity", EncodedNames);
        QuantityKind kind = default;
        var qualifier = QuantityQualifier.Exact;
        decimal? value = null, min = null, max = null;
        string? unit = null, text = null;
        int index;
        while ((index = properties.Next(ref reader)) >= 0)
        {
            switch (index)
            {
                case 0: kind = KindConverter.Read(ref reader, typeof(QuantityKind), options); break;
                case 1: value = ReadNumber(ref reader, index); break;
                case 2: min = ReadNumber(ref reader, index); break;
                case 3: max = ReadNumber(ref reader, index); break;
                case 4: qualifier = QualifierConverter.Read(ref reader, typeof(QuantityQualifier), options); break;
                case 5: unit = JsonText.ReadString(ref reader, "A quantity's unit"); break;
                default: text = JsonText.ReadString(ref reader, "A quantity's text"); break;
            }
        }

        properties.Require(0);
        try
        {
            return new Quantity(kind, value, min, max, qualifier, unit, text);
        }
        catch (ArgumentException rule)
        {
            throw JsonText.Rule(rule);
        }
    }

    public override void Write(Utf8JsonWriter writer, Quantity value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WritePropertyName(EncodedNames[0]);
        KindConverter.Write(writer, value.Kind, options);
        WriteNumber(writer, 1, value.Value);
        WriteNumber(writer, 2, value.Min);
        WriteNumber(writer, 3, value.Max);
        writer.WritePropertyName(EncodedNames[4]);
        QualifierConverter.Write(writer, value.Qualifier, options);
        if (value.Unit is not null)
        {
            writer.WriteString(EncodedNames[5], value.Unit);
        }

        if (value.Text is not null)
        {
            writer.WriteString(EncodedNames[6], value.Text);
        }

        writer.WriteEndObject();
    }

    private static decimal ReadNumber(ref Utf8JsonReader reader, int index) =>
        reader.TokenType == JsonTokenType.Number && reader.TryGetDecimal(out var number)
            ? number
            : throw new JsonException($"A quantity's '{Names[index]}' must be a number.");

    private static void WriteNumber(Utf8JsonWriter writer, int index, decimal? number)
    {
        if (number is { } n)
        {
            writer.WriteNumber(EncodedNames[index], n);
        }
    }
}
