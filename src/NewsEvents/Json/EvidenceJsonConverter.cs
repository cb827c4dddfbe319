using System.Text.Json;

namespace NewsEvents.Json;

/// <summary>Reads and writes <see cref="Evidence"/>, an evidence span, <c>{"document", "start", "end", "quote"}</c>, through the format's own reader and writer.</summary>
internal sealed class EvidenceJsonConverter : LeafConverter<Evidence>
{
    private protected override FormatReader.ValueReader<CheckedJsonReader, Evidence> Reader => FormatReader.ReadEvidence;

    private protected override Action<Utf8JsonWriter, Evidence> Writer => FormatWriter.WriteEvidence;
}
