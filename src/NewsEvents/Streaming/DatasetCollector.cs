using System.Collections.Immutable;

namespace NewsEvents.Streaming;

/// <summary>
/// Gathers records, in their order, into the collections of one dataset: what reading a JSON Lines
/// stream whole and making a synthetic dataset in memory both do.
/// </summary>
internal sealed class DatasetCollector
{
    private readonly ImmutableArray<Document>.Builder _documents = ImmutableArray.CreateBuilder<Document>();
    private readonly ImmutableArray<Actor>.Builder _actors = ImmutableArray.CreateBuilder<Actor>();
    private readonly ImmutableArray<Event>.Builder _events = ImmutableArray.CreateBuilder<Event>();
    private readonly ImmutableArray<Statement>.Builder _statements = ImmutableArray.CreateBuilder<Statement>();
    private readonly ImmutableArray<Claim>.Builder _claims = ImmutableArray.CreateBuilder<Claim>();
    private readonly ImmutableArray<Relation>.Builder _relations = ImmutableArray.CreateBuilder<Relation>();

    /// <summary>The header met, if any (a reader lets only the first record be one).</summary>
    public JsonLinesHeader? Header { get; private set; }

    /// <summary>Adds a record to its collection, or takes it as the header.</summary>
    public void Add(JsonLinesRecord record)
    {
        switch (record.Value)
        {
            case JsonLinesHeader header: Header = header; break;
            case Document document: _documents.Add(document); break;
            case Actor actor: _actors.Add(actor); break;
            case Event @event: _events.Add(@event); break;
            case Statement statement: _statements.Add(statement); break;
            case Claim claim: _claims.Add(claim); break;
            case Relation relation: _relations.Add(relation); break;
        }
    }

    /// <summary>The dataset of the header's members and the records gathered.</summary>
    public Dataset ToDataset(JsonLinesHeader header) => header.ToDataset() with
    {
        Documents = _documents.ToImmutable(),
        Actors = _actors.ToImmutable(),
        Events = _events.ToImmutable(),
        Statements = _statements.ToImmutable(),
        Claims = _claims.ToImmutable(),
        Relations = _relations.ToImmutable(),
    };
}
