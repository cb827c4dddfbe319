using NewsEvents.Streaming;

namespace NewsEvents.Interop.Sources;

/// <summary>
/// The state of one POLECAT, PLOVER or ICEWS import: the ids already written and the counts. A row is checked and
/// built whole before <c>Write</c> registers anything of it, so that a bad row left out by a lenient import
/// leaves no trace.
/// </summary>
internal sealed class SourceRun(ImportOptions options)
{
    private readonly HashSet<string> _events = new(StringComparer.Ordinal);
    private readonly HashSet<string> _actors = new(StringComparer.Ordinal);
    private readonly HashSet<string> _documents = new(StringComparer.Ordinal);
    private long _eventCount;
    private long _repeatedEvents;
    private long _evidence;

    public ImportOptions Options => options;

    /// <summary>The attribute values of the import's columns, each distinct value made once.</summary>
    public ColumnValues Values { get; } = new();

    public void Problem(ImportProblem problem) => options.Raise(problem);

    /// <summary>
    /// Writes <paramref name="event"/> after the documents and actors it draws on that were not written yet; false,
    /// writing nothing, when an event of its id was written before (the first is kept).
    /// </summary>
    public bool Write(Event @event, IEnumerable<Document> documents, IEnumerable<Actor> actors, List<JsonLinesRecord> output)
    {
        if (!_events.Add(@event.Id.Value))
        {
            _repeatedEvents++;
            return false;
        }

        foreach (var document in documents)
        {
            if (_documents.Add(document.Id.Value))
            {
                output.Add(JsonLinesRecord.From(document));
            }
        }

        foreach (var actor in actors)
        {
            if (_actors.Add(actor.Id.Value))
            {
                output.Add(JsonLinesRecord.From(actor));
            }
        }

        output.Add(JsonLinesRecord.From(@event));
        _eventCount++;
        _evidence += @event.Evidence.Length;
        return true;
    }

    /// <summary>Writes a document that is not an event's (a PLOVER file's own documentation), once.</summary>
    public void Write(Document document, List<JsonLinesRecord> output)
    {
        if (_documents.Add(document.Id.Value))
        {
            output.Add(JsonLinesRecord.From(document));
        }
    }

    public SourceImportReport Report(IEnumerable<SourceFileReport> files) => new()
    {
        Files = [.. files],
        Events = _eventCount,
        RepeatedEvents = _repeatedEvents,
        Actors = _actors.Count,
        Documents = _documents.Count,
        Evidence = _evidence,
    };
}
