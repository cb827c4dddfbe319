using NewsEvents.Streaming;

namespace NewsEvents.Interop.SchemaOrg;

/// <summary>Records to a JSON-LD graph, one at a time: the header starts the graph, every later record adds to it.</summary>
internal sealed class JsonLdRecordWriter(Stream output) : IDisposable
{
    private JsonLdGraph? _graph;

    public void Write(JsonLinesRecord record)
    {
        if (_graph is null)
        {
            _graph = new JsonLdGraph(output, record.Header ?? throw JsonLdExporter.Unexpected(record, "The JSON-LD export needs the dataset's id, from a header record before any other"));
        }
        else
        {
            _graph.Write(record);
        }
    }

    public void Complete() =>
        (_graph ?? throw JsonLdExporter.Unexpected(null, "The JSON-LD export needs the dataset's id, from a header record; the stream is empty")).Complete();

    public void Dispose() => _graph?.Dispose();
}
