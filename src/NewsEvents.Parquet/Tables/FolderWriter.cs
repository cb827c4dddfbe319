using System.Collections.Immutable;
using NewsEvents.Streaming;

namespace NewsEvents.Parquet.Tables;

/// <summary>
/// Splits records into the rows of every table and writes them, each table row group by row group. The
/// records come one at a time (a dataset's, or a JSON Lines stream's), and the tables together hold at most
/// <see cref="ParquetExportOptions.RowMemoryBytes"/> of rows not yet written (and each table at most a row group).
/// </summary>
internal sealed class FolderWriter : IAsyncDisposable
{
    private readonly TableWriter<JsonLinesHeader> _dataset;
    private readonly TableWriter<Document> _documents;
    private readonly TableWriter<Owned<string>> _credits;
    private readonly TableWriter<Actor> _actors;
    private readonly TableWriter<Owned<string>> _aliases;
    private readonly TableWriter<Owned<ExternalCode>> _codes;
    private readonly TableWriter<Event> _events;
    private readonly TableWriter<Owned<Participant>> _participants;
    private readonly TableWriter<Owned<EventLink>> _eventLinks;
    private readonly TableWriter<Owned<Quantity>> _quantities;
    private readonly TableWriter<Statement> _statements;
    private readonly TableWriter<Owned<ActorId>> _statementActors;
    private readonly TableWriter<Claim> _claims;
    private readonly TableWriter<Owned<(EventId? Event, ActorId? Actor)>> _subjects;
    private readonly TableWriter<Owned<ClaimLink>> _claimLinks;
    private readonly TableWriter<Owned<ActorId>> _attributions;
    private readonly TableWriter<Relation> _relations;
    private readonly TableWriter<Owned<Evidence>> _evidence;
    private readonly TableWriter<Owned<(int? EvidencePosition, SourceAttribute Attribute)>> _attributes;
    private readonly ITableWriter[] _all;
    private readonly long _rowMemoryBytes;

    private FolderWriter(ITableWriter[] all, long rowMemoryBytes)
    {
        _all = all;
        _rowMemoryBytes = rowMemoryBytes;
        var i = 0;
        _dataset = (TableWriter<JsonLinesHeader>)all[i++];
        _documents = (TableWriter<Document>)all[i++];
        _credits = (TableWriter<Owned<string>>)all[i++];
        _actors = (TableWriter<Actor>)all[i++];
        _aliases = (TableWriter<Owned<string>>)all[i++];
        _codes = (TableWriter<Owned<ExternalCode>>)all[i++];
        _events = (TableWriter<Event>)all[i++];
        _participants = (TableWriter<Owned<Participant>>)all[i++];
        _eventLinks = (TableWriter<Owned<EventLink>>)all[i++];
        _quantities = (TableWriter<Owned<Quantity>>)all[i++];
        _statements = (TableWriter<Statement>)all[i++];
        _statementActors = (TableWriter<Owned<ActorId>>)all[i++];
        _claims = (TableWriter<Claim>)all[i++];
        _subjects = (TableWriter<Owned<(EventId? Event, ActorId? Actor)>>)all[i++];
        _claimLinks = (TableWriter<Owned<ClaimLink>>)all[i++];
        _attributions = (TableWriter<Owned<ActorId>>)all[i++];
        _relations = (TableWriter<Relation>)all[i++];
        _evidence = (TableWriter<Owned<Evidence>>)all[i++];
        _attributes = (TableWriter<Owned<(int? EvidencePosition, SourceAttribute Attribute)>>)all[i];
    }

    /// <summary>The records written (the header and every entity).</summary>
    public long RecordCount { get; private set; }

    public static async Task<FolderWriter> CreateAsync(string folder, ParquetExportOptions options, CancellationToken cancellationToken)
    {
        var (rowGroupSize, rowGroupsPerFile) = (options.RowGroupSize, options.RowGroupsPerFile);
        var writers = new List<ITableWriter>();
        try
        {
            async Task Open<TRow>(Table<TRow> table) => writers.Add(await TableWriter<TRow>.CreateAsync(table, folder, rowGroupSize, rowGroupsPerFile, cancellationToken).ConfigureAwait(false));
            await Open(ParquetTables.Dataset.Table).ConfigureAwait(false);
            await Open(ParquetTables.Documents.Table).ConfigureAwait(false);
            await Open(ParquetTables.DocumentCredits.Table).ConfigureAwait(false);
            await Open(ParquetTables.Actors.Table).ConfigureAwait(false);
            await Open(ParquetTables.ActorAliases.Table).ConfigureAwait(false);
            await Open(ParquetTables.Codes.Table).ConfigureAwait(false);
            await Open(ParquetTables.Events.Table).ConfigureAwait(false);
            await Open(ParquetTables.Participants.Table).ConfigureAwait(false);
            await Open(ParquetTables.EventLinks.Table).ConfigureAwait(false);
            await Open(ParquetTables.Quantities.Table).ConfigureAwait(false);
            await Open(ParquetTables.Statements.Table).ConfigureAwait(false);
            await Open(ParquetTables.StatementActors.Table).ConfigureAwait(false);
            await Open(ParquetTables.Claims.Table).ConfigureAwait(false);
            await Open(ParquetTables.ClaimSubjects.Table).ConfigureAwait(false);
            await Open(ParquetTables.ClaimLinks.Table).ConfigureAwait(false);
            await Open(ParquetTables.Attributions.Table).ConfigureAwait(false);
            await Open(ParquetTables.Relations.Table).ConfigureAwait(false);
            await Open(ParquetTables.Evidence.Table).ConfigureAwait(false);
            await Open(ParquetTables.SourceAttributes.Table).ConfigureAwait(false);
            return new FolderWriter([.. writers], options.RowMemoryBytes);
        }
        catch
        {
            foreach (var writer in writers)
            {
                await writer.DisposeAsync().ConfigureAwait(false);
            }

            throw;
        }
    }

    public async ValueTask AddAsync(JsonLinesRecord record, CancellationToken cancellationToken)
    {
        RecordCount++;
        switch (record.Value)
        {
            case JsonLinesHeader header:
                if (_dataset.RowCount > 0)
                {
                    throw new NewsEventsFormatException($"line {record.LineNumber}: a second header record; a dataset has one.");
                }

                await _dataset.AddAsync(header, cancellationToken).ConfigureAwait(false);
                break;
            case Document document:
                await _documents.AddAsync(document, cancellationToken).ConfigureAwait(false);
                await AddAttributesAsync(OwnerKinds.Document, document.Id.Value, null, document.Attributes, cancellationToken).ConfigureAwait(false);
                await AddAllAsync(_credits, OwnerKinds.Document, document.Id.Value, document.Credits, cancellationToken).ConfigureAwait(false);
                break;
            case Actor actor:
                await _actors.AddAsync(actor, cancellationToken).ConfigureAwait(false);
                await AddAllAsync(_aliases, OwnerKinds.Actor, actor.Id.Value, actor.Aliases, cancellationToken).ConfigureAwait(false);
                await AddAllAsync(_codes, OwnerKinds.Actor, actor.Id.Value, actor.Codes, cancellationToken).ConfigureAwait(false);
                await AddEvidenceAsync(OwnerKinds.Actor, actor.Id.Value, actor.Attributes, actor.Evidence, cancellationToken).ConfigureAwait(false);
                break;
            case Event e:
                await _events.AddAsync(e, cancellationToken).ConfigureAwait(false);
                await AddAllAsync(_participants, OwnerKinds.Event, e.Id.Value, e.Participants, cancellationToken).ConfigureAwait(false);
                await AddAllAsync(_codes, OwnerKinds.Event, e.Id.Value, e.Codes, cancellationToken).ConfigureAwait(false);
                await AddAllAsync(_codes, OwnerKinds.EventPlace, e.Id.Value, e.Place?.Codes ?? [], cancellationToken).ConfigureAwait(false);
                await AddQuantitiesAsync(OwnerKinds.Event, e.Id.Value, e.Quantities, cancellationToken).ConfigureAwait(false);
                await AddAllAsync(_eventLinks, OwnerKinds.Event, e.Id.Value, e.Links, cancellationToken).ConfigureAwait(false);
                await AddEvidenceAsync(OwnerKinds.Event, e.Id.Value, e.Attributes, e.Evidence, cancellationToken).ConfigureAwait(false);
                break;
            case Statement statement:
                await _statements.AddAsync(statement, cancellationToken).ConfigureAwait(false);
                await AddAllAsync(_codes, OwnerKinds.StatementPlace, statement.Id.Value, statement.Place?.Codes ?? [], cancellationToken).ConfigureAwait(false);
                await AddAllAsync(_statementActors, StatementActorsTable.Audience, statement.Id.Value, statement.Audience, cancellationToken).ConfigureAwait(false);
                await AddAllAsync(_statementActors, StatementActorsTable.About, statement.Id.Value, statement.About, cancellationToken).ConfigureAwait(false);
                await AddEvidenceAsync(OwnerKinds.Statement, statement.Id.Value, statement.Attributes, statement.Evidence, cancellationToken).ConfigureAwait(false);
                break;
            case Claim claim:
                await _claims.AddAsync(claim, cancellationToken).ConfigureAwait(false);
                await AddAllAsync(_subjects, OwnerKinds.Claim, claim.Id.Value, [.. claim.About.Events.Select(e => ((EventId?)e, (ActorId?)null))], cancellationToken).ConfigureAwait(false);
                await AddAllAsync(_subjects, OwnerKinds.Claim, claim.Id.Value, [.. claim.About.Actors.Select(a => ((EventId?)null, (ActorId?)a))], cancellationToken).ConfigureAwait(false);
                await AddAllAsync(_attributions, OwnerKinds.Claim, claim.Id.Value, claim.Attribution, cancellationToken).ConfigureAwait(false);
                await AddQuantitiesAsync(OwnerKinds.Claim, claim.Id.Value, claim.Quantities, cancellationToken).ConfigureAwait(false);
                await AddAllAsync(_claimLinks, OwnerKinds.Claim, claim.Id.Value, claim.Links, cancellationToken).ConfigureAwait(false);
                await AddEvidenceAsync(OwnerKinds.Claim, claim.Id.Value, claim.Attributes, claim.Evidence, cancellationToken).ConfigureAwait(false);
                break;
            case Relation relation:
                await _relations.AddAsync(relation, cancellationToken).ConfigureAwait(false);
                await AddEvidenceAsync(OwnerKinds.Relation, relation.Id.Value, relation.Attributes, relation.Evidence, cancellationToken).ConfigureAwait(false);
                break;
        }

        await KeepWithinRowMemoryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Writes the rows of the table holding the most until the rows held fit the memory given them: the
    /// largest table's row groups are the fullest the memory allows, and a table of long texts (documents)
    /// writes its rows whatever their number.
    /// </summary>
    private async ValueTask KeepWithinRowMemoryAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var held = 0L;
            var largest = _all[0];
            foreach (var writer in _all)
            {
                held += writer.HeldBytes;
                if (writer.HeldBytes > largest.HeldBytes)
                {
                    largest = writer;
                }
            }

            if (held <= _rowMemoryBytes)
            {
                return;
            }

            await largest.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Writes the last row groups; the folder is complete once this returns.</summary>
    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        if (_dataset.RowCount == 0)
        {
            throw new NewsEventsFormatException("The data has no header record: a dataset's id and format version come first.");
        }

        foreach (var writer in _all)
        {
            await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var writer in _all)
        {
            await writer.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>An item's evidence and attributes, and its evidence spans' attributes.</summary>
    private async ValueTask AddEvidenceAsync(string ownerKind, string owner, SourceAttributes attributes, ImmutableArray<Evidence> evidence, CancellationToken cancellationToken)
    {
        await AddAttributesAsync(ownerKind, owner, null, attributes, cancellationToken).ConfigureAwait(false);
        await AddAllAsync(_evidence, ownerKind, owner, evidence, cancellationToken).ConfigureAwait(false);
        for (var i = 0; i < evidence.Length; i++)
        {
            await AddAttributesAsync(ownerKind, owner, i, evidence[i].Attributes, cancellationToken).ConfigureAwait(false);
        }
    }

    private async ValueTask AddAttributesAsync(string ownerKind, string owner, int? evidencePosition, SourceAttributes attributes, CancellationToken cancellationToken)
    {
        for (var i = 0; i < attributes.Count; i++)
        {
            await _attributes.AddAsync(new Owned<(int?, SourceAttribute)>(ownerKind, owner, i, (evidencePosition, attributes[i])), cancellationToken).ConfigureAwait(false);
        }
    }

    private async ValueTask AddQuantitiesAsync(string ownerKind, string owner, ImmutableArray<Quantity> quantities, CancellationToken cancellationToken)
    {
        foreach (var quantity in quantities)
        {
            foreach (var number in (ReadOnlySpan<decimal?>)[quantity.Value, quantity.Min, quantity.Max])
            {
                if (number is { } n && !DecimalDigits.Fits(n))
                {
                    throw new NewsEventsFormatException($"{ownerKind} '{owner}': the quantity {n} has more than {DecimalDigits.Scale} digits after the point, more than the quantities table's DECIMAL({DecimalDigits.Precision},{DecimalDigits.Scale}) holds.");
                }
            }
        }

        await AddAllAsync(_quantities, ownerKind, owner, quantities, cancellationToken).ConfigureAwait(false);
    }

    private static async ValueTask AddAllAsync<T>(TableWriter<Owned<T>> writer, string ownerKind, string owner, ImmutableArray<T> items, CancellationToken cancellationToken)
    {
        for (var i = 0; i < items.Length; i++)
        {
            await writer.AddAsync(new Owned<T>(ownerKind, owner, i, items[i]), cancellationToken).ConfigureAwait(false);
        }
    }
}
