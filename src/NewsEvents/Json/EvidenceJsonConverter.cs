using System.Text.Json;
using System.Text.Json.Serialization;

namespace NewsEvents.Json;

/// <summary>Reads and writes <see cref="Evidence"/> as <c>{"document", "start", "end", "quote"}</c>.</summary>
internal sealed class EvidenceJsonConverter : JsonConverter<Evidence>
{
    internal static readonly string[] Names = ["document", "start", "end", "quote"];

    // Encoded once: a name given as a string is transcoded and checked for escaping on every write.
    private static readonly JsonEncodedText[] EncodedNames = Array.ConvertAll(Names, name => JsonEncodedText.Encode(name));
    private static readonly EntityIdJsonConverter<DocumentId> DocumentConverter = new();

    public override Evidence Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var properties = new SmallObjectReader(ref reader, "an evidence span", EncodedNames);
        DocumentId document = default;
        int start = 0, end = 0;
        string? quote = null;
        int index;
        while ((index = properties.Next(ref reader)) >= 0)
        {
            switch (index)
            {
                case 0: document = DocumentConverter.Read(ref reader, typeof(DocumentId), options); break;
                case 1: start = ReadOffset(ref reader, "start"); break;
                case 2: end = ReadOffset(ref reader, "end"); break;
                default: quote = reader.TokenType == JsonTokenType.Null ? throw properties.NotNull(3) : JsonText.ReadString(ref reader, "An evidence quote"); break;
            }
        }

        properties.Require(0);
        properties.Require(1);
        properties.Require(2);
        try
        {
            return new Evidence(document, start, end, quote);
        }
        catch (ArgumentException rule)
        {
            throw JsonText.Rule(rule);
        }
    }

    public override void Write(Utf8JsonWriter writer, Evidence value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString(EncodedNames[0], value.Document.Value);
        writer.WriteNumber(EncodedNames[1], value.Start);
        writer.WriteNumber(EncodedNames[2], value.End);
        if (value.Quote is not null)
        {
            writer.WriteString(EncodedNames[3], value.Quote);
        }

        writer.WriteEndObject();
    }

    private static int ReadOffset(ref Utf8JsonReader reader, string name) =>
        reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var offset) && offset >= 0
            ? offset
            : throw new JsonException($"An evidence span's '{name}' must be a whole number of code points from 0 to {int.MaxValue}.");
}
