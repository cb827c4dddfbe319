using System.Text.Json;

namespace NewsEvents.Json;

/// <summary>Reads and writes <see cref="ExternalCode"/>, an external code, <c>{"scheme": "cameo", "value": "046"}</c>, through the format's own reader and writer.</summary>
internal sealed class ExternalCodeJsonConverter : LeafConverter<ExternalCode>
{
    private protected override FormatReader.ValueReader<CheckedJsonReader, ExternalCode> Reader => FormatReader.ReadCode;

    private protected override Action<Utf8JsonWriter, ExternalCode> Writer => FormatWriter.WriteCode;
}
