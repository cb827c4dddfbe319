using System.Text.Json;

namespace NewsEvents.Json;

/// <summary>Reads and writes <see cref="SourceAttributes"/>, an object of namespaced names and scalars, through the format's own reader and writer.</summary>
internal sealed class SourceAttributesJsonConverter : LeafConverter<SourceAttributes>
{
    private protected override FormatReader.ValueReader<CheckedJsonReader, SourceAttributes> Reader => FormatReader.ReadAttributes;

    private protected override Action<Utf8JsonWriter, SourceAttributes> Writer => FormatWriter.WriteAttributes;
}
