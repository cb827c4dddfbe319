using System.Collections.Immutable;
using System.Text.Json;

namespace NewsEvents.Json;

/// <summary>The entities of the format, each read property by property in its canonical order.</summary>
internal static partial class FormatReader
{
    private static readonly ZoneCache Zones = new();

    private static readonly byte[][] DatasetNames = Names("schemaVersion", "id", "title", "metadata", "documents", "actors", "events", "statements", "claims", "relations");
    private static readonly byte[][] MetadataNames = Names("description", "coders", "coded", "license", "codebooks", "sourceFiles", "citation");
    private static readonly byte[][] CodebookNames = Names("name", "version");
    private static readonly byte[][] DocumentNames = Names("id", "url", "title", "publisher", "agency", "byline", "credits", "published", "language", "text");
    private static readonly byte[][] ActorNames = Names("id", "kind", "name", "aliases", "country", "codes", "evidence");
    private static readonly byte[][] EventNames = Names("id", "type", "status", "summary", "time", "place", "participants", "codes", "quantities", "links", "evidence");
    private static readonly byte[][] ParticipantNames = Names("actor", "role");
    private static readonly byte[][] PlaceNames = Names("name", "country", "precision", "coordinates", "codes");
    private static readonly byte[][] LinkNames = Names("type", "target");
    private static readonly byte[][] StatementNames = Names("id", "speaker", "channel", "mode", "content", "time", "place", "audience", "about", "evidence");
    private static readonly byte[][] ClaimNames = Names("id", "claimant", "proposition", "polarity", "certainty", "statement", "about", "attribution", "quantities", "links", "evidence");
    private static readonly byte[][] SubjectNames = Names("events", "actors");
    private static readonly byte[][] TimeNames = Names("value", "zone", "expression", "anchor", "approximate", "duration");
    private static readonly byte[][] RelationNames = Names("id", "type", "source", "target", "role", "time", "evidence");

    // The leaf objects' names are the converters' own.
    private static readonly byte[][] EvidenceNames = Names(EvidenceJsonConverter.Names);
    private static readonly byte[][] CodeNames = Names(ExternalCodeJsonConverter.Names);
    private static readonly byte[][] GeoPointNames = Names(GeoPointJsonConverter.Names);
    private static readonly byte[][] QuantityNames = Names(QuantityJsonConverter.Names);

    /// <summary>Reads a dataset object (the whole document, or a JSON Lines header).</summary>
    public static Dataset ReadDataset(ref FastJsonReader reader)
    {
        ExpectObject(ref reader);
        string? schemaVersion = null, title = null;
        DatasetId id = default;
        DatasetMetadata? metadata = null;
        ImmutableArray<Document> documents = [];
        ImmutableArray<Actor> actors = [];
        ImmutableArray<Event> events = [];
        ImmutableArray<Statement> statements = [];
        ImmutableArray<Claim> claims = [];
        ImmutableArray<Relation> relations = [];
        var seen = 0;
        while (NextProperty(ref reader))
        {
            switch (Property(ref reader, DatasetNames, ref seen))
            {
                case 0: schemaVersion = Text(ref reader); break;
                case 1: id = Id<DatasetId>(ref reader); break;
                case 2: title = OptionalText(ref reader); break;
                case 3: metadata = reader.TokenType == JsonTokenType.Null ? null : ReadMetadata(ref reader); break;
                case 4: documents = List(ref reader, ReadDocument); break;
                case 5: actors = List(ref reader, ReadActor); break;
                case 6: events = List(ref reader, ReadEvent); break;
                case 7: statements = List(ref reader, ReadStatement); break;
                case 8: claims = List(ref reader, ReadClaim); break;
                default: relations = List(ref reader, ReadRelation); break;
            }
        }

        Require(seen, 0b11);
        return new Dataset
        {
            SchemaVersion = schemaVersion!,
            Id = id,
            Title = title,
            Metadata = metadata,
            Documents = documents,
            Actors = actors,
            Events = events,
            Statements = statements,
            Claims = claims,
            Relations = relations,
        };
    }

    private static DatasetMetadata ReadMetadata(ref FastJsonReader reader)
    {
        ExpectObject(ref reader);
        string? description = null, license = null, citation = null;
        ImmutableArray<string> coders = [], sourceFiles = [];
        ImmutableArray<Codebook> codebooks = [];
        TimeValue? coded = null;
        var seen = 0;
        while (NextProperty(ref reader))
        {
            switch (Property(ref reader, MetadataNames, ref seen))
            {
                case 0: description = OptionalText(ref reader); break;
                case 1: coders = TextList(ref reader); break;
                case 2: coded = OptionalTime(ref reader); break;
                case 3: license = OptionalText(ref reader); break;
                case 4: codebooks = List(ref reader, ReadCodebook); break;
                case 5: sourceFiles = TextList(ref reader); break;
                default: citation = OptionalText(ref reader); break;
            }
        }

        return new DatasetMetadata
        {
            Description = description,
            Coders = coders,
            Coded = coded,
            License = license,
            Codebooks = codebooks,
            SourceFiles = sourceFiles,
            Citation = citation,
        };
    }

    private static Codebook ReadCodebook(ref FastJsonReader reader)
    {
        ExpectObject(ref reader);
        string? name = null, version = null;
        var seen = 0;
        while (NextProperty(ref reader))
        {
            switch (Property(ref reader, CodebookNames, ref seen))
            {
                case 0: name = Text(ref reader); break;
                default: version = Text(ref reader); break;
            }
        }

        Require(seen, 0b11);
        return new Codebook { Name = name!, Version = version! };
    }

    /// <summary>Reads a document object.</summary>
    public static Document ReadDocument(ref FastJsonReader reader)
    {
        ExpectObject(ref reader);
        DocumentId id = default;
        string? url = null, title = null, publisher = null, agency = null, byline = null, language = null, text = null;
        ImmutableArray<string> credits = [];
        TimeValue? published = null;
        var seen = 0;
        while (NextProperty(ref reader))
        {
            switch (Property(ref reader, DocumentNames, ref seen))
            {
                case 0: id = Id<DocumentId>(ref reader); break;
                case 1: url = OptionalText(ref reader); break;
                case 2: title = OptionalText(ref reader); break;
                case 3: publisher = OptionalText(ref reader); break;
                case 4: agency = OptionalText(ref reader); break;
                case 5: byline = OptionalText(ref reader); break;
                case 6: credits = TextList(ref reader); break;
                case 7: published = OptionalTime(ref reader); break;
                case 8: language = OptionalText(ref reader); break;
                default: text = OptionalText(ref reader); break;
            }
        }

        Require(seen, 0b1);
        return new Document
        {
            Id = id,
            Url = url,
            Title = title,
            Publisher = publisher,
            Agency = agency,
            Byline = byline,
            Credits = credits,
            Published = published,
            Language = language,
            Text = text,
        };
    }

    /// <summary>Reads an actor object.</summary>
    public static Actor ReadActor(ref FastJsonReader reader)
    {
        ExpectObject(ref reader);
        ActorId id = default;
        ActorKind kind = default;
        string? name = null, country = null;
        ImmutableArray<string> aliases = [];
        ImmutableArray<ExternalCode> codes = [];
        ImmutableArray<Evidence> evidence = [];
        var seen = 0;
        while (NextProperty(ref reader))
        {
            switch (Property(ref reader, ActorNames, ref seen))
            {
                case 0: id = Id<ActorId>(ref reader); break;
                case 1: kind = Enum<ActorKind>(ref reader); break;
                case 2: name = Text(ref reader); break;
                case 3: aliases = TextList(ref reader); break;
                case 4: country = OptionalText(ref reader); break;
                case 5: codes = List(ref reader, ReadCode); break;
                default: evidence = List(ref reader, ReadEvidence); break;
            }
        }

        Require(seen, 0b111);
        return new Actor { Id = id, Kind = kind, Name = name!, Aliases = aliases, Country = country, Codes = codes, Evidence = evidence };
    }

    /// <summary>Reads an event object.</summary>
    public static Event ReadEvent(ref FastJsonReader reader)
    {
        ExpectObject(ref reader);
        EventId id = default;
        EventType type = default;
        EventStatus status = default;
        string? summary = null;
        TimeValue? time = null;
        Place? place = null;
        ImmutableArray<Participant> participants = [];
        ImmutableArray<ExternalCode> codes = [];
        ImmutableArray<Quantity> quantities = [];
        ImmutableArray<EventLink> links = [];
        ImmutableArray<Evidence> evidence = [];
        var seen = 0;
        while (NextProperty(ref reader))
        {
            switch (Property(ref reader, EventNames, ref seen))
            {
                case 0: id = Id<EventId>(ref reader); break;
                case 1: type = Enum<EventType>(ref reader); break;
                case 2: status = Enum<EventStatus>(ref reader); break;
                case 3: summary = OptionalText(ref reader); break;
                case 4: time = OptionalTime(ref reader); break;
                case 5: place = reader.TokenType == JsonTokenType.Null ? null : ReadPlace(ref reader); break;
                case 6: participants = List(ref reader, ReadParticipant); break;
                case 7: codes = List(ref reader, ReadCode); break;
                case 8: quantities = List(ref reader, ReadQuantity); break;
                case 9: links = List(ref reader, ReadEventLink); break;
                default: evidence = List(ref reader, ReadEvidence); break;
            }
        }

        Require(seen, 0b111);
        return new Event
        {
            Id = id,
            Type = type,
            Status = status,
            Summary = summary,
            Time = time,
            Place = place,
            Participants = participants,
            Codes = codes,
            Quantities = quantities,
            Links = links,
            Evidence = evidence,
        };
    }

    private static Participant ReadParticipant(ref FastJsonReader reader)
    {
        ExpectObject(ref reader);
        ActorId actor = default;
        ParticipantRole role = default;
        var seen = 0;
        while (NextProperty(ref reader))
        {
            switch (Property(ref reader, ParticipantNames, ref seen))
            {
                case 0: actor = Id<ActorId>(ref reader); break;
                default: role = Enum<ParticipantRole>(ref reader); break;
            }
        }

        Require(seen, 0b11);
        return new Participant(actor, role);
    }

    private static Place ReadPlace(ref FastJsonReader reader)
    {
        ExpectObject(ref reader);
        string? name = null, country = null;
        PlacePrecision? precision = null;
        GeoPoint? coordinates = null;
        ImmutableArray<ExternalCode> codes = [];
        var seen = 0;
        while (NextProperty(ref reader))
        {
            switch (Property(ref reader, PlaceNames, ref seen))
            {
                case 0: name = Text(ref reader); break;
                case 1: country = OptionalText(ref reader); break;
                case 2: precision = reader.TokenType == JsonTokenType.Null ? null : Enum<PlacePrecision>(ref reader); break;
                case 3: coordinates = reader.TokenType == JsonTokenType.Null ? null : ReadGeoPoint(ref reader); break;
                default: codes = List(ref reader, ReadCode); break;
            }
        }

        Require(seen, 0b1);
        return new Place { Name = name!, Country = country, Precision = precision, Coordinates = coordinates, Codes = codes };
    }

    private static EventLink ReadEventLink(ref FastJsonReader reader)
    {
        var (type, target) = ReadLinkMembers<EventLinkType, EventId>(ref reader);
        return new EventLink(type, target);
    }

    private static ClaimLink ReadClaimLink(ref FastJsonReader reader)
    {
        var (type, target) = ReadLinkMembers<ClaimLinkType, ClaimId>(ref reader);
        return new ClaimLink(type, target);
    }

    /// <summary>Reads a link object of events or of claims: its "type" and "target", both required.</summary>
    private static (TType Type, TId Target) ReadLinkMembers<TType, TId>(ref FastJsonReader reader)
        where TType : struct, System.Enum
        where TId : struct, IEntityId<TId>
    {
        ExpectObject(ref reader);
        TType type = default;
        TId target = default;
        var seen = 0;
        while (NextProperty(ref reader))
        {
            switch (Property(ref reader, LinkNames, ref seen))
            {
                case 0: type = Enum<TType>(ref reader); break;
                default: target = Id<TId>(ref reader); break;
            }
        }

        Require(seen, 0b11);
        return (type, target);
    }

    /// <summary>Reads a statement object.</summary>
    public static Statement ReadStatement(ref FastJsonReader reader)
    {
        ExpectObject(ref reader);
        StatementId id = default;
        ActorId speaker = default;
        StatementChannel channel = default;
        SpeechMode mode = default;
        string? content = null;
        TimeValue? time = null;
        Place? place = null;
        ImmutableArray<ActorId> audience = [], about = [];
        ImmutableArray<Evidence> evidence = [];
        var seen = 0;
        while (NextProperty(ref reader))
        {
            switch (Property(ref reader, StatementNames, ref seen))
            {
                case 0: id = Id<StatementId>(ref reader); break;
                case 1: speaker = Id<ActorId>(ref reader); break;
                case 2: channel = Enum<StatementChannel>(ref reader); break;
                case 3: mode = Enum<SpeechMode>(ref reader); break;
                case 4: content = Text(ref reader); break;
                case 5: time = OptionalTime(ref reader); break;
                case 6: place = reader.TokenType == JsonTokenType.Null ? null : ReadPlace(ref reader); break;
                case 7: audience = List(ref reader, Id<ActorId>); break;
                case 8: about = List(ref reader, Id<ActorId>); break;
                default: evidence = List(ref reader, ReadEvidence); break;
            }
        }

        Require(seen, 0b11111);
        return new Statement
        {
            Id = id,
            Speaker = speaker,
            Channel = channel,
            Mode = mode,
            Content = content!,
            Time = time,
            Place = place,
            Audience = audience,
            About = about,
            Evidence = evidence,
        };
    }

    /// <summary>Reads a claim object.</summary>
    public static Claim ReadClaim(ref FastJsonReader reader)
    {
        ExpectObject(ref reader);
        ClaimId id = default;
        ActorId claimant = default;
        string? proposition = null;
        ClaimPolarity polarity = default;
        ClaimCertainty certainty = default;
        StatementId? statement = null;
        ClaimSubjects? about = null;
        ImmutableArray<ActorId> attribution = [];
        ImmutableArray<Quantity> quantities = [];
        ImmutableArray<ClaimLink> links = [];
        ImmutableArray<Evidence> evidence = [];
        var seen = 0;
        while (NextProperty(ref reader))
        {
            switch (Property(ref reader, ClaimNames, ref seen))
            {
                case 0: id = Id<ClaimId>(ref reader); break;
                case 1: claimant = Id<ActorId>(ref reader); break;
                case 2: proposition = Text(ref reader); break;
                case 3: polarity = Enum<ClaimPolarity>(ref reader); break;
                case 4: certainty = Enum<ClaimCertainty>(ref reader); break;
                case 5: statement = reader.TokenType == JsonTokenType.Null ? null : Id<StatementId>(ref reader); break;
                case 6: about = ReadSubjects(ref reader); break;
                case 7: attribution = List(ref reader, Id<ActorId>); break;
                case 8: quantities = List(ref reader, ReadQuantity); break;
                case 9: links = List(ref reader, ReadClaimLink); break;
                default: evidence = List(ref reader, ReadEvidence); break;
            }
        }

        Require(seen, 0b1011111);
        return new Claim
        {
            Id = id,
            Claimant = claimant,
            Proposition = proposition!,
            Polarity = polarity,
            Certainty = certainty,
            Statement = statement,
            About = about!,
            Attribution = attribution,
            Quantities = quantities,
            Links = links,
            Evidence = evidence,
        };
    }

    private static ClaimSubjects ReadSubjects(ref FastJsonReader reader)
    {
        ExpectObject(ref reader);
        ImmutableArray<EventId> events = [];
        ImmutableArray<ActorId> actors = [];
        var seen = 0;
        while (NextProperty(ref reader))
        {
            switch (Property(ref reader, SubjectNames, ref seen))
            {
                case 0: events = List(ref reader, Id<EventId>); break;
                default: actors = List(ref reader, Id<ActorId>); break;
            }
        }

        return new ClaimSubjects { Events = events, Actors = actors };
    }

    /// <summary>Reads a relation object.</summary>
    public static Relation ReadRelation(ref FastJsonReader reader)
    {
        ExpectObject(ref reader);
        RelationId id = default;
        RelationType type = default;
        ActorId source = default, target = default;
        string? role = null;
        TimeValue? time = null;
        ImmutableArray<Evidence> evidence = [];
        var seen = 0;
        while (NextProperty(ref reader))
        {
            switch (Property(ref reader, RelationNames, ref seen))
            {
                case 0: id = Id<RelationId>(ref reader); break;
                case 1: type = Enum<RelationType>(ref reader); break;
                case 2: source = Id<ActorId>(ref reader); break;
                case 3: target = Id<ActorId>(ref reader); break;
                case 4: role = OptionalText(ref reader); break;
                case 5: time = OptionalTime(ref reader); break;
                default: evidence = List(ref reader, ReadEvidence); break;
            }
        }

        Require(seen, 0b1111);
        return new Relation { Id = id, Type = type, Source = source, Target = target, Role = role, Time = time, Evidence = evidence };
    }

    // The leaf objects below are read as their converters (EvidenceJsonConverter and the others) read
    // them, with the same rules; the converters read for the generated reader, these for this one.
    private static Evidence ReadEvidence(ref FastJsonReader reader)
    {
        ExpectObject(ref reader);
        DocumentId document = default;
        int start = 0, end = 0;
        string? quote = null;
        var seen = 0;
        while (NextProperty(ref reader))
        {
            switch (Property(ref reader, EvidenceNames, ref seen))
            {
                case 0: document = Id<DocumentId>(ref reader); break;
                case 1: start = Offset(ref reader); break;
                case 2: end = Offset(ref reader); break;
                default: quote = Text(ref reader); break;
            }
        }

        Require(seen, 0b111);
        return new Evidence(document, start, end, quote);
    }

    private static int Offset(ref FastJsonReader reader) =>
        reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var offset) && offset >= 0 ? offset : Refuse<int>();

    private static ExternalCode ReadCode(ref FastJsonReader reader)
    {
        ExpectObject(ref reader);
        CodeScheme scheme = default;
        string? value = null;
        var seen = 0;
        while (NextProperty(ref reader))
        {
            switch (Property(ref reader, CodeNames, ref seen))
            {
                case 0: scheme = Enum<CodeScheme>(ref reader); break;
                default: value = Text(ref reader); break;
            }
        }

        Require(seen, 0b11);
        return ExternalCode.Check(scheme, value) is null ? new ExternalCode(scheme, value!) : Refuse<ExternalCode>();
    }

    private static GeoPoint ReadGeoPoint(ref FastJsonReader reader)
    {
        ExpectObject(ref reader);
        double latitude = 0, longitude = 0;
        var seen = 0;
        while (NextProperty(ref reader))
        {
            var index = Property(ref reader, GeoPointNames, ref seen);
            var degrees = reader.TokenType == JsonTokenType.Number && reader.TryGetDouble(out var number) ? number : Refuse<double>();
            if (index == 0)
            {
                latitude = degrees;
            }
            else
            {
                longitude = degrees;
            }
        }

        Require(seen, 0b11);
        return new GeoPoint(latitude, longitude);
    }

    private static Quantity ReadQuantity(ref FastJsonReader reader)
    {
        ExpectObject(ref reader);
        QuantityKind kind = default;
        var qualifier = QuantityQualifier.Exact;
        decimal? value = null, min = null, max = null;
        string? unit = null, text = null;
        var seen = 0;
        while (NextProperty(ref reader))
        {
            switch (Property(ref reader, QuantityNames, ref seen))
            {
                case 0: kind = Enum<QuantityKind>(ref reader); break;
                case 1: value = Decimal(ref reader); break;
                case 2: min = Decimal(ref reader); break;
                case 3: max = Decimal(ref reader); break;
                case 4: qualifier = Enum<QuantityQualifier>(ref reader); break;
                case 5: unit = Text(ref reader); break;
                default: text = Text(ref reader); break;
            }
        }

        Require(seen, 0b1);
        return new Quantity(kind, value, min, max, qualifier, unit, text);
    }

    private static decimal Decimal(ref FastJsonReader reader) =>
        reader.TokenType == JsonTokenType.Number && reader.TryGetDecimal(out var number) ? number : Refuse<decimal>();

    private static TimeValue? OptionalTime(ref FastJsonReader reader) =>
        reader.TokenType == JsonTokenType.Null ? null : ReadTime(ref reader);

    /// <summary>
    /// Reads a time value's members here rather than through <see cref="TimeValueJsonConverter"/>, for
    /// its zone: a dataset names a handful of zones thousands of times, found here by the bytes of their
    /// id (<see cref="ZoneCache"/>) where the converter makes a string and looks it up. Parsing and
    /// completing the value are the converter's (<see cref="TimeValueJsonConverter.ParseValue"/>,
    /// <see cref="TimeValueJsonConverter.Complete"/>).
    /// </summary>
    private static TimeValue ReadTime(ref FastJsonReader reader)
    {
        ExpectObject(ref reader);
        string? value = null, expression = null, anchor = null, duration = null;
        NodaTime.DateTimeZone? zone = null;
        var approximate = false;
        var seen = 0;
        while (NextProperty(ref reader))
        {
            switch (Property(ref reader, TimeNames, ref seen))
            {
                case 0: value = Text(ref reader); break;
                case 1: zone = Zones.Read(ref reader); break;
                case 2: expression = Text(ref reader); break;
                case 3: anchor = Text(ref reader); break;
                case 4: approximate = reader.TokenType switch { JsonTokenType.True => true, JsonTokenType.False => false, _ => Refuse<bool>() }; break;
                default: duration = Text(ref reader); break;
            }
        }

        Require(seen, 0b1);
        return TimeValueJsonConverter.Complete(TimeValueJsonConverter.ParseValue(value!), zone, expression, anchor, approximate, duration);
    }
}
