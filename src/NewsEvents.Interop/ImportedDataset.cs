using System.Collections.Immutable;
using NewsEvents.Streaming;

namespace NewsEvents.Interop;

/// <summary>An importer's records collected into one dataset in memory.</summary>
internal static class ImportedDataset
{
    public static Dataset Collect(IEnumerable<JsonLinesRecord> records)
    {
        var documents = ImmutableArray.CreateBuilder<Document>();
        var actors = ImmutableArray.CreateBuilder<Actor>();
        var events = ImmutableArray.CreateBuilder<Event>();
        var statements = ImmutableArray.CreateBuilder<Statement>();
        JsonLinesHeader? header = null;
        foreach (var record in records)
        {
            switch (record.Value)
            {
                case JsonLinesHeader h: header = h; break;
                case Document d: documents.Add(d); break;
                case Actor a: actors.Add(a); break;
                case Event e: events.Add(e); break;
                case Statement s: statements.Add(s); break;
            }
        }

        return header!.ToDataset() with { Documents = documents.ToImmutable(), Actors = actors.ToImmutable(), Events = events.ToImmutable(), Statements = statements.ToImmutable() };
    }
}
