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
    // Encoded once: a name given as a string is transcoded and checked for escaping on every write.
    private static readonly JsonEncodedText SchemaVersionName = JsonEncodedText.Encode("schemaVersion");
    private static readonly JsonEncodedText IdName = JsonEncodedText.Encode("id");
    private static readonly JsonEncodedText TitleName = JsonEncodedText.Encode("title");
    private static readonly JsonEncodedText MetadataName = JsonEncodedText.Encode("metadata");
    private static readonly JsonEncodedText DocumentsName = JsonEncodedText.Encode("documents");
    private static readonly JsonEncodedText ActorsName = JsonEncodedText.Encode("actors");
    private static readonly JsonEncodedText EventsName = JsonEncodedText.Encode("events");
    private static readonly JsonEncodedText StatementsName = JsonEncodedText.Encode("statements");
    private static readonly JsonEncodedText ClaimsName = JsonEncodedText.Encode("claims");
    private static readonly JsonEncodedText RelationsName = JsonEncodedText.Encode("relations");
    private static readonly JsonEncodedText DescriptionName = JsonEncodedText.Encode("description");
    private static readonly JsonEncodedText CodersName = JsonEncodedText.Encode("coders");
    private static readonly JsonEncodedText CodedName = JsonEncodedText.Encode("coded");
    private static readonly JsonEncodedText LicenseName = JsonEncodedText.Encode("license");
    private static readonly JsonEncodedText CodebooksName = JsonEncodedText.Encode("codebooks");
    private static readonly JsonEncodedText SourceFilesName = JsonEncodedText.Encode("sourceFiles");
    private static readonly JsonEncodedText CitationName = JsonEncodedText.Encode("citation");
    private static readonly JsonEncodedText NameName = JsonEncodedText.Encode("name");
    private static readonly JsonEncodedText VersionName = JsonEncodedText.Encode("version");
    private static readonly JsonEncodedText UrlName = JsonEncodedText.Encode("url");
    private static readonly JsonEncodedText PublisherName = JsonEncodedText.Encode("publisher");
    private static readonly JsonEncodedText AgencyName = JsonEncodedText.Encode("agency");
    private static readonly JsonEncodedText BylineName = JsonEncodedText.Encode("byline");
    private static readonly JsonEncodedText CreditsName = JsonEncodedText.Encode("credits");
    private static readonly JsonEncodedText PublishedName = JsonEncodedText.Encode("published");
    private static readonly JsonEncodedText LanguageName = JsonEncodedText.Encode("language");
    private static readonly JsonEncodedText TextName = JsonEncodedText.Encode("text");
    private static readonly JsonEncodedText KindName = JsonEncodedText.Encode("kind");
    private static readonly JsonEncodedText AliasesName = JsonEncodedText.Encode("aliases");
    private static readonly JsonEncodedText CountryName = JsonEncodedText.Encode("country");
    private static readonly JsonEncodedText CodesName = JsonEncodedText.Encode("codes");
    private static readonly JsonEncodedText EvidenceName = JsonEncodedText.Encode("evidence");
    private static readonly JsonEncodedText TypeName = JsonEncodedText.Encode("type");
    private static readonly JsonEncodedText StatusName = JsonEncodedText.Encode("status");
    private static readonly JsonEncodedText SummaryName = JsonEncodedText.Encode("summary");
    private static readonly JsonEncodedText TimeName = JsonEncodedText.Encode("time");
    private static readonly JsonEncodedText PlaceName = JsonEncodedText.Encode("place");
    private static readonly JsonEncodedText ParticipantsName = JsonEncodedText.Encode("participants");
    private static readonly JsonEncodedText QuantitiesName = JsonEncodedText.Encode("quantities");
    private static readonly JsonEncodedText LinksName = JsonEncodedText.Encode("links");
    private static readonly JsonEncodedText ActorName = JsonEncodedText.Encode("actor");
    private static readonly JsonEncodedText RoleName = JsonEncodedText.Encode("role");
    private static readonly JsonEncodedText PrecisionName = JsonEncodedText.Encode("precision");
    private static readonly JsonEncodedText CoordinatesName = JsonEncodedText.Encode("coordinates");
    private static readonly JsonEncodedText TargetName = JsonEncodedText.Encode("target");
    private static readonly JsonEncodedText SpeakerName = JsonEncodedText.Encode("speaker");
    private static readonly JsonEncodedText ChannelName = JsonEncodedText.Encode("channel");
    private static readonly JsonEncodedText ModeName = JsonEncodedText.Encode("mode");
    private static readonly JsonEncodedText ContentName = JsonEncodedText.Encode("content");
    private static readonly JsonEncodedText AudienceName = JsonEncodedText.Encode("audience");
    private static readonly JsonEncodedText AboutName = JsonEncodedText.Encode("about");
    private static readonly JsonEncodedText ClaimantName = JsonEncodedText.Encode("claimant");
    private static readonly JsonEncodedText PropositionName = JsonEncodedText.Encode("proposition");
    private static readonly JsonEncodedText PolarityName = JsonEncodedText.Encode("polarity");
    private static readonly JsonEncodedText CertaintyName = JsonEncodedText.Encode("certainty");
    private static readonly JsonEncodedText StatementName = JsonEncodedText.Encode("statement");
    private static readonly JsonEncodedText AttributionName = JsonEncodedText.Encode("attribution");
    private static readonly JsonEncodedText SourceName = JsonEncodedText.Encode("source");

    // The leaf values keep their own converters, the one spelling of their members; they ignore the options.
    private static readonly EvidenceJsonConverter EvidenceConverter = new();
    private static readonly ExternalCodeJsonConverter CodeConverter = new();
    private static readonly GeoPointJsonConverter GeoPointConverter = new();
    private static readonly QuantityJsonConverter QuantityConverter = new();
    private static readonly TimeValueJsonConverter TimeConverter = new();

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

    /// <summary>What the leaf converters are handed; they read nothing from it when writing.</summary>
    private static JsonSerializerOptions ConverterOptions => NewsEventsJson.Options;

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
        foreach (var step in WriteItemsInSteps(writer, DocumentsName, dataset.Documents, WriteDocument))
        {
            yield return step;
        }

        foreach (var step in WriteItemsInSteps(writer, ActorsName, dataset.Actors, WriteActor))
        {
            yield return step;
        }

        foreach (var step in WriteItemsInSteps(writer, EventsName, dataset.Events, WriteEvent))
        {
            yield return step;
        }

        foreach (var step in WriteItemsInSteps(writer, StatementsName, dataset.Statements, WriteStatement))
        {
            yield return step;
        }

        foreach (var step in WriteItemsInSteps(writer, ClaimsName, dataset.Claims, WriteClaim))
        {
            yield return step;
        }

        foreach (var step in WriteItemsInSteps(writer, RelationsName, dataset.Relations, WriteRelation))
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
        writer.WriteString(SchemaVersionName, schemaVersion);
        WriteId(writer, IdName, id);
        WriteOptional(writer, TitleName, title);
        if (metadata is not null)
        {
            WriteMember(writer, MetadataName, metadata, WriteMetadata);
        }
    }

    /// <summary>Writes a dataset's <paramref name="metadata"/> as one JSON object.</summary>
    public static void WriteMetadata(Utf8JsonWriter writer, DatasetMetadata metadata)
    {
        writer.WriteStartObject();
        WriteOptional(writer, DescriptionName, metadata.Description);
        WriteTexts(writer, CodersName, metadata.Coders);
        WriteTime(writer, CodedName, metadata.Coded);
        WriteOptional(writer, LicenseName, metadata.License);
        WriteObjects(writer, CodebooksName, metadata.Codebooks, WriteCodebook);
        WriteTexts(writer, SourceFilesName, metadata.SourceFiles);
        WriteOptional(writer, CitationName, metadata.Citation);
        writer.WriteEndObject();
    }

    /// <summary>Writes <paramref name="document"/> as one JSON object.</summary>
    /// <exception cref="JsonException">It holds a value the format cannot hold; the path leads to it from the document.</exception>
    public static void WriteDocument(Utf8JsonWriter writer, Document document)
    {
        writer.WriteStartObject();
        WriteId(writer, IdName, document.Id);
        WriteOptional(writer, UrlName, document.Url);
        WriteOptional(writer, TitleName, document.Title);
        WriteOptional(writer, PublisherName, document.Publisher);
        WriteOptional(writer, AgencyName, document.Agency);
        WriteOptional(writer, BylineName, document.Byline);
        WriteTexts(writer, CreditsName, document.Credits);
        WriteTime(writer, PublishedName, document.Published);
        WriteOptional(writer, LanguageName, document.Language);
        WriteOptional(writer, TextName, document.Text);
        writer.WriteEndObject();
    }

    /// <summary>Writes <paramref name="actor"/> as one JSON object.</summary>
    /// <exception cref="JsonException">It holds a value the format cannot hold; the path leads to it from the actor.</exception>
    public static void WriteActor(Utf8JsonWriter writer, Actor actor)
    {
        writer.WriteStartObject();
        WriteId(writer, IdName, actor.Id);
        WriteEnum(writer, KindName, actor.Kind);
        writer.WriteString(NameName, actor.Name);
        WriteTexts(writer, AliasesName, actor.Aliases);
        WriteOptional(writer, CountryName, actor.Country);
        WriteObjects(writer, CodesName, actor.Codes, WriteCode);
        WriteObjects(writer, EvidenceName, actor.Evidence, WriteEvidence);
        writer.WriteEndObject();
    }

    /// <summary>Writes <paramref name="event"/> as one JSON object.</summary>
    /// <exception cref="JsonException">It holds a value the format cannot hold; the path leads to it from the event.</exception>
    public static void WriteEvent(Utf8JsonWriter writer, Event @event)
    {
        writer.WriteStartObject();
        WriteId(writer, IdName, @event.Id);
        WriteEnum(writer, TypeName, @event.Type);
        WriteEnum(writer, StatusName, @event.Status);
        WriteOptional(writer, SummaryName, @event.Summary);
        WriteTime(writer, TimeName, @event.Time);
        if (@event.Place is { } place)
        {
            WriteMember(writer, PlaceName, place, WritePlace);
        }

        WriteObjects(writer, ParticipantsName, @event.Participants, WriteParticipant);
        WriteObjects(writer, CodesName, @event.Codes, WriteCode);
        WriteObjects(writer, QuantitiesName, @event.Quantities, WriteQuantity);
        WriteObjects(writer, LinksName, @event.Links, WriteEventLink);
        WriteObjects(writer, EvidenceName, @event.Evidence, WriteEvidence);
        writer.WriteEndObject();
    }

    /// <summary>Writes <paramref name="statement"/> as one JSON object.</summary>
    /// <exception cref="JsonException">It holds a value the format cannot hold; the path leads to it from the statement.</exception>
    public static void WriteStatement(Utf8JsonWriter writer, Statement statement)
    {
        writer.WriteStartObject();
        WriteId(writer, IdName, statement.Id);
        WriteId(writer, SpeakerName, statement.Speaker);
        WriteEnum(writer, ChannelName, statement.Channel);
        WriteEnum(writer, ModeName, statement.Mode);
        writer.WriteString(ContentName, statement.Content);
        WriteTime(writer, TimeName, statement.Time);
        if (statement.Place is { } place)
        {
            WriteMember(writer, PlaceName, place, WritePlace);
        }

        WriteIds(writer, AudienceName, statement.Audience);
        WriteIds(writer, AboutName, statement.About);
        WriteObjects(writer, EvidenceName, statement.Evidence, WriteEvidence);
        writer.WriteEndObject();
    }

    /// <summary>Writes <paramref name="claim"/> as one JSON object.</summary>
    /// <exception cref="JsonException">It holds a value the format cannot hold; the path leads to it from the claim.</exception>
    public static void WriteClaim(Utf8JsonWriter writer, Claim claim)
    {
        writer.WriteStartObject();
        WriteId(writer, IdName, claim.Id);
        WriteId(writer, ClaimantName, claim.Claimant);
        writer.WriteString(PropositionName, claim.Proposition);
        WriteEnum(writer, PolarityName, claim.Polarity);
        WriteEnum(writer, CertaintyName, claim.Certainty);
        if (claim.Statement is { } statement)
        {
            WriteId(writer, StatementName, statement);
        }

        WriteMember(writer, AboutName, claim.About, WriteSubjects);
        WriteIds(writer, AttributionName, claim.Attribution);
        WriteObjects(writer, QuantitiesName, claim.Quantities, WriteQuantity);
        WriteObjects(writer, LinksName, claim.Links, WriteClaimLink);
        WriteObjects(writer, EvidenceName, claim.Evidence, WriteEvidence);
        writer.WriteEndObject();
    }

    /// <summary>Writes <paramref name="relation"/> as one JSON object.</summary>
    /// <exception cref="JsonException">It holds a value the format cannot hold; the path leads to it from the relation.</exception>
    public static void WriteRelation(Utf8JsonWriter writer, Relation relation)
    {
        writer.WriteStartObject();
        WriteId(writer, IdName, relation.Id);
        WriteEnum(writer, TypeName, relation.Type);
        WriteId(writer, SourceName, relation.Source);
        WriteId(writer, TargetName, relation.Target);
        WriteOptional(writer, RoleName, relation.Role);
        WriteTime(writer, TimeName, relation.Time);
        WriteObjects(writer, EvidenceName, relation.Evidence, WriteEvidence);
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
        writer.WriteString(NameName, codebook.Name);
        writer.WriteString(VersionName, codebook.Version);
        writer.WriteEndObject();
    }

    /// <summary>Writes the place of an event or a statement.</summary>
    private static void WritePlace(Utf8JsonWriter writer, Place place)
    {
        writer.WriteStartObject();
        writer.WriteString(NameName, place.Name);
        WriteOptional(writer, CountryName, place.Country);
        if (place.Precision is { } precision)
        {
            WriteEnum(writer, PrecisionName, precision);
        }

        if (place.Coordinates is { } coordinates)
        {
            writer.WritePropertyName(CoordinatesName);
            GeoPointConverter.Write(writer, coordinates, ConverterOptions);
        }

        WriteObjects(writer, CodesName, place.Codes, WriteCode);
        writer.WriteEndObject();
    }

    /// <summary>Writes one participant of an event.</summary>
    private static void WriteParticipant(Utf8JsonWriter writer, Participant participant)
    {
        writer.WriteStartObject();
        WriteId(writer, ActorName, participant.Actor);
        WriteEnum(writer, RoleName, participant.Role);
        writer.WriteEndObject();
    }

    /// <summary>Writes one link of an event to another.</summary>
    private static void WriteEventLink(Utf8JsonWriter writer, EventLink link) => WriteLink(writer, link.Type, link.Target);

    /// <summary>Writes one link of a claim to another.</summary>
    private static void WriteClaimLink(Utf8JsonWriter writer, ClaimLink link) => WriteLink(writer, link.Type, link.Target);

    /// <summary>Writes a link, which has one shape for events and claims: its type, then its target.</summary>
    private static void WriteLink<TType, TId>(Utf8JsonWriter writer, TType type, TId target)
        where TType : struct, Enum
        where TId : struct, IEntityId<TId>
    {
        writer.WriteStartObject();
        WriteEnum(writer, TypeName, type);
        WriteId(writer, TargetName, target);
        writer.WriteEndObject();
    }

    /// <summary>Writes what a claim is about: always both lists.</summary>
    private static void WriteSubjects(Utf8JsonWriter writer, ClaimSubjects subjects)
    {
        writer.WriteStartObject();
        WriteIds(writer, EventsName, subjects.Events);
        WriteIds(writer, ActorsName, subjects.Actors);
        writer.WriteEndObject();
    }

    /// <summary>Writes an external code through its converter, the one spelling of its members.</summary>
    private static void WriteCode(Utf8JsonWriter writer, ExternalCode code) => CodeConverter.Write(writer, code, ConverterOptions);

    /// <summary>Writes a quantity through its converter, the one spelling of its members.</summary>
    private static void WriteQuantity(Utf8JsonWriter writer, Quantity quantity) => QuantityConverter.Write(writer, quantity, ConverterOptions);

    /// <summary>Writes an evidence span through its converter, the one spelling of its members.</summary>
    private static void WriteEvidence(Utf8JsonWriter writer, Evidence evidence) => EvidenceConverter.Write(writer, evidence, ConverterOptions);

    /// <summary>Writes a time value member through its converter, or nothing when it is absent.</summary>
    private static void WriteTime(Utf8JsonWriter writer, JsonEncodedText name, TimeValue? time)
    {
        if (time is not null)
        {
            writer.WritePropertyName(name);
            TimeConverter.Write(writer, time, ConverterOptions);
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
