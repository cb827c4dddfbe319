using System.Text.Json;

namespace NewsEvents.Json;

/// <summary>Reads and writes an <see cref="AttributeValue"/>, a JSON scalar kept as written, through the format's own reader and writer.</summary>
internal sealed class AttributeValueJsonConverter : LeafConverter<AttributeValue>
{
    private protected override FormatReader.ValueReader<CheckedJsonReader, AttributeValue> Reader => FormatReader.AttributeValueOf;

    private protected override Action<Utf8JsonWriter, AttributeValue> Writer => FormatWriter.WriteAttributeValue;
}
