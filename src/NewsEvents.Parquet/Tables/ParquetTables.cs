using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using NewsEvents.Streaming;

namespace NewsEvents.Parquet.Tables;

/// <summary>
/// Every table of a NewsEvents Parquet folder, in the order they are written and documented: the one
/// statement of the table names, column names, types and meanings (docs/parquet.md is checked against it).
/// Lists of an entity are child tables keyed by the entity's id and the item's position in its list.
/// </summary>
internal static class ParquetTables
{
    public static readonly DatasetTable Dataset = new();
    public static readonly DocumentsTable Documents = new();
    public static readonly TextListTable DocumentCredits = new("document_credits", OwnerKinds.Document, "document_id", "a document", "credit", "One credit line of a document (\"Additional reporting by…\"), in order");
    public static readonly ActorsTable Actors = new();
    public static readonly TextListTable ActorAliases = new("actor_aliases", OwnerKinds.Actor, "actor_id", "an actor", "alias", "One other name of an actor, in order");
    public static readonly CodesTable Codes = new();
    public static readonly EventsTable Events = new();
    public static readonly ParticipantsTable Participants = new();
    public static readonly LinksTable<EventLink, EventLinkType> EventLinks = new("event_links", "event", "A typed link from an event to another", l => l.Type, l => l.Target.Value);
    public static readonly QuantitiesTable Quantities = new();
    public static readonly StatementsTable Statements = new();
    public static readonly StatementActorsTable StatementActors = new();
    public static readonly ClaimsTable Claims = new();
    public static readonly ClaimSubjectsTable ClaimSubjects = new();
    public static readonly LinksTable<ClaimLink, ClaimLinkType> ClaimLinks = new("claim_links", "claim", "A typed link from a claim to another: supports, contradicts, repeats", l => l.Type, l => l.Target.Value);
    public static readonly AttributionsTable Attributions = new();
    public static readonly RelationsTable Relations = new();
    public static readonly EvidenceTable Evidence = new();
    public static readonly SourceAttributesTable SourceAttributes = new();

    public static IReadOnlyList<ITable> All { get; } =
    [
        Dataset.Table, Documents.Table, DocumentCredits.Table, Actors.Table, ActorAliases.Table, Codes.Table,
        Events.Table, Participants.Table, EventLinks.Table, Quantities.Table, Statements.Table,
        StatementActors.Table, Claims.Table, ClaimSubjects.Table, ClaimLinks.Table, Attributions.Table,
        Relations.Table, Evidence.Table, SourceAttributes.Table,
    ];
}

/// <summary>The kinds of entity a row of a shared child table (codes, quantities, evidence) belongs to.</summary>
internal static class OwnerKinds
{
    public const string Document = "document";
    public const string Actor = "actor";
    public const string Event = "event";
    public const string EventPlace = "event_place";
    public const string Statement = "statement";
    public const string StatementPlace = "statement_place";
    public const string Claim = "claim";
    public const string Relation = "relation";
}

internal sealed class DatasetTable
{
    private static readonly JsonTypeInfo<DatasetMetadata> MetadataJson = (JsonTypeInfo<DatasetMetadata>)NewsEventsJson.Options.GetTypeInfo(typeof(DatasetMetadata));

    public DatasetTable()
    {
        Id = Table.RequiredText("id", h => h.Id.Value, "The dataset's id");
        SchemaVersion = Table.RequiredText("schema_version", h => h.SchemaVersion, "The version of the NewsEvents format the data follows (1.1)");
        Title = Table.Text("title", h => h.Title, "The dataset's title");
        Metadata = Table.Text("metadata", h => h.Metadata is { } m ? JsonSerializer.Serialize(m, MetadataJson) : null, "Who coded the dataset, when, under which licence: the format's metadata object as JSON text");
    }

    public Table<JsonLinesHeader> Table { get; } = new("dataset", "The dataset itself: exactly one row");

    public TextColumn<JsonLinesHeader> Id { get; }

    public TextColumn<JsonLinesHeader> SchemaVersion { get; }

    public TextColumn<JsonLinesHeader> Title { get; }

    public TextColumn<JsonLinesHeader> Metadata { get; }

    public DatasetMetadata? ReadMetadata(TableData<JsonLinesHeader> data, int row)
    {
        if (data.Text(Metadata, row) is not { } json)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(json, MetadataJson) ?? throw data.Error(Metadata, row, "must be a metadata object, not null.");
        }
        catch (JsonException e) when (e is not NewsEventsFormatException)
        {
            throw data.Error(Metadata, row, $"is not the format's metadata object: {e.Message}");
        }
    }
}

internal sealed class DocumentsTable
{
    public DocumentsTable()
    {
        Id = Table.RequiredText("id", d => d.Id.Value, "The document's id");
        Url = Table.Text("url", d => d.Url, "Where it was published");
        Title = Table.Text("title", d => d.Title, "Its headline");
        Publisher = Table.Text("publisher", d => d.Publisher, "Who published it");
        Agency = Table.Text("agency", d => d.Agency, "The news agency it came from");
        Byline = Table.Text("byline", d => d.Byline, "Its byline");
        Published = new(Table, "published", d => d.Published, "When it was published");
        Language = Table.Text("language", d => d.Language, "Its language (BCP 47)");
        Text = Table.Text("text", d => d.Text, "Its text, into which evidence offsets point (code points); null when not kept");
    }

    public Table<Document> Table { get; } = new("documents", "A news item");

    public TextColumn<Document> Id { get; }

    public TextColumn<Document> Url { get; }

    public TextColumn<Document> Title { get; }

    public TextColumn<Document> Publisher { get; }

    public TextColumn<Document> Agency { get; }

    public TextColumn<Document> Byline { get; }

    public TimeColumns<Document> Published { get; }

    public TextColumn<Document> Language { get; }

    public TextColumn<Document> Text { get; }
}

/// <summary>A list of texts of an entity: a document's credits, an actor's aliases.</summary>
internal sealed class TextListTable
{
    public TextListTable(string name, string ownerKind, string ownerColumn, string owner, string itemColumn, string rowMeaning)
    {
        OwnerKind = ownerKind;
        Table = new(name, rowMeaning);
        Owner = Table.RequiredText(ownerColumn, r => r.Owner, $"The id of {owner}");
        Position = Table.Int("position", r => r.Position, "Its place in the list, from 0");
        Item = Table.RequiredText(itemColumn, r => r.Item, "The text");
    }

    public Table<Owned<string>> Table { get; }

    /// <summary>The kind of entity the lists belong to.</summary>
    public string OwnerKind { get; }

    public TextColumn<Owned<string>> Owner { get; }

    public ValueColumn<Owned<string>, int> Position { get; }

    public TextColumn<Owned<string>> Item { get; }
}

internal sealed class ActorsTable
{
    public ActorsTable()
    {
        Id = Table.RequiredText("id", a => a.Id.Value, "The actor's id");
        Kind = Table.EnumName("kind", a => a.Kind, "What it is");
        Name = Table.RequiredText("name", a => a.Name, "Its name");
        Country = Table.Text("country", a => a.Country, "Its country (ISO 3166-1 alpha-2)");
    }

    public Table<Actor> Table { get; } = new("actors", "A person, organisation, state, group or collective");

    public TextColumn<Actor> Id { get; }

    public TextColumn<Actor> Kind { get; }

    public TextColumn<Actor> Name { get; }

    public TextColumn<Actor> Country { get; }
}

internal sealed class CodesTable
{
    public CodesTable()
    {
        OwnerKind = Table.KindName("owner_kind", r => r.OwnerKind, $"Whose code it is: {OwnerKinds.Actor}, {OwnerKinds.Event}, or the place of an event or statement ({OwnerKinds.EventPlace}, {OwnerKinds.StatementPlace})");
        Owner = Table.RequiredText("owner_id", r => r.Owner, "The id of the actor, event or statement");
        Position = Table.Int("position", r => r.Position, "Its place in the owner's list, from 0");
        Scheme = Table.EnumName("scheme", r => r.Item.Scheme, "The code system");
        Value = Table.RequiredText("value", r => r.Item.Value, "The code, text even when made of digits (CAMEO \"046\")");
    }

    public Table<Owned<ExternalCode>> Table { get; } = new("codes", "A code of an actor, an event or a place from an established code system (CAMEO, PLOVER, Wikidata…)");

    public TextColumn<Owned<ExternalCode>> OwnerKind { get; }

    public TextColumn<Owned<ExternalCode>> Owner { get; }

    public ValueColumn<Owned<ExternalCode>, int> Position { get; }

    public TextColumn<Owned<ExternalCode>> Scheme { get; }

    public TextColumn<Owned<ExternalCode>> Value { get; }
}

internal sealed class EventsTable
{
    public EventsTable()
    {
        Id = Table.RequiredText("id", e => e.Id.Value, "The event's id");
        Type = Table.EnumName("type", e => e.Type, "What kind of event");
        Status = Table.EnumName("status", e => e.Status, "Whether it happened, is happening, is planned, or was denied or failed");
        Summary = Table.Text("summary", e => e.Summary, "A one-line summary");
        Time = new(Table, "time", e => e.Time, "When");
        Place = new(Table, e => e.Place);
    }

    public Table<Event> Table { get; } = new("events", "Something that happened, is happening, is planned, or was denied or failed");

    public TextColumn<Event> Id { get; }

    public TextColumn<Event> Type { get; }

    public TextColumn<Event> Status { get; }

    public TextColumn<Event> Summary { get; }

    public TimeColumns<Event> Time { get; }

    public PlaceColumns<Event> Place { get; }
}

internal sealed class ParticipantsTable
{
    public ParticipantsTable()
    {
        Event = Table.RequiredText("event_id", r => r.Owner, "The event");
        Position = Table.Int("position", r => r.Position, "Its place in the event's list, from 0");
        Actor = Table.RequiredText("actor_id", r => r.Item.Actor.Value, "The actor taking part");
        Role = Table.EnumName("role", r => r.Item.Role, "The actor's part in the event");
    }

    public Table<Owned<Participant>> Table { get; } = new("participants", "An actor's part in an event");

    public TextColumn<Owned<Participant>> Event { get; }

    public ValueColumn<Owned<Participant>, int> Position { get; }

    public TextColumn<Owned<Participant>> Actor { get; }

    public TextColumn<Owned<Participant>> Role { get; }
}

/// <summary>Typed links from an item to another of its kind: an event's links, a claim's links.</summary>
internal sealed class LinksTable<TLink, TType>
    where TType : struct, Enum
{
    public LinksTable(string name, string item, string rowMeaning, Func<TLink, TType> type, Func<TLink, string> target)
    {
        Table = new(name, rowMeaning);
        Owner = Table.RequiredText($"{item}_id", r => r.Owner, $"The {item} the link starts from");
        Position = Table.Int("position", r => r.Position, $"Its place in the {item}'s list, from 0");
        Type = Table.EnumName("type", r => type(r.Item), $"How the {item}s are linked");
        Target = Table.RequiredText($"target_{item}_id", r => target(r.Item), $"The {item} linked to");
    }

    public Table<Owned<TLink>> Table { get; }

    public TextColumn<Owned<TLink>> Owner { get; }

    public ValueColumn<Owned<TLink>, int> Position { get; }

    public TextColumn<Owned<TLink>> Type { get; }

    public TextColumn<Owned<TLink>> Target { get; }
}

internal sealed class QuantitiesTable
{
    public QuantitiesTable()
    {
        OwnerKind = Table.KindName("owner_kind", r => r.OwnerKind, $"Whose figure it is: {OwnerKinds.Event} or {OwnerKinds.Claim}");
        Owner = Table.RequiredText("owner_id", r => r.Owner, "The id of the event or claim");
        Position = Table.Int("position", r => r.Position, "Its place in the owner's list, from 0");
        Kind = Table.EnumName("kind", r => r.Item.Kind, "What the number counts");
        Value = Table.Decimal("value", r => r.Item.Value, "The single value; null for a range");
        Min = Table.Decimal("min", r => r.Item.Min, "The range's lower bound; null when open below or for a single value");
        Max = Table.Decimal("max", r => r.Item.Max, "The range's upper bound; null when open above or for a single value");
        ValueScale = Table.OptionalInt("value_scale", r => r.Item.Value?.Scale, "The digits after the point value was given with (1.50: 2), so that it reads back as written");
        MinScale = Table.OptionalInt("min_scale", r => r.Item.Min?.Scale, "The same for min");
        MaxScale = Table.OptionalInt("max_scale", r => r.Item.Max?.Scale, "The same for max");
        Qualifier = Table.EnumName("qualifier", r => r.Item.Qualifier, "How the number was qualified");
        Unit = Table.Text("unit", r => r.Item.Unit, "Its unit (hours, USD)");
        Text = Table.Text("text", r => r.Item.Text, "The words that gave it (\"at least 12\")");
    }

    public Table<Owned<Quantity>> Table { get; } = new("quantities", "A number an event or a claim reports: killed, injured, displaced, arrested, amounts, durations");

    public TextColumn<Owned<Quantity>> OwnerKind { get; }

    public TextColumn<Owned<Quantity>> Owner { get; }

    public ValueColumn<Owned<Quantity>, int> Position { get; }

    public TextColumn<Owned<Quantity>> Kind { get; }

    public OptionalColumn<Owned<Quantity>, decimal> Value { get; }

    public OptionalColumn<Owned<Quantity>, decimal> Min { get; }

    public OptionalColumn<Owned<Quantity>, decimal> Max { get; }

    public OptionalColumn<Owned<Quantity>, int> ValueScale { get; }

    public OptionalColumn<Owned<Quantity>, int> MinScale { get; }

    public OptionalColumn<Owned<Quantity>, int> MaxScale { get; }

    public TextColumn<Owned<Quantity>> Qualifier { get; }

    public TextColumn<Owned<Quantity>> Unit { get; }

    public TextColumn<Owned<Quantity>> Text { get; }
}

internal sealed class StatementsTable
{
    public StatementsTable()
    {
        Id = Table.RequiredText("id", s => s.Id.Value, "The statement's id");
        Speaker = Table.RequiredText("speaker_id", s => s.Speaker.Value, "Who spoke");
        Channel = Table.EnumName("channel", s => s.Channel, "Through which channel");
        Mode = Table.EnumName("mode", s => s.Mode, "Whether the words are quoted directly, reported, or paraphrased");
        Content = Table.RequiredText("content", s => s.Content, "What was said");
        Time = new(Table, "time", s => s.Time, "When it was said");
        Place = new(Table, s => s.Place);
    }

    public Table<Statement> Table { get; } = new("statements", "A speech act: who said what, when, where and through which channel");

    public TextColumn<Statement> Id { get; }

    public TextColumn<Statement> Speaker { get; }

    public TextColumn<Statement> Channel { get; }

    public TextColumn<Statement> Mode { get; }

    public TextColumn<Statement> Content { get; }

    public TimeColumns<Statement> Time { get; }

    public PlaceColumns<Statement> Place { get; }
}

internal sealed class StatementActorsTable
{
    public const string Audience = "audience";
    public const string About = "about";

    public StatementActorsTable()
    {
        Statement = Table.RequiredText("statement_id", r => r.Owner, "The statement");
        Role = Table.KindName("role", r => r.OwnerKind, $"{Audience} (spoken to) or {About} (spoken of)");
        Position = Table.Int("position", r => r.Position, "Its place in the statement's list of that role, from 0");
        Actor = Table.RequiredText("actor_id", r => r.Item.Value, "The actor");
    }

    public Table<Owned<ActorId>> Table { get; } = new("statement_actors", "An actor a statement was addressed to or spoke about");

    public TextColumn<Owned<ActorId>> Statement { get; }

    public TextColumn<Owned<ActorId>> Role { get; }

    public ValueColumn<Owned<ActorId>, int> Position { get; }

    public TextColumn<Owned<ActorId>> Actor { get; }
}

internal sealed class ClaimsTable
{
    public ClaimsTable()
    {
        Id = Table.RequiredText("id", c => c.Id.Value, "The claim's id");
        Claimant = Table.RequiredText("claimant_id", c => c.Claimant.Value, "Who asserts it");
        Proposition = Table.RequiredText("proposition", c => c.Proposition, "What is asserted");
        Polarity = Table.EnumName("polarity", c => c.Polarity, "Asserted or denied");
        Certainty = Table.EnumName("certainty", c => c.Certainty, "How certain the claimant is");
        Statement = Table.Text("statement_id", c => c.Statement?.Value, "The statement it was made in");
        Time = new(Table, "time", c => c.Time, "When it was made, for a claim without a statement");
    }

    public Table<Claim> Table { get; } = new("claims", "A proposition someone asserts");

    public TextColumn<Claim> Id { get; }

    public TextColumn<Claim> Claimant { get; }

    public TextColumn<Claim> Proposition { get; }

    public TextColumn<Claim> Polarity { get; }

    public TextColumn<Claim> Certainty { get; }

    public TextColumn<Claim> Statement { get; }

    public TimeColumns<Claim> Time { get; }
}

internal sealed class ClaimSubjectsTable
{
    public ClaimSubjectsTable()
    {
        Claim = Table.RequiredText("claim_id", r => r.Owner, "The claim");
        Position = Table.Int("position", r => r.Position, "Its place in the claim's list of events or of actors, from 0");
        Event = Table.Text("event_id", r => r.Item.Event?.Value, "The event the claim is about; null for an actor");
        Actor = Table.Text("actor_id", r => r.Item.Actor?.Value, "The actor the claim is about; null for an event");
    }

    public Table<Owned<(EventId? Event, ActorId? Actor)>> Table { get; } = new("claim_subjects", "An event or an actor a claim is about");

    public TextColumn<Owned<(EventId? Event, ActorId? Actor)>> Claim { get; }

    public ValueColumn<Owned<(EventId? Event, ActorId? Actor)>, int> Position { get; }

    public TextColumn<Owned<(EventId? Event, ActorId? Actor)>> Event { get; }

    public TextColumn<Owned<(EventId? Event, ActorId? Actor)>> Actor { get; }
}

internal sealed class AttributionsTable
{
    public AttributionsTable()
    {
        Claim = Table.RequiredText("claim_id", r => r.Owner, "The claim");
        Position = Table.Int("position", r => r.Position, "Its place in the chain, from 0");
        Actor = Table.RequiredText("actor_id", r => r.Item.Value, "An actor through whom the claim is reported");
    }

    public Table<Owned<ActorId>> Table { get; } = new("attributions", "A link of the chain of attribution of a claim (\"according to…\")");

    public TextColumn<Owned<ActorId>> Claim { get; }

    public ValueColumn<Owned<ActorId>, int> Position { get; }

    public TextColumn<Owned<ActorId>> Actor { get; }
}

internal sealed class RelationsTable
{
    public RelationsTable()
    {
        Id = Table.RequiredText("id", r => r.Id.Value, "The relation's id");
        Type = Table.EnumName("type", r => r.Type, "What the relation is");
        Source = Table.RequiredText("source_actor_id", r => r.Source.Value, "The actor it starts from");
        Target = Table.RequiredText("target_actor_id", r => r.Target.Value, "The actor it points to");
        Role = Table.Text("role", r => r.Role, "The role or office (\"Foreign Minister\")");
        Time = new(Table, "time", r => r.Time, "When it holds");
    }

    public Table<Relation> Table { get; } = new("relations", "A typed, optionally time-bounded link between actors, offices included");

    public TextColumn<Relation> Id { get; }

    public TextColumn<Relation> Type { get; }

    public TextColumn<Relation> Source { get; }

    public TextColumn<Relation> Target { get; }

    public TextColumn<Relation> Role { get; }

    public TimeColumns<Relation> Time { get; }
}

internal sealed class EvidenceTable
{
    public EvidenceTable()
    {
        OwnerKind = Table.KindName("owner_kind", r => r.OwnerKind, $"The kind of item it supports: {OwnerKinds.Actor}, {OwnerKinds.Event}, {OwnerKinds.Statement}, {OwnerKinds.Claim} or {OwnerKinds.Relation}");
        Owner = Table.RequiredText("owner_id", r => r.Owner, "The item's id");
        Position = Table.Int("position", r => r.Position, "Its place in the item's list, from 0");
        Document = Table.RequiredText("document_id", r => r.Item.Document.Value, "The document the span lies in");
        Start = Table.Int("start", r => r.Item.Start, "The first code point of the span, from 0");
        End = Table.Int("end", r => r.Item.End, "The code point just after the span");
        Quote = Table.Text("quote", r => r.Item.Quote, "The exact text of the span; null when the source gives offsets only");
    }

    public Table<Owned<Evidence>> Table { get; } = new("evidence", "A span of a document an item was taken from");

    public TextColumn<Owned<Evidence>> OwnerKind { get; }

    public TextColumn<Owned<Evidence>> Owner { get; }

    public ValueColumn<Owned<Evidence>, int> Position { get; }

    public TextColumn<Owned<Evidence>> Document { get; }

    public ValueColumn<Owned<Evidence>, int> Start { get; }

    public ValueColumn<Owned<Evidence>, int> End { get; }

    public TextColumn<Owned<Evidence>> Quote { get; }
}

internal sealed class SourceAttributesTable
{
    public SourceAttributesTable()
    {
        OwnerKind = Table.KindName("owner_kind", r => r.OwnerKind, $"The kind of item the source gave it for: {OwnerKinds.Document}, {OwnerKinds.Actor}, {OwnerKinds.Event}, {OwnerKinds.Statement}, {OwnerKinds.Claim} or {OwnerKinds.Relation}");
        Owner = Table.RequiredText("owner_id", r => r.Owner, "The item's id");
        EvidencePosition = Table.OptionalInt("evidence_position", r => r.Item.EvidencePosition, "For an attribute of an evidence span: the span's position in the item's evidence (its row of the evidence table); null for the item's own");
        Name = Table.RequiredText("name", r => r.Item.Attribute.Name, "The attribute's namespaced name (gdelt:GoldsteinScale)");
        Kind = Table.EnumName("kind", r => r.Item.Attribute.Value.Kind, "What the value is");
        Text = Table.RequiredText("text", r => r.Item.Attribute.Value.Text, "The value exactly as the source gave it: the text, the number as written (1.50), true or false");
        Number = Table.Double("number", r => r.Item.Attribute.Value.TryGetDouble(out var d) ? d : null, "A number's value, for arithmetic; null for text and booleans");
        Boolean = Table.Bool("boolean", r => r.Item.Attribute.Value.Kind == AttributeValueKind.Boolean ? r.Item.Attribute.Value.Text == "true" : null, "A boolean's value; null for text and numbers");
    }

    public Table<Owned<(int? EvidencePosition, SourceAttribute Attribute)>> Table { get; } = new("source_attributes", "A value a source gives that the model has no member for (GDELT's GoldsteinScale, a fact-check's rating), kept as given");

    public TextColumn<Owned<(int? EvidencePosition, SourceAttribute Attribute)>> OwnerKind { get; }

    public TextColumn<Owned<(int? EvidencePosition, SourceAttribute Attribute)>> Owner { get; }

    public OptionalColumn<Owned<(int? EvidencePosition, SourceAttribute Attribute)>, int> EvidencePosition { get; }

    public TextColumn<Owned<(int? EvidencePosition, SourceAttribute Attribute)>> Name { get; }

    public TextColumn<Owned<(int? EvidencePosition, SourceAttribute Attribute)>> Kind { get; }

    public TextColumn<Owned<(int? EvidencePosition, SourceAttribute Attribute)>> Text { get; }

    public OptionalColumn<Owned<(int? EvidencePosition, SourceAttribute Attribute)>, double> Number { get; }

    public OptionalColumn<Owned<(int? EvidencePosition, SourceAttribute Attribute)>, bool> Boolean { get; }

    /// <summary>The key under which the attributes of an evidence span are grouped: the span's owner and position.</summary>
    public static (string Kind, string Owner) EvidenceKey(string ownerKind, string owner, int position) =>
        ($"{ownerKind} evidence", string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{owner}, position {position}"));
}

