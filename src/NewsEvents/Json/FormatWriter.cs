using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;

namespace NewsEvents.Json;

/// <summary>
/// The canonical writer of the format, by hand: each entity written member by member to a
/// <see cref="Utf8JsonWriter"/>, byte for byte as <see cref="NewsEventsJsonContext"/> writes it
/// (camelCase names in declaration order, an absent value omitted, a list written even when empty),
/// without the serializer's per-member metadata dispatch, which its property converters keep off
/// its fast path.
/// </summary>
/// <remarks>
/// <para>Layout and escaping are the writer's: <see cref="DatasetOptions"/> for a dataset,
/// <c>JsonLinesCodec.WriterOptions</c> for a line.</para>
/// <para>A value the format cannot hold (a default identifier, an undefined enumeration value) is a
/// <see cref="JsonException"/> with the serializer's words, whose <see cref="JsonException.Path"/>
/// leads from the entity written to the member (<c>$.participants[0].actor</c>), and for a dataset
/// from its root (<c>$.events[3].participants[0].actor</c>). The paths are made only on failure.</para>
/// </remarks>
internal static class FormatWriter
{
    // Every name comes from the table, encoded once there.
    private static readonly ObjectFormat<DatasetMember> DatasetFormat = FormatTable.Dataset;
    private static readonly ObjectFormat<MetadataMember> MetadataFormat = FormatTable.Metadata;
    private static readonly ObjectFormat<DocumentMember> DocumentFormat = FormatTable.Document;
    private static readonly ObjectFormat<ActorMember> ActorFormat = FormatTable.Actor;
    private static readonly ObjectFormat<EventMember> EventFormat = FormatTable.Event;
    private static readonly ObjectFormat<StatementMember> StatementFormat = FormatTable.Statement;
    private static readonly ObjectFormat<ClaimMember> ClaimFormat = FormatTable.Claim;
    private static readonly ObjectFormat<RelationMember> RelationFormat = FormatTable.Relation;

    /// <summary>
    /// The writer options of the indented dataset form: two spaces, LF, non-ASCII text of the BMP
    /// unescaped. Validation is off because this writer's structure is fixed; it changes no byte.
    /// </summary>
    public static JsonWriterOptions DatasetOptions { get; } = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = NewsEventsJson.Options.Encoder,
        MaxDepth = 64,
        SkipValidation = true,
    };

    /// <summary>Writes <paramref name="dataset"/> as one JSON object.</summary>
    /// <exception cref="JsonException">It holds a value the format cannot hold; the path leads to it from the dataset.</exception>
    public static void WriteDataset(Utf8JsonWriter writer, Dataset dataset)
    {
        using var steps = WriteDatasetInSteps(writer, dataset).GetEnumerator();
        while (steps.MoveNext())
        {
            // Each step writes one more item; in memory, nothing waits between them.
        }
    }

    /// <summary>
    /// Writes <paramref name="dataset"/> as <see cref="WriteDataset"/> does, one item (document,
    /// actor, event, ...) a step, so that the caller can flush the writer to a stream between items
    /// and write a dataset of any size through a buffer of bounded size.
    /// </summary>
    /// <returns>The steps, to run to the end; each returns <paramref name="writer"/>.</returns>
    /// <exception cref="JsonException">It holds a value the format cannot hold; the path leads to it from the dataset.</exception>
    public static IEnumerable<Utf8JsonWriter> WriteDatasetInSteps(Utf8JsonWriter writer, Dataset dataset)
    {
        writer.WriteStartObject();
        WriteHeaderMembers(writer, dataset.SchemaVersion, dataset.Id, dataset.Title, dataset.Metadata);
        yield return writer;
        foreach (var step in WriteItemsInSteps(writer, DatasetFormat[DatasetMember.Documents], dataset.Documents, WriteDocument))
        {
            yield return step;
        }

        foreach (var step in WriteItemsInSteps(writer, DatasetFormat[DatasetMember.Actors], dataset.Actors, WriteActor))
        {
            yield return step;
        }

        foreach (var step in WriteItemsInSteps(writer, DatasetFormat[DatasetMember.Events], dataset.Events, WriteEvent))
        {
            yield return step;
        }

        foreach (var step in WriteItemsInSteps(writer, DatasetFormat[DatasetMember.Statements], dataset.Statements, WriteStatement))
        {
            yield return step;
        }

        foreach (var step in WriteItemsInSteps(writer, DatasetFormat[DatasetMember.Claims], dataset.Claims, WriteClaim))
        {
            yield return step;
        }

        foreach (var step in WriteItemsInSteps(writer, DatasetFormat[DatasetMember.Relations], dataset.Relations, WriteRelation))
        {
            yield return step;
        }

        writer.WriteEndObject();
    }

    /// <summary>
    /// Writes the members that open a dataset, and that a JSON Lines header holds alone:
    /// schemaVersion, id, title and metadata.
    /// </summary>
    public static void WriteHeaderMembers(Utf8JsonWriter writer, string schemaVersion, DatasetId id, string? title, DatasetMetadata? metadata)
    {
        writer.WriteString(DatasetFormat[DatasetMember.SchemaVersion], schemaVersion);
        WriteId(writer, DatasetFormat[DatasetMember.Id], id);
        WriteOptional(writer, DatasetFormat[DatasetMember.Title], title);
        if (metadata is not null)
        {
            WriteMember(writer, DatasetFormat[DatasetMember.Metadata], metadata, WriteMetadata);
        }
    }

    /// <summary>Writes a dataset's <paramref name="metadata"/> as one JSON object.</summary>
    public static void WriteMetadata(Utf8JsonWriter writer, DatasetMetadata metadata)
    {
        writer.WriteStartObject();
        WriteOptional(writer, MetadataFormat[MetadataMember.Description], metadata.Description);
        WriteTexts(writer, MetadataFormat[MetadataMember.Coders], metadata.Coders);
        WriteTime(writer, MetadataFormat[MetadataMember.Coded], metadata.Coded);
        WriteOptional(writer, MetadataFormat[MetadataMember.License], metadata.License);
        WriteObjects(writer, MetadataFormat[MetadataMember.Codebooks], metadata.Codebooks, WriteCodebook);
        WriteTexts(writer, MetadataFormat[MetadataMember.SourceFiles], metadata.SourceFiles);
        WriteOptional(writer, MetadataFormat[MetadataMember.Citation], metadata.Citation);
        writer.WriteEndObject();
    }

    /// <summary>Writes <paramref name="document"/> as one JSON object.</summary>
    /// <exception cref="JsonException">It holds a value the format cannot hold; the path leads to it from the document.</exception>
    public static void WriteDocument(Utf8JsonWriter writer, Document document)
    {
        writer.WriteStartObject();
        WriteId(writer, DocumentFormat[DocumentMember.Id], document.Id);
        WriteOptional(writer, DocumentFormat[DocumentMember.Url], document.Url);
        WriteOptional(writer, DocumentFormat[DocumentMember.Title], document.Title);
        WriteOptional(writer, DocumentFormat[DocumentMember.Publisher], document.Publisher);
        WriteOptional(writer, DocumentFormat[DocumentMember.Agency], document.Agency);
        WriteOptional(writer, DocumentFormat[DocumentMember.Byline], document.Byline);
        WriteTexts(writer, DocumentFormat[DocumentMember.Credits], document.Credits);
        WriteTime(writer, DocumentFormat[DocumentMember.Published], document.Published);
        WriteOptional(writer, DocumentFormat[DocumentMember.Language], document.Language);
        WriteOptional(writer, DocumentFormat[DocumentMember.Text], document.Text);
        WriteAttributes(writer, DocumentFormat[DocumentMember.Attributes], document.Attributes);
        writer.WriteEndObject();
    }

    /// <summary>Writes <paramref name="actor"/> as one JSON object.</summary>
    /// <exception cref="JsonException">It holds a value the format cannot hold; the path leads to it from the actor.</exception>
    public static void WriteActor(Utf8JsonWriter writer, Actor actor)
    {
        writer.WriteStartObject();
        WriteId(writer, ActorFormat[ActorMember.Id], actor.Id);
        WriteEnum(writer, ActorFormat[ActorMember.Kind], actor.Kind);
        writer.WriteString(ActorFormat[ActorMember.Name], actor.Name);
        WriteTexts(writer, ActorFormat[ActorMember.Aliases], actor.Aliases);
        WriteOptional(writer, ActorFormat[ActorMember.Country], actor.Country);
        WriteObjects(writer, ActorFormat[ActorMember.Codes], actor.Codes, WriteCode);
        WriteObjects(writer, ActorFormat[ActorMember.Evidence], actor.Evidence, WriteEvidence);
        WriteAttributes(writer, ActorFormat[ActorMember.Attributes], actor.Attributes);
        writer.WriteEndObject();
    }

    /// <summary>Writes <paramref name="event"/> as one JSON object.</summary>
    /// <exception cref="JsonException">It holds a value the format cannot hold; the path leads to it from the event.</exception>
    public static void WriteEvent(Utf8JsonWriter writer, Event @event)
    {
        writer.WriteStartObject();
        WriteId(writer, EventFormat[EventMember.Id], @event.Id);
        WriteEnum(writer, EventFormat[EventMember.Type], @event.Type);
        WriteEnum(writer, EventFormat[EventMember.Status], @event.Status);
        WriteOptional(writer, EventFormat[EventMember.Summary], @event.Summary);
        WriteTime(writer, EventFormat[EventMember.Time], @event.Time);
        if (@event.Place is { } place)
        {
            WriteMember(writer, EventFormat[EventMember.Place], place, WritePlace);
        }

        WriteObjects(writer, EventFormat[EventMember.Participants], @event.Participants, WriteParticipant);
        WriteObjects(writer, EventFormat[EventMember.Codes], @event.Codes, WriteCode);
        WriteObjects(writer, EventFormat[EventMember.Quantities], @event.Quantities, WriteQuantity);
        WriteObjects(writer, EventFormat[EventMember.Links], @event.Links, WriteEventLink);
        WriteObjects(writer, EventFormat[EventMember.Evidence], @event.Evidence, WriteEvidence);
        WriteAttributes(writer, EventFormat[EventMember.Attributes], @event.Attributes);
        writer.WriteEndObject();
    }

    /// <summary>Writes <paramref name="statement"/> as one JSON object.</summary>
    /// <exception cref="JsonException">It holds a value the format cannot hold; the path leads to it from the statement.</exception>
    public static void WriteStatement(Utf8JsonWriter writer, Statement statement)
    {
        writer.WriteStartObject();
        WriteId(writer, StatementFormat[StatementMember.Id], statement.Id);
        WriteId(writer, StatementFormat[StatementMember.Speaker], statement.Speaker);
        WriteEnum(writer, StatementFormat[StatementMember.Channel], statement.Channel);
        WriteEnum(writer, StatementFormat[StatementMember.Mode], statement.Mode);
        writer.WriteString(StatementFormat[StatementMember.Content], statement.Content);
        WriteTime(writer, StatementFormat[StatementMember.Time], statement.Time);
        if (statement.Place is { } place)
        {
            WriteMember(writer, StatementFormat[StatementMember.Place], place, WritePlace);
        }

        WriteIds(writer, StatementFormat[StatementMember.Audience], statement.Audience);
        WriteIds(writer, StatementFormat[StatementMember.About], statement.About);
        WriteObjects(writer, StatementFormat[StatementMember.Evidence], statement.Evidence, WriteEvidence);
        WriteAttributes(writer, StatementFormat[StatementMember.Attributes], statement.Attributes);
        writer.WriteEndObject();
    }

    /// <summary>Writes <paramref name="claim"/> as one JSON object.</summary>
    /// <exception cref="JsonException">It holds a value the format cannot hold; the path leads to it from the claim.</exception>
    public static void WriteClaim(Utf8JsonWriter writer, Claim claim)
    {
        writer.WriteStartObject();
        WriteId(writer, ClaimFormat[ClaimMember.Id], claim.Id);
        WriteId(writer, ClaimFormat[ClaimMember.Claimant], claim.Claimant);
        writer.WriteString(ClaimFormat[ClaimMember.Proposition], claim.Proposition);
        WriteEnum(writer, ClaimFormat[ClaimMember.Polarity], claim.Polarity);
        WriteEnum(writer, ClaimFormat[ClaimMember.Certainty], claim.Certainty);
        if (claim.Statement is { } statement)
        {
            WriteId(writer, ClaimFormat[ClaimMember.Statement], statement);
        }

        WriteTime(writer, ClaimFormat[ClaimMember.Time], claim.Time);

        WriteMember(writer, ClaimFormat[ClaimMember.About], claim.About, WriteSubjects);
        WriteIds(writer, ClaimFormat[ClaimMember.Attribution], claim.Attribution);
        WriteObjects(writer, ClaimFormat[ClaimMember.Quantities], claim.Quantities, WriteQuantity);
        WriteObjects(writer, ClaimFormat[ClaimMember.Links], claim.Links, WriteClaimLink);
        WriteObjects(writer, ClaimFormat[ClaimMember.Evidence], claim.Evidence, WriteEvidence);
        WriteAttributes(writer, ClaimFormat[ClaimMember.Attributes], claim.Attributes);
        writer.WriteEndObject();
    }

    /// <summary>Writes <paramref name="relation"/> as one JSON object.</summary>
    /// <exception cref="JsonException">It holds a value the format cannot hold; the path leads to it from the relation.</exception>
    public static void WriteRelation(Utf8JsonWriter writer, Relation relation)
    {
        writer.WriteStartObject();
        WriteId(writer, RelationFormat[RelationMember.Id], relation.Id);
        WriteEnum(writer, RelationFormat[RelationMember.Type], relation.Type);
        WriteId(writer, RelationFormat[RelationMember.Source], relation.Source);
        WriteId(writer, RelationFormat[RelationMember.Target], relation.Target);
        WriteOptional(writer, RelationFormat[RelationMember.Role], relation.Role);
        WriteTime(writer, RelationFormat[RelationMember.Time], relation.Time);
        WriteObjects(writer, RelationFormat[RelationMember.Evidence], relation.Evidence, WriteEvidence);
        WriteAttributes(writer, RelationFormat[RelationMember.Attributes], relation.Attributes);
        writer.WriteEndObject();
    }

    /// <summary>
    /// The path of a failure inside <paramref name="member"/> (an item of it when
    /// <paramref name="index"/> is given), from the path <paramref name="inner"/> that leads to it
    /// from there: <c>$.participants[0]</c> and <c>$.actor</c> give <c>$.participants[0].actor</c>.
    /// </summary>
    public static string PathWithin(JsonEncodedText member, string? inner, int? index = null)
    {
        var rest = inner is { Length: > 1 } ? inner[1..] : string.Empty;
        return index is { } i
            ? string.Create(CultureInfo.InvariantCulture, $"$.{member.Value}[{i}]{rest}")
            : $"$.{member.Value}{rest}";
    }

    /// <summary>Writes one of the dataset's lists, pausing after each item for the caller to flush.</summary>
    private static IEnumerable<Utf8JsonWriter> WriteItemsInSteps<T>(Utf8JsonWriter writer, JsonEncodedText name, ImmutableArray<T> items, Action<Utf8JsonWriter, T> write)
    {
        writer.WriteStartArray(name);
        var count = items.IsDefault ? 0 : items.Length;
        for (var i = 0; i < count; i++)
        {
            WriteItem(writer, name, i, items[i], write);
            yield return writer;
        }

        writer.WriteEndArray();
    }

    /// <summary>Writes a list of objects, always, even empty: the format has no absent lists.</summary>
    private static void WriteObjects<T>(Utf8JsonWriter writer, JsonEncodedText name, ImmutableArray<T> items, Action<Utf8JsonWriter, T> write)
    {
        writer.WriteStartArray(name);
        var span = items.AsSpan();
        for (var i = 0; i < span.Length; i++)
        {
            WriteItem(writer, name, i, span[i], write);
        }

        writer.WriteEndArray();
    }

    /// <summary>Writes one item of a list; when it cannot be, puts the item's index into the path of the failure.</summary>
    private static void WriteItem<T>(Utf8JsonWriter writer, JsonEncodedText array, int index, T item, Action<Utf8JsonWriter, T> write)
    {
        try
        {
            write(writer, item);
        }
        catch (JsonException e)
        {
            Guard.Unwritable(e.Message, PathWithin(array, e.Path, index), e);
        }
    }

    /// <summary>Writes a member holding an object; when it cannot be, puts the member's name into the path of the failure.</summary>
    private static void WriteMember<T>(Utf8JsonWriter writer, JsonEncodedText name, T value, Action<Utf8JsonWriter, T> write)
    {
        writer.WritePropertyName(name);
        try
        {
            write(writer, value);
        }
        catch (JsonException e)
        {
            Guard.Unwritable(e.Message, PathWithin(name, e.Path), e);
        }
    }

    /// <summary>Writes one codebook of the metadata.</summary>
    private static void WriteCodebook(Utf8JsonWriter writer, Codebook codebook)
    {
        writer.WriteStartObject();
        writer.WriteString(FormatTable.Codebook[CodebookMember.Name], codebook.Name);
        writer.WriteString(FormatTable.Codebook[CodebookMember.Version], codebook.Version);
        writer.WriteEndObject();
    }

    /// <summary>Writes the place of an event or a statement.</summary>
    private static void WritePlace(Utf8JsonWriter writer, Place place)
    {
        writer.WriteStartObject();
        writer.WriteString(FormatTable.Place[PlaceMember.Name], place.Name);
        WriteOptional(writer, FormatTable.Place[PlaceMember.Country], place.Country);
        if (place.Precision is { } precision)
        {
            WriteEnum(writer, FormatTable.Place[PlaceMember.Precision], precision);
        }

        if (place.Coordinates is { } coordinates)
        {
            writer.WritePropertyName(FormatTable.Place[PlaceMember.Coordinates]);
            WriteGeoPoint(writer, coordinates);
        }

        WriteObjects(writer, FormatTable.Place[PlaceMember.Codes], place.Codes, WriteCode);
        writer.WriteEndObject();
    }

    /// <summary>Writes one participant of an event.</summary>
    private static void WriteParticipant(Utf8JsonWriter writer, Participant participant)
    {
        writer.WriteStartObject();
        WriteId(writer, FormatTable.Participant[ParticipantMember.Actor], participant.Actor);
        WriteEnum(writer, FormatTable.Participant[ParticipantMember.Role], participant.Role);
        writer.WriteEndObject();
    }

    /// <summary>Writes one link of an event to another.</summary>
    private static void WriteEventLink(Utf8JsonWriter writer, EventLink link) => WriteLink(writer, FormatTable.EventLink, link.Type, link.Target);

    /// <summary>Writes one link of a claim to another.</summary>
    private static void WriteClaimLink(Utf8JsonWriter writer, ClaimLink link) => WriteLink(writer, FormatTable.ClaimLink, link.Type, link.Target);

    /// <summary>Writes a link, which has one shape for events and claims: its type, then its target.</summary>
    private static void WriteLink<TType, TId>(Utf8JsonWriter writer, ObjectFormat<LinkMember> format, TType type, TId target)
        where TType : struct, Enum
        where TId : struct, IEntityId<TId>
    {
        writer.WriteStartObject();
        WriteEnum(writer, format[LinkMember.Type], type);
        WriteId(writer, format[LinkMember.Target], target);
        writer.WriteEndObject();
    }

    /// <summary>Writes what a claim is about: always both lists.</summary>
    private static void WriteSubjects(Utf8JsonWriter writer, ClaimSubjects subjects)
    {
        writer.WriteStartObject();
        WriteIds(writer, FormatTable.ClaimSubjects[SubjectsMember.Events], subjects.Events);
        WriteIds(writer, FormatTable.ClaimSubjects[SubjectsMember.Actors], subjects.Actors);
        writer.WriteEndObject();
    }

    /// <summary>Writes an external code.</summary>
    public static void WriteCode(Utf8JsonWriter writer, ExternalCode code)
    {
        var format = FormatTable.ExternalCode;
        writer.WriteStartObject();
        WriteEnum(writer, format[CodeMember.Scheme], code.Scheme);
        writer.WriteString(format[CodeMember.Value], code.Value);
        writer.WriteEndObject();
    }

    /// <summary>Writes a quantity: its kind, its value or range, its qualifier always, its unit and text when present.</summary>
    public static void WriteQuantity(Utf8JsonWriter writer, Quantity quantity)
    {
        var format = FormatTable.Quantity;
        writer.WriteStartObject();
        WriteEnum(writer, format[QuantityMember.Kind], quantity.Kind);
        WriteNumber(writer, format[QuantityMember.Value], quantity.Value);
        WriteNumber(writer, format[QuantityMember.Min], quantity.Min);
        WriteNumber(writer, format[QuantityMember.Max], quantity.Max);
        WriteEnum(writer, format[QuantityMember.Qualifier], quantity.Qualifier);
        WriteOptional(writer, format[QuantityMember.Unit], quantity.Unit);
        WriteOptional(writer, format[QuantityMember.Text], quantity.Text);
        writer.WriteEndObject();
    }

    private static void WriteNumber(Utf8JsonWriter writer, JsonEncodedText name, decimal? number)
    {
        if (number is { } n)
        {
            writer.WriteNumber(name, n);
        }
    }

    /// <summary>Writes an evidence span.</summary>
    public static void WriteEvidence(Utf8JsonWriter writer, Evidence evidence)
    {
        var format = FormatTable.Evidence;
        writer.WriteStartObject();
        writer.WriteString(format[EvidenceMember.Document], evidence.Document.Value);
        writer.WriteNumber(format[EvidenceMember.Start], evidence.Start);
        writer.WriteNumber(format[EvidenceMember.End], evidence.End);
        WriteOptional(writer, format[EvidenceMember.Quote], evidence.Quote);
        WriteAttributes(writer, format[EvidenceMember.Attributes], evidence.Attributes);
        writer.WriteEndObject();
    }

    /// <summary>Writes an item's source attributes, or nothing when it has none: they are new in 1.1, and a file without them reads in 1.0 too.</summary>
    private static void WriteAttributes(Utf8JsonWriter writer, JsonEncodedText name, SourceAttributes attributes)
    {
        if (!attributes.IsEmpty)
        {
            writer.WritePropertyName(name);
            WriteAttributes(writer, attributes);
        }
    }

    /// <summary>Writes source attributes as one JSON object, in the order of their names, each number as its source wrote it.</summary>
    public static void WriteAttributes(Utf8JsonWriter writer, SourceAttributes attributes)
    {
        writer.WriteStartObject();
        foreach (var attribute in attributes)
        {
            writer.WritePropertyName(attribute.Name);
            WriteAttributeValue(writer, attribute.Value);
        }

        writer.WriteEndObject();
    }

    /// <summary>Writes the value of a source attribute: a number by its text as written, never reformatted.</summary>
    public static void WriteAttributeValue(Utf8JsonWriter writer, AttributeValue value)
    {
        switch (value.Kind)
        {
            case AttributeValueKind.Number:
                writer.WriteRawValue(value.Text, skipInputValidation: true);
                break;
            case AttributeValueKind.Boolean:
                writer.WriteBooleanValue(value.Text == "true");
                break;
            default:
                writer.WriteStringValue(value.Text);
                break;
        }
    }

    /// <summary>Writes a pair of coordinates.</summary>
    public static void WriteGeoPoint(Utf8JsonWriter writer, GeoPoint point)
    {
        var format = FormatTable.GeoPoint;
        writer.WriteStartObject();
        writer.WriteNumber(format[GeoPointMember.Latitude], point.Latitude);
        writer.WriteNumber(format[GeoPointMember.Longitude], point.Longitude);
        writer.WriteEndObject();
    }

    /// <summary>
    /// Writes a time value: its value, then each optional member that is present ("approximate"
    /// only when true), the value and anchor formatted on the stack: a dataset has one in most records.
    /// </summary>
    public static void WriteTime(Utf8JsonWriter writer, TimeValue time)
    {
        var format = FormatTable.TimeValue;
        Span<char> text = stackalloc char[TimeValue.MaxTextLength];
        writer.WriteStartObject();
        writer.WriteString(format[TimeMember.Value], text[..time.FormatValue(text)]);
        WriteOptional(writer, format[TimeMember.Zone], time.Zone?.Id);
        WriteOptional(writer, format[TimeMember.Expression], time.Expression);
        if (time.Anchor is not null)
        {
            writer.WriteString(format[TimeMember.Anchor], text[..time.Anchor.FormatValue(text)]);
        }

        if (time.IsApproximate)
        {
            writer.WriteBoolean(format[TimeMember.Approximate], true);
        }

        if (time.Duration is not null)
        {
            writer.WriteString(format[TimeMember.Duration], TimeValueJsonConverter.FormatDuration(time.Duration));
        }

        writer.WriteEndObject();
    }

    /// <summary>Writes a time value member, or nothing when it is absent.</summary>
    private static void WriteTime(Utf8JsonWriter writer, JsonEncodedText name, TimeValue? time)
    {
        if (time is not null)
        {
            writer.WritePropertyName(name);
            WriteTime(writer, time);
        }
    }

    /// <summary>Writes a text member, or nothing when it is absent: null is never written.</summary>
    private static void WriteOptional(Utf8JsonWriter writer, JsonEncodedText name, string? text)
    {
        if (text is not null)
        {
            writer.WriteString(name, text);
        }
    }

    /// <summary>Writes a list of texts, always, even empty.</summary>
    private static void WriteTexts(Utf8JsonWriter writer, JsonEncodedText name, ImmutableArray<string> texts)
    {
        writer.WriteStartArray(name);
        foreach (var text in texts.AsSpan())
        {
            writer.WriteStringValue(text);
        }

        writer.WriteEndArray();
    }

    /// <summary>Writes an identifier; a default one has no value and is refused, as its converter refuses it.</summary>
    private static void WriteId<TId>(Utf8JsonWriter writer, JsonEncodedText name, TId id)
        where TId : struct, IEntityId<TId>
    {
        var value = id.Value;
        if (value is null)
        {
            Guard.Unwritable(EntityIdJsonConverter<TId>.DefaultRule(), PathWithin(name, null));
        }

        writer.WriteString(name, value);
    }

    /// <summary>Writes a list of identifiers, refusing a default one at its index.</summary>
    private static void WriteIds<TId>(Utf8JsonWriter writer, JsonEncodedText name, ImmutableArray<TId> ids)
        where TId : struct, IEntityId<TId>
    {
        writer.WriteStartArray(name);
        var span = ids.AsSpan();
        for (var i = 0; i < span.Length; i++)
        {
            var value = span[i].Value;
            if (value is null)
            {
                Guard.Unwritable(EntityIdJsonConverter<TId>.DefaultRule(), PathWithin(name, null, i));
            }

            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    /// <summary>Writes an enumeration member by its encoded name, allocating nothing; an undefined value is refused, as its converter refuses it.</summary>
    private static void WriteEnum<TEnum>(Utf8JsonWriter writer, JsonEncodedText name, TEnum value)
        where TEnum : struct, Enum
    {
        if (!StrictEnumJsonConverter<TEnum>.TryGetEncodedName(value, out var text))
        {
            Guard.Unwritable(StrictEnumJsonConverter<TEnum>.UndefinedRule(value), PathWithin(name, null));
        }

        writer.WriteString(name, text);
    }
}
