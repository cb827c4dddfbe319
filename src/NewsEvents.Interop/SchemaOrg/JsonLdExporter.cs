using NewsEvents.Streaming;

namespace NewsEvents.Interop.SchemaOrg;

/// <summary>
/// Writes a dataset as schema.org JSON-LD: one graph in which documents are <c>NewsArticle</c>s, actors
/// <c>Person</c>s, <c>Organization</c>s (government and news media ones as their schema.org subtypes) and
/// <c>Country</c> nodes, events <c>Event</c>s and claims <c>Claim</c>s, each with a stable <c>@id</c>
/// (<see cref="JsonLdIds"/>). The context is inline (<c>{"@vocab": "https://schema.org/"}</c>), so the output
/// expands without fetching anything.
/// </summary>
/// <remarks>
/// The export is one way: schema.org has no place for what makes the NewsEvents format (evidence offsets, claim
/// polarity and certainty, statements, relations), so those are left out; docs/jsonld.md lists what goes where.
/// Records are written as they come, through <see cref="System.Text.Json.Utf8JsonWriter"/>; between records the
/// exporter keeps only the documents' publication times and the statements' times, which claims draw on.
/// </remarks>
public static class JsonLdExporter
{
    /// <summary>Writes <paramref name="dataset"/> as JSON-LD.</summary>
    /// <param name="dataset">The dataset; references it holds should resolve (see <c>DatasetValidator</c>), or the graph will hold ids that name no node.</param>
    /// <param name="utf8Output">Where the UTF-8 JSON goes; left open.</param>
    public static void Write(Dataset dataset, Stream utf8Output)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        Write(JsonLinesWriter.ToRecords(dataset), utf8Output);
    }

    /// <summary>Writes a stream of JSON Lines records as JSON-LD, record by record.</summary>
    /// <param name="records">The records; the first must be the header, whose dataset id the <c>@id</c>s are made from.</param>
    /// <param name="utf8Output">Where the UTF-8 JSON goes; left open.</param>
    /// <exception cref="NewsEventsFormatException">The records do not begin with a header, or hold a second one.</exception>
    public static void Write(IEnumerable<JsonLinesRecord> records, Stream utf8Output)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(utf8Output);
        JsonLdGraph? graph = null;
        try
        {
            foreach (var record in records)
            {
                if (graph is null)
                {
                    graph = new JsonLdGraph(utf8Output, record.Header ?? throw Unexpected(record, "The JSON-LD export needs the dataset's id, from a header record before any other"));
                }
                else
                {
                    graph.Write(record);
                }
            }

            (graph ?? throw Unexpected(null, "The JSON-LD export needs the dataset's id, from a header record; the stream is empty")).Complete();
        }
        finally
        {
            graph?.Dispose();
        }
    }

    internal static NewsEventsFormatException Unexpected(JsonLinesRecord? record, string reason) =>
        new(record is { LineNumber: > 0 } ? FormattableString.Invariant($"line {record.LineNumber}: {reason}.") : $"{reason}.");
}
