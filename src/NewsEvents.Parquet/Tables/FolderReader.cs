using System.Collections.Immutable;
using NewsEvents.Streaming;
using NewsEvents.Validation;

namespace NewsEvents.Parquet.Tables;

/// <summary>Reads a folder of tables back into a dataset: every table, every column checked for its type, every child row matched to its owner.</summary>
internal static class FolderReader
{
    public static async Task<Dataset> ReadAsync(string folder, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"{folder}: no such folder.");
        }

        var t = ParquetTables.Dataset;
        var header = await TableReader.ReadAsync(t.Table, folder, cancellationToken).ConfigureAwait(false);
        if (header.Count != 1)
        {
            throw new NewsEventsFormatException($"{header.Path}: table 'dataset' must have exactly one row, not {header.Count}.");
        }

        var dataset = header.Make(0, () => new Dataset
        {
            Id = new DatasetId(header.RequiredText(t.Id, 0)),
            SchemaVersion = header.RequiredText(t.SchemaVersion, 0),
            Title = header.Text(t.Title, 0),
            Metadata = t.ReadMetadata(header, 0),
        });

        var credits = await TextListAsync(ParquetTables.DocumentCredits, folder, cancellationToken).ConfigureAwait(false);
        var aliases = await TextListAsync(ParquetTables.ActorAliases, folder, cancellationToken).ConfigureAwait(false);
        var codes = await CodesAsync(folder, cancellationToken).ConfigureAwait(false);
        var quantities = await QuantitiesAsync(folder, cancellationToken).ConfigureAwait(false);
        var evidence = await EvidenceAsync(folder, cancellationToken).ConfigureAwait(false);

        dataset = dataset with
        {
            Documents = await DocumentsAsync(folder, credits, cancellationToken).ConfigureAwait(false),
            Actors = await ActorsAsync(folder, aliases, codes, evidence, cancellationToken).ConfigureAwait(false),
            Events = await EventsAsync(folder, codes, quantities, evidence, cancellationToken).ConfigureAwait(false),
            Statements = await StatementsAsync(folder, codes, evidence, cancellationToken).ConfigureAwait(false),
            Claims = await ClaimsAsync(folder, quantities, evidence, cancellationToken).ConfigureAwait(false),
            Relations = await RelationsAsync(folder, evidence, cancellationToken).ConfigureAwait(false),
        };

        credits.CheckAllTaken();
        aliases.CheckAllTaken();
        codes.CheckAllTaken();
        quantities.CheckAllTaken();
        evidence.CheckAllTaken();

        var report = DatasetValidator.Validate(dataset);
        if (!report.IsValid)
        {
            throw new NewsEventsFormatException($"{folder}: the tables hold an invalid dataset: {report.Violations[0].Message}{(report.Count > 1 ? $" (and {report.Count - 1} more)" : string.Empty)}", null, null, null, report.Violations);
        }

        return dataset;
    }

    private static async Task<ChildRows<string>> TextListAsync(TextListTable t, string folder, CancellationToken cancellationToken)
    {
        var data = await TableReader.ReadAsync(t.Table, folder, cancellationToken).ConfigureAwait(false);
        return ChildRows<string>.Read(data, null, t.Owner, t.Position, _ => t.OwnerKind, row => data.RequiredText(t.Item, row));
    }

    private static async Task<ChildRows<ExternalCode>> CodesAsync(string folder, CancellationToken cancellationToken)
    {
        var t = ParquetTables.Codes;
        var data = await TableReader.ReadAsync(t.Table, folder, cancellationToken).ConfigureAwait(false);
        return ChildRows<ExternalCode>.Read(data, t.OwnerKind, t.Owner, t.Position, _ => string.Empty, row =>
        {
            var scheme = data.Name<CodeScheme>(t.Scheme, row);
            var value = data.RequiredText(t.Value, row);
            return data.Make(row, () => new ExternalCode(scheme, value));
        });
    }

    private static async Task<ChildRows<Quantity>> QuantitiesAsync(string folder, CancellationToken cancellationToken)
    {
        var t = ParquetTables.Quantities;
        var data = await TableReader.ReadAsync(t.Table, folder, cancellationToken).ConfigureAwait(false);

        decimal? Number(OptionalColumn<Owned<Quantity>, decimal> number, OptionalColumn<Owned<Quantity>, int> scale, int row)
        {
            if (data.Optional(number, row) is not { } n)
            {
                return null;
            }

            var digits = data.Optional(scale, row) ?? DecimalDigits.Scale;
            return digits is >= 0 and <= 28 ? DecimalDigits.WithScale(n, digits) : throw data.Error(scale, row, $"must be from 0 to 28, not {digits}.");
        }

        return ChildRows<Quantity>.Read(data, t.OwnerKind, t.Owner, t.Position, _ => string.Empty, row =>
        {
            var kind = data.Name<QuantityKind>(t.Kind, row);
            var qualifier = data.Name<QuantityQualifier>(t.Qualifier, row);
            var value = Number(t.Value, t.ValueScale, row);
            var min = Number(t.Min, t.MinScale, row);
            var max = Number(t.Max, t.MaxScale, row);
            var unit = data.Text(t.Unit, row);
            var text = data.Text(t.Text, row);
            return data.Make(row, () => new Quantity(kind, value, min, max, qualifier, unit, text));
        });
    }

    private static async Task<ChildRows<Evidence>> EvidenceAsync(string folder, CancellationToken cancellationToken)
    {
        var t = ParquetTables.Evidence;
        var data = await TableReader.ReadAsync(t.Table, folder, cancellationToken).ConfigureAwait(false);
        return ChildRows<Evidence>.Read(data, t.OwnerKind, t.Owner, t.Position, _ => string.Empty, row =>
        {
            var document = data.RequiredText(t.Document, row);
            var start = data.Value(t.Start, row);
            var end = data.Value(t.End, row);
            var quote = data.Text(t.Quote, row);
            return data.Make(row, () => new Evidence(new DocumentId(document), start, end, quote));
        });
    }

    private static async Task<ImmutableArray<Document>> DocumentsAsync(string folder, ChildRows<string> credits, CancellationToken cancellationToken)
    {
        var t = ParquetTables.Documents;
        var data = await TableReader.ReadAsync(t.Table, folder, cancellationToken).ConfigureAwait(false);
        var documents = ImmutableArray.CreateBuilder<Document>(data.Count);
        for (var row = 0; row < data.Count; row++)
        {
            var id = data.RequiredText(t.Id, row);
            var published = t.Published.Read(data, row);
            documents.Add(data.Make(row, () => new Document
            {
                Id = new DocumentId(id),
                Url = data.Text(t.Url, row),
                Title = data.Text(t.Title, row),
                Publisher = data.Text(t.Publisher, row),
                Agency = data.Text(t.Agency, row),
                Byline = data.Text(t.Byline, row),
                Credits = credits.Of(OwnerKinds.Document, id),
                Published = published,
                Language = data.Text(t.Language, row),
                Text = data.Text(t.Text, row),
            }));
        }

        return documents.MoveToImmutable();
    }

    private static async Task<ImmutableArray<Actor>> ActorsAsync(string folder, ChildRows<string> aliases, ChildRows<ExternalCode> codes, ChildRows<Evidence> evidence, CancellationToken cancellationToken)
    {
        var t = ParquetTables.Actors;
        var data = await TableReader.ReadAsync(t.Table, folder, cancellationToken).ConfigureAwait(false);
        var actors = ImmutableArray.CreateBuilder<Actor>(data.Count);
        for (var row = 0; row < data.Count; row++)
        {
            var id = data.RequiredText(t.Id, row);
            var kind = data.Name<ActorKind>(t.Kind, row);
            var name = data.RequiredText(t.Name, row);
            actors.Add(data.Make(row, () => new Actor
            {
                Id = new ActorId(id),
                Kind = kind,
                Name = name,
                Aliases = aliases.Of(OwnerKinds.Actor, id),
                Country = data.Text(t.Country, row),
                Codes = codes.Of(OwnerKinds.Actor, id),
                Evidence = evidence.Of(OwnerKinds.Actor, id),
            }));
        }

        return actors.MoveToImmutable();
    }

    private static async Task<ImmutableArray<Event>> EventsAsync(string folder, ChildRows<ExternalCode> codes, ChildRows<Quantity> quantities, ChildRows<Evidence> evidence, CancellationToken cancellationToken)
    {
        var t = ParquetTables.Events;
        var data = await TableReader.ReadAsync(t.Table, folder, cancellationToken).ConfigureAwait(false);
        var participants = await ChildTableAsync(ParquetTables.Participants.Table, OwnerKinds.Event, folder, ParquetTables.Participants.Event, ParquetTables.Participants.Position, (d, row) =>
        {
            var p = ParquetTables.Participants;
            var actor = d.RequiredText(p.Actor, row);
            var role = d.Name<ParticipantRole>(p.Role, row);
            return d.Make(row, () => new Participant(new ActorId(actor), role));
        }, cancellationToken).ConfigureAwait(false);
        var links = await ChildTableAsync(ParquetTables.EventLinks.Table, OwnerKinds.Event, folder, ParquetTables.EventLinks.Owner, ParquetTables.EventLinks.Position, (d, row) =>
        {
            var l = ParquetTables.EventLinks;
            var type = d.Name<EventLinkType>(l.Type, row);
            var target = d.RequiredText(l.Target, row);
            return d.Make(row, () => new EventLink(type, new EventId(target)));
        }, cancellationToken).ConfigureAwait(false);

        var events = ImmutableArray.CreateBuilder<Event>(data.Count);
        for (var row = 0; row < data.Count; row++)
        {
            var id = data.RequiredText(t.Id, row);
            var type = data.Name<EventType>(t.Type, row);
            var status = data.Name<EventStatus>(t.Status, row);
            var time = t.Time.Read(data, row);
            var place = t.Place.Read(data, row, () => codes.Of(OwnerKinds.EventPlace, id));
            events.Add(data.Make(row, () => new Event
            {
                Id = new EventId(id),
                Type = type,
                Status = status,
                Summary = data.Text(t.Summary, row),
                Time = time,
                Place = place,
                Participants = participants.Of(OwnerKinds.Event, id),
                Codes = codes.Of(OwnerKinds.Event, id),
                Quantities = quantities.Of(OwnerKinds.Event, id),
                Links = links.Of(OwnerKinds.Event, id),
                Evidence = evidence.Of(OwnerKinds.Event, id),
            }));
        }

        participants.CheckAllTaken();
        links.CheckAllTaken();
        return events.MoveToImmutable();
    }

    private static async Task<ImmutableArray<Statement>> StatementsAsync(string folder, ChildRows<ExternalCode> codes, ChildRows<Evidence> evidence, CancellationToken cancellationToken)
    {
        var t = ParquetTables.Statements;
        var data = await TableReader.ReadAsync(t.Table, folder, cancellationToken).ConfigureAwait(false);
        var a = ParquetTables.StatementActors;
        var actorData = await TableReader.ReadAsync(a.Table, folder, cancellationToken).ConfigureAwait(false);
        var actors = ChildRows<ActorId>.Read(actorData, a.Role, a.Statement, a.Position, _ => string.Empty, row =>
        {
            var role = actorData.RequiredText(a.Role, row);
            if (role is not (StatementActorsTable.Audience or StatementActorsTable.About))
            {
                throw actorData.Error(a.Role, row, $"'{role}' is not one of: {StatementActorsTable.About}, {StatementActorsTable.Audience}.");
            }

            var actor = actorData.RequiredText(a.Actor, row);
            return actorData.Make(row, () => new ActorId(actor));
        });

        var statements = ImmutableArray.CreateBuilder<Statement>(data.Count);
        for (var row = 0; row < data.Count; row++)
        {
            var id = data.RequiredText(t.Id, row);
            var speaker = data.RequiredText(t.Speaker, row);
            var channel = data.Name<StatementChannel>(t.Channel, row);
            var mode = data.Name<SpeechMode>(t.Mode, row);
            var content = data.RequiredText(t.Content, row);
            var time = t.Time.Read(data, row);
            var place = t.Place.Read(data, row, () => codes.Of(OwnerKinds.StatementPlace, id));
            statements.Add(data.Make(row, () => new Statement
            {
                Id = new StatementId(id),
                Speaker = new ActorId(speaker),
                Channel = channel,
                Mode = mode,
                Content = content,
                Time = time,
                Place = place,
                Audience = actors.Of(StatementActorsTable.Audience, id),
                About = actors.Of(StatementActorsTable.About, id),
                Evidence = evidence.Of(OwnerKinds.Statement, id),
            }));
        }

        actors.CheckAllTaken();
        return statements.MoveToImmutable();
    }

    private static async Task<ImmutableArray<Claim>> ClaimsAsync(string folder, ChildRows<Quantity> quantities, ChildRows<Evidence> evidence, CancellationToken cancellationToken)
    {
        var t = ParquetTables.Claims;
        var data = await TableReader.ReadAsync(t.Table, folder, cancellationToken).ConfigureAwait(false);
        var s = ParquetTables.ClaimSubjects;
        var subjectData = await TableReader.ReadAsync(s.Table, folder, cancellationToken).ConfigureAwait(false);
        // Grouped by claim and by whether the subject is an event or an actor, each list in its own order.
        const string Events = "claim_event";
        const string Actors = "claim_actor";
        var subjects = ChildRows<string>.Read(subjectData, null, s.Claim, s.Position, row => subjectData.Text(s.Event, row) is null ? Actors : Events, row =>
        {
            var eventId = subjectData.Text(s.Event, row);
            var actorId = subjectData.Text(s.Actor, row);
            return (eventId, actorId) switch
            {
                ({ } e, null) => e,
                (null, { } a) => a,
                _ => throw subjectData.Error(s.Event, row, $"and '{s.Actor.Name}' must hold exactly one value: a subject is an event or an actor."),
            };
        });
        var links = await ChildTableAsync(ParquetTables.ClaimLinks.Table, OwnerKinds.Claim, folder, ParquetTables.ClaimLinks.Owner, ParquetTables.ClaimLinks.Position, (d, row) =>
        {
            var l = ParquetTables.ClaimLinks;
            var type = d.Name<ClaimLinkType>(l.Type, row);
            var target = d.RequiredText(l.Target, row);
            return d.Make(row, () => new ClaimLink(type, new ClaimId(target)));
        }, cancellationToken).ConfigureAwait(false);
        var attributions = await ChildTableAsync(ParquetTables.Attributions.Table, OwnerKinds.Claim, folder, ParquetTables.Attributions.Claim, ParquetTables.Attributions.Position, (d, row) =>
        {
            var actor = d.RequiredText(ParquetTables.Attributions.Actor, row);
            return d.Make(row, () => new ActorId(actor));
        }, cancellationToken).ConfigureAwait(false);

        var claims = ImmutableArray.CreateBuilder<Claim>(data.Count);
        for (var row = 0; row < data.Count; row++)
        {
            var id = data.RequiredText(t.Id, row);
            var claimant = data.RequiredText(t.Claimant, row);
            var proposition = data.RequiredText(t.Proposition, row);
            var polarity = data.Name<ClaimPolarity>(t.Polarity, row);
            var certainty = data.Name<ClaimCertainty>(t.Certainty, row);
            var statement = data.Text(t.Statement, row);
            var time = t.Time.Read(data, row);
            var aboutEvents = subjects.Of(Events, id);
            var aboutActors = subjects.Of(Actors, id);
            claims.Add(data.Make(row, () => new Claim
            {
                Id = new ClaimId(id),
                Claimant = new ActorId(claimant),
                Proposition = proposition,
                Polarity = polarity,
                Certainty = certainty,
                Statement = statement is null ? null : new StatementId(statement),
                Time = time,
                About = new ClaimSubjects { Events = [.. aboutEvents.Select(e => new EventId(e))], Actors = [.. aboutActors.Select(a => new ActorId(a))] },
                Attribution = attributions.Of(OwnerKinds.Claim, id),
                Quantities = quantities.Of(OwnerKinds.Claim, id),
                Links = links.Of(OwnerKinds.Claim, id),
                Evidence = evidence.Of(OwnerKinds.Claim, id),
            }));
        }

        subjects.CheckAllTaken();
        links.CheckAllTaken();
        attributions.CheckAllTaken();
        return claims.MoveToImmutable();
    }

    private static async Task<ImmutableArray<Relation>> RelationsAsync(string folder, ChildRows<Evidence> evidence, CancellationToken cancellationToken)
    {
        var t = ParquetTables.Relations;
        var data = await TableReader.ReadAsync(t.Table, folder, cancellationToken).ConfigureAwait(false);
        var relations = ImmutableArray.CreateBuilder<Relation>(data.Count);
        for (var row = 0; row < data.Count; row++)
        {
            var id = data.RequiredText(t.Id, row);
            var type = data.Name<RelationType>(t.Type, row);
            var source = data.RequiredText(t.Source, row);
            var target = data.RequiredText(t.Target, row);
            var time = t.Time.Read(data, row);
            relations.Add(data.Make(row, () => new Relation
            {
                Id = new RelationId(id),
                Type = type,
                Source = new ActorId(source),
                Target = new ActorId(target),
                Role = data.Text(t.Role, row),
                Time = time,
                Evidence = evidence.Of(OwnerKinds.Relation, id),
            }));
        }

        return relations.MoveToImmutable();
    }

    private static async Task<ChildRows<TItem>> ChildTableAsync<TRow, TItem>(Table<TRow> table, string ownerKind, string folder, TextColumn<TRow> owner, ValueColumn<TRow, int> position, Func<TableData<TRow>, int, TItem> item, CancellationToken cancellationToken)
    {
        var data = await TableReader.ReadAsync(table, folder, cancellationToken).ConfigureAwait(false);
        return ChildRows<TItem>.Read(data, null, owner, position, _ => ownerKind, row => item(data, row));
    }
}
