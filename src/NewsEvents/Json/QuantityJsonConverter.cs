using System.Text.Json;

namespace NewsEvents.Json;

/// <summary>Reads and writes <see cref="Quantity"/>, a quantity, through the format's own reader and writer.</summary>
internal sealed class QuantityJsonConverter : LeafConverter<Quantity>
{
    private protected override FormatReader.ValueReader<CheckedJsonReader, Quantity> Reader => FormatReader.ReadQuantity;

    private protected override Action<Utf8JsonWriter, Quantity> Writer => FormatWriter.WriteQuantity;
}
