using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace NewsEvents.Json;

/// <summary>
/// The entities of the format: for each, the state of its members as they are read (in the order
/// <see cref="FormatTable"/> lists them, one <c>case</c> a member) and the entity they make.
/// </summary>
internal static partial class FormatReader
{
    /// <summary>Reads a dataset object (the whole document, or a JSON Lines header).</summary>
    public static Dataset? ReadDataset<T>(ref T r)
        where T : IFormatTokens, allows ref struct => ReadObject<T, DatasetState, Dataset>(ref r);

    private struct DatasetState : IObjectState<DatasetState, Dataset>
    {
        private string? _schemaVersion;
        private DatasetId _id;
        private string? _title;
        private DatasetMetadata? _metadata;
        private ImmutableArray<Document> _documents;
        private ImmutableArray<Actor> _actors;
        private ImmutableArray<Event> _events;
        private ImmutableArray<Statement> _statements;
        private ImmutableArray<Claim> _claims;
        private ImmutableArray<Relation> _relations;

        public static ObjectFormat Format => FormatTable.Dataset;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]

        public static DatasetState Start() => new() { _documents = [], _actors = [], _events = [], _statements = [], _claims = [], _relations = [] };

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Read<T>(ref T r, int index)
            where T : IFormatTokens, allows ref struct
        {
            switch ((DatasetMember)index)
            {
                case DatasetMember.SchemaVersion:
                    _schemaVersion = String(ref r);
                    if (_schemaVersion is not null)
                    {
                        r.SchemaVersionRead(_schemaVersion);
                    }

                    break;
                case DatasetMember.Id: _id = Id<T, DatasetId>(ref r); break;
                case DatasetMember.Title: _title = OptionalText(ref r); break;
                case DatasetMember.Metadata: _metadata = r.TokenType == JsonTokenType.Null ? null : ReadObject<T, MetadataState, DatasetMetadata>(ref r); break;
                case DatasetMember.Documents: _documents = List(ref r, ReadDocument); break;
                case DatasetMember.Actors: _actors = List(ref r, ReadActor); break;
                case DatasetMember.Events: _events = List(ref r, ReadEvent); break;
                case DatasetMember.Statements: _statements = List(ref r, ReadStatement); break;
                case DatasetMember.Claims: _claims = List(ref r, ReadClaim); break;
                case DatasetMember.Relations: _relations = List(ref r, ReadRelation); break;
                default: Unread(ref r); break;
            }
        }

        public readonly Dataset Build() => new()
        {
            SchemaVersion = _schemaVersion!,
            Id = _id,
            Title = _title,
            Metadata = _metadata,
            Documents = _documents,
            Actors = _actors,
            Events = _events,
            Statements = _statements,
            Claims = _claims,
            Relations = _relations,
        };
    }

    private struct MetadataState : IObjectState<MetadataState, DatasetMetadata>
    {
        private string? _description;
        private ImmutableArray<string> _coders;
        private TimeValue? _coded;
        private string? _license;
        private ImmutableArray<Codebook> _codebooks;
        private ImmutableArray<string> _sourceFiles;
        private string? _citation;

        public static ObjectFormat Format => FormatTable.Metadata;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]

        public static MetadataState Start() => new() { _coders = [], _codebooks = [], _sourceFiles = [] };

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Read<T>(ref T r, int index)
            where T : IFormatTokens, allows ref struct
        {
            switch ((MetadataMember)index)
            {
                case MetadataMember.Description: _description = OptionalText(ref r); break;
                case MetadataMember.Coders: _coders = TextList(ref r); break;
                case MetadataMember.Coded: _coded = OptionalTime(ref r); break;
                case MetadataMember.License: _license = OptionalText(ref r); break;
                case MetadataMember.Codebooks: _codebooks = List(ref r, ReadCodebook); break;
                case MetadataMember.SourceFiles: _sourceFiles = TextList(ref r); break;
                case MetadataMember.Citation: _citation = OptionalText(ref r); break;
                default: Unread(ref r); break;
            }
        }

        public readonly DatasetMetadata Build() => new()
        {
            Description = _description,
            Coders = _coders,
            Coded = _coded,
            License = _license,
            Codebooks = _codebooks,
            SourceFiles = _sourceFiles,
            Citation = _citation,
        };
    }

    /// <summary>Reads a codebook.</summary>
    private static Codebook? ReadCodebook<T>(ref T r)
        where T : IFormatTokens, allows ref struct => ReadObject<T, CodebookState, Codebook>(ref r);

    private struct CodebookState : IObjectState<CodebookState, Codebook>
    {
        private string? _name;
        private string? _version;

        public static ObjectFormat Format => FormatTable.Codebook;

        public static CodebookState Start() => default;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Read<T>(ref T r, int index)
            where T : IFormatTokens, allows ref struct
        {
            switch ((CodebookMember)index)
            {
                case CodebookMember.Name: _name = Text(ref r); break;
                case CodebookMember.Version: _version = Text(ref r); break;
                default: Unread(ref r); break;
            }
        }

        public readonly Codebook Build() => new() { Name = _name!, Version = _version! };
    }

    /// <summary>Reads a document object.</summary>
    public static Document? ReadDocument<T>(ref T r)
        where T : IFormatTokens, allows ref struct => ReadObject<T, DocumentState, Document>(ref r);

    private struct DocumentState : IObjectState<DocumentState, Document>
    {
        private DocumentId _id;
        private string? _url;
        private string? _title;
        private string? _publisher;
        private string? _agency;
        private string? _byline;
        private ImmutableArray<string> _credits;
        private TimeValue? _published;
        private string? _language;
        private string? _text;
        private SourceAttributes _attributes;

        public static ObjectFormat Format => FormatTable.Document;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]

        public static DocumentState Start() => new() { _credits = [] };

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Read<T>(ref T r, int index)
            where T : IFormatTokens, allows ref struct
        {
            switch ((DocumentMember)index)
            {
                case DocumentMember.Id: _id = Id<T, DocumentId>(ref r); break;
                case DocumentMember.Url: _url = OptionalText(ref r, TextRules.CheckUrl); break;
                case DocumentMember.Title: _title = OptionalText(ref r); break;
                case DocumentMember.Publisher: _publisher = OptionalText(ref r); break;
                case DocumentMember.Agency: _agency = OptionalText(ref r); break;
                case DocumentMember.Byline: _byline = OptionalText(ref r); break;
                case DocumentMember.Credits: _credits = TextList(ref r); break;
                case DocumentMember.Published: _published = OptionalTime(ref r); break;
                case DocumentMember.Language: _language = OptionalText(ref r, TextRules.CheckLanguage); break;
                case DocumentMember.Text: _text = r.TokenType == JsonTokenType.Null ? null : String(ref r); break;
                case DocumentMember.Attributes: _attributes = ReadAttributes(ref r); break;
                default: Unread(ref r); break;
            }
        }

        public readonly Document Build() => new()
        {
            Id = _id,
            Url = _url,
            Title = _title,
            Publisher = _publisher,
            Agency = _agency,
            Byline = _byline,
            Credits = _credits,
            Published = _published,
            Language = _language,
            Text = _text,
            Attributes = _attributes,
        };
    }

    /// <summary>Reads an actor object.</summary>
    public static Actor? ReadActor<T>(ref T r)
        where T : IFormatTokens, allows ref struct => ReadObject<T, ActorState, Actor>(ref r);

    private struct ActorState : IObjectState<ActorState, Actor>
    {
        private ActorId _id;
        private ActorKind _kind;
        private string? _name;
        private ImmutableArray<string> _aliases;
        private string? _country;
        private ImmutableArray<ExternalCode> _codes;
        private ImmutableArray<Evidence> _evidence;
        private SourceAttributes _attributes;

        public static ObjectFormat Format => FormatTable.Actor;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]

        public static ActorState Start() => new() { _aliases = [], _codes = [], _evidence = [] };

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Read<T>(ref T r, int index)
            where T : IFormatTokens, allows ref struct
        {
            switch ((ActorMember)index)
            {
                case ActorMember.Id: _id = Id<T, ActorId>(ref r); break;
                case ActorMember.Kind: _kind = Enum<T, ActorKind>(ref r); break;
                case ActorMember.Name: _name = Text(ref r); break;
                case ActorMember.Aliases: _aliases = TextList(ref r); break;
                case ActorMember.Country: _country = OptionalText(ref r, TextRules.CheckCountry); break;
                case ActorMember.Codes: _codes = List(ref r, ReadCode); break;
                case ActorMember.Evidence: _evidence = List(ref r, ReadEvidence); break;
                case ActorMember.Attributes: _attributes = ReadAttributes(ref r); break;
                default: Unread(ref r); break;
            }
        }

        public readonly Actor Build() => new() { Id = _id, Kind = _kind, Name = _name!, Aliases = _aliases, Country = _country, Codes = _codes, Evidence = _evidence, Attributes = _attributes };
    }

    /// <summary>Reads an event object.</summary>
    public static Event? ReadEvent<T>(ref T r)
        where T : IFormatTokens, allows ref struct => ReadObject<T, EventState, Event>(ref r);

    private struct EventState : IObjectState<EventState, Event>
    {
        private EventId _id;
        private EventType _type;
        private EventStatus _status;
        private string? _summary;
        private TimeValue? _time;
        private Place? _place;
        private ImmutableArray<Participant> _participants;
        private ImmutableArray<ExternalCode> _codes;
        private ImmutableArray<Quantity> _quantities;
        private ImmutableArray<EventLink> _links;
        private ImmutableArray<Evidence> _evidence;
        private SourceAttributes _attributes;

        public static ObjectFormat Format => FormatTable.Event;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]

        public static EventState Start() => new() { _participants = [], _codes = [], _quantities = [], _links = [], _evidence = [] };

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Read<T>(ref T r, int index)
            where T : IFormatTokens, allows ref struct
        {
            switch ((EventMember)index)
            {
                case EventMember.Id: _id = Id<T, EventId>(ref r); break;
                case EventMember.Type: _type = Enum<T, EventType>(ref r); break;
                case EventMember.Status: _status = Enum<T, EventStatus>(ref r); break;
                case EventMember.Summary: _summary = OptionalText(ref r); break;
                case EventMember.Time: _time = OptionalTime(ref r); break;
                case EventMember.Place: _place = OptionalPlace(ref r); break;
                case EventMember.Participants: _participants = List(ref r, ReadParticipant); break;
                case EventMember.Codes: _codes = List(ref r, ReadCode); break;
                case EventMember.Quantities: _quantities = List(ref r, ReadQuantity); break;
                case EventMember.Links: _links = List(ref r, ReadEventLink); break;
                case EventMember.Evidence: _evidence = List(ref r, ReadEvidence); break;
                case EventMember.Attributes: _attributes = ReadAttributes(ref r); break;
                default: Unread(ref r); break;
            }
        }

        public readonly Event Build() => new()
        {
            Id = _id,
            Type = _type,
            Status = _status,
            Summary = _summary,
            Time = _time,
            Place = _place,
            Participants = _participants,
            Codes = _codes,
            Quantities = _quantities,
            Links = _links,
            Evidence = _evidence,
            Attributes = _attributes,
        };
    }

    /// <summary>Reads a participant.</summary>
    private static Participant? ReadParticipant<T>(ref T r)
        where T : IFormatTokens, allows ref struct => ReadObject<T, ParticipantState, Participant>(ref r);

    private struct ParticipantState : IObjectState<ParticipantState, Participant>
    {
        private ActorId _actor;
        private ParticipantRole _role;

        public static ObjectFormat Format => FormatTable.Participant;

        public static ParticipantState Start() => default;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Read<T>(ref T r, int index)
            where T : IFormatTokens, allows ref struct
        {
            switch ((ParticipantMember)index)
            {
                case ParticipantMember.Actor: _actor = Id<T, ActorId>(ref r); break;
                case ParticipantMember.Role: _role = Enum<T, ParticipantRole>(ref r); break;
                default: Unread(ref r); break;
            }
        }

        public readonly Participant Build() => new(_actor, _role);
    }

    private struct PlaceState : IObjectState<PlaceState, Place>
    {
        private string? _name;
        private string? _country;
        private PlacePrecision? _precision;
        private GeoPoint? _coordinates;
        private ImmutableArray<ExternalCode> _codes;

        public static ObjectFormat Format => FormatTable.Place;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]

        public static PlaceState Start() => new() { _codes = [] };

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Read<T>(ref T r, int index)
            where T : IFormatTokens, allows ref struct
        {
            switch ((PlaceMember)index)
            {
                case PlaceMember.Name: _name = Text(ref r); break;
                case PlaceMember.Country: _country = OptionalText(ref r, TextRules.CheckCountry); break;
                case PlaceMember.Precision: _precision = OptionalEnum<T, PlacePrecision>(ref r); break;
                case PlaceMember.Coordinates: _coordinates = r.TokenType == JsonTokenType.Null ? null : ReadGeoPoint(ref r); break;
                case PlaceMember.Codes: _codes = List(ref r, ReadCode); break;
                default: Unread(ref r); break;
            }
        }

        public readonly Place Build() => new() { Name = _name!, Country = _country, Precision = _precision, Coordinates = _coordinates, Codes = _codes };
    }

    /// <summary>Reads an event link.</summary>
    private static EventLink? ReadEventLink<T>(ref T r)
        where T : IFormatTokens, allows ref struct => ReadObject<T, EventLinkState, EventLink>(ref r);

    private struct EventLinkState : IObjectState<EventLinkState, EventLink>
    {
        private EventLinkType _type;
        private EventId _target;

        public static ObjectFormat Format => FormatTable.EventLink;

        public static EventLinkState Start() => default;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Read<T>(ref T r, int index)
            where T : IFormatTokens, allows ref struct
        {
            switch ((LinkMember)index)
            {
                case LinkMember.Type: _type = Enum<T, EventLinkType>(ref r); break;
                case LinkMember.Target: _target = Id<T, EventId>(ref r); break;
                default: Unread(ref r); break;
            }
        }

        public readonly EventLink Build() => new(_type, _target);
    }

    /// <summary>Reads a statement object.</summary>
    public static Statement? ReadStatement<T>(ref T r)
        where T : IFormatTokens, allows ref struct => ReadObject<T, StatementState, Statement>(ref r);

    private struct StatementState : IObjectState<StatementState, Statement>
    {
        private StatementId _id;
        private ActorId _speaker;
        private StatementChannel _channel;
        private SpeechMode _mode;
        private string? _content;
        private TimeValue? _time;
        private Place? _place;
        private ImmutableArray<ActorId> _audience;
        private ImmutableArray<ActorId> _about;
        private ImmutableArray<Evidence> _evidence;
        private SourceAttributes _attributes;

        public static ObjectFormat Format => FormatTable.Statement;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]

        public static StatementState Start() => new() { _audience = [], _about = [], _evidence = [] };

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Read<T>(ref T r, int index)
            where T : IFormatTokens, allows ref struct
        {
            switch ((StatementMember)index)
            {
                case StatementMember.Id: _id = Id<T, StatementId>(ref r); break;
                case StatementMember.Speaker: _speaker = Id<T, ActorId>(ref r); break;
                case StatementMember.Channel: _channel = Enum<T, StatementChannel>(ref r); break;
                case StatementMember.Mode: _mode = Enum<T, SpeechMode>(ref r); break;
                case StatementMember.Content: _content = Text(ref r); break;
                case StatementMember.Time: _time = OptionalTime(ref r); break;
                case StatementMember.Place: _place = OptionalPlace(ref r); break;
                case StatementMember.Audience: _audience = IdList<T, ActorId>(ref r); break;
                case StatementMember.About: _about = IdList<T, ActorId>(ref r); break;
                case StatementMember.Evidence: _evidence = List(ref r, ReadEvidence); break;
                case StatementMember.Attributes: _attributes = ReadAttributes(ref r); break;
                default: Unread(ref r); break;
            }
        }

        public readonly Statement Build() => new()
        {
            Id = _id,
            Speaker = _speaker,
            Channel = _channel,
            Mode = _mode,
            Content = _content!,
            Time = _time,
            Place = _place,
            Audience = _audience,
            About = _about,
            Evidence = _evidence,
            Attributes = _attributes,
        };
    }

    /// <summary>Reads a claim object.</summary>
    public static Claim? ReadClaim<T>(ref T r)
        where T : IFormatTokens, allows ref struct => ReadObject<T, ClaimState, Claim>(ref r);

    private struct ClaimState : IObjectState<ClaimState, Claim>
    {
        private ClaimId _id;
        private ActorId _claimant;
        private string? _proposition;
        private ClaimPolarity _polarity;
        private ClaimCertainty _certainty;
        private StatementId? _statement;
        private TimeValue? _time;
        private ClaimSubjects? _about;
        private ImmutableArray<ActorId> _attribution;
        private ImmutableArray<Quantity> _quantities;
        private ImmutableArray<ClaimLink> _links;
        private ImmutableArray<Evidence> _evidence;
        private SourceAttributes _attributes;

        public static ObjectFormat Format => FormatTable.Claim;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]

        public static ClaimState Start() => new() { _attribution = [], _quantities = [], _links = [], _evidence = [] };

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Read<T>(ref T r, int index)
            where T : IFormatTokens, allows ref struct
        {
            switch ((ClaimMember)index)
            {
                case ClaimMember.Id: _id = Id<T, ClaimId>(ref r); break;
                case ClaimMember.Claimant: _claimant = Id<T, ActorId>(ref r); break;
                case ClaimMember.Proposition: _proposition = Text(ref r); break;
                case ClaimMember.Polarity: _polarity = Enum<T, ClaimPolarity>(ref r); break;
                case ClaimMember.Certainty: _certainty = Enum<T, ClaimCertainty>(ref r); break;
                case ClaimMember.Statement: _statement = OptionalId<T, StatementId>(ref r); break;
                case ClaimMember.Time: _time = OptionalTime(ref r); break;
                case ClaimMember.About: _about = ReadObject<T, SubjectsState, ClaimSubjects>(ref r); break;
                case ClaimMember.Attribution: _attribution = IdList<T, ActorId>(ref r); break;
                case ClaimMember.Quantities: _quantities = List(ref r, ReadQuantity); break;
                case ClaimMember.Links: _links = List(ref r, ReadClaimLink); break;
                case ClaimMember.Evidence: _evidence = List(ref r, ReadEvidence); break;
                case ClaimMember.Attributes: _attributes = ReadAttributes(ref r); break;
                default: Unread(ref r); break;
            }
        }

        public readonly Claim Build() => new()
        {
            Id = _id,
            Claimant = _claimant,
            Proposition = _proposition!,
            Polarity = _polarity,
            Certainty = _certainty,
            Statement = _statement,
            Time = _time,
            About = _about!,
            Attribution = _attribution,
            Quantities = _quantities,
            Links = _links,
            Evidence = _evidence,
            Attributes = _attributes,
        };
    }

    private struct SubjectsState : IObjectState<SubjectsState, ClaimSubjects>
    {
        private ImmutableArray<EventId> _events;
        private ImmutableArray<ActorId> _actors;

        public static ObjectFormat Format => FormatTable.ClaimSubjects;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]

        public static SubjectsState Start() => new() { _events = [], _actors = [] };

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Read<T>(ref T r, int index)
            where T : IFormatTokens, allows ref struct
        {
            switch ((SubjectsMember)index)
            {
                case SubjectsMember.Events: _events = IdList<T, EventId>(ref r); break;
                case SubjectsMember.Actors: _actors = IdList<T, ActorId>(ref r); break;
                default: Unread(ref r); break;
            }
        }

        public readonly ClaimSubjects Build() => new() { Events = _events, Actors = _actors };
    }

    /// <summary>Reads a claim link.</summary>
    private static ClaimLink? ReadClaimLink<T>(ref T r)
        where T : IFormatTokens, allows ref struct => ReadObject<T, ClaimLinkState, ClaimLink>(ref r);

    private struct ClaimLinkState : IObjectState<ClaimLinkState, ClaimLink>
    {
        private ClaimLinkType _type;
        private ClaimId _target;

        public static ObjectFormat Format => FormatTable.ClaimLink;

        public static ClaimLinkState Start() => default;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Read<T>(ref T r, int index)
            where T : IFormatTokens, allows ref struct
        {
            switch ((LinkMember)index)
            {
                case LinkMember.Type: _type = Enum<T, ClaimLinkType>(ref r); break;
                case LinkMember.Target: _target = Id<T, ClaimId>(ref r); break;
                default: Unread(ref r); break;
            }
        }

        public readonly ClaimLink Build() => new(_type, _target);
    }

    /// <summary>Reads a relation object.</summary>
    public static Relation? ReadRelation<T>(ref T r)
        where T : IFormatTokens, allows ref struct => ReadObject<T, RelationState, Relation>(ref r);

    private struct RelationState : IObjectState<RelationState, Relation>
    {
        private RelationId _id;
        private RelationType _type;
        private ActorId _source;
        private ActorId _target;
        private string? _role;
        private TimeValue? _time;
        private ImmutableArray<Evidence> _evidence;
        private SourceAttributes _attributes;

        public static ObjectFormat Format => FormatTable.Relation;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]

        public static RelationState Start() => new() { _evidence = [] };

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Read<T>(ref T r, int index)
            where T : IFormatTokens, allows ref struct
        {
            switch ((RelationMember)index)
            {
                case RelationMember.Id: _id = Id<T, RelationId>(ref r); break;
                case RelationMember.Type: _type = Enum<T, RelationType>(ref r); break;
                case RelationMember.Source: _source = Id<T, ActorId>(ref r); break;
                case RelationMember.Target: _target = Id<T, ActorId>(ref r); break;
                case RelationMember.Role: _role = OptionalText(ref r); break;
                case RelationMember.Time: _time = OptionalTime(ref r); break;
                case RelationMember.Evidence: _evidence = List(ref r, ReadEvidence); break;
                case RelationMember.Attributes: _attributes = ReadAttributes(ref r); break;
                default: Unread(ref r); break;
            }
        }

        public readonly Relation Build() => new() { Id = _id, Type = _type, Source = _source, Target = _target, Role = _role, Time = _time, Evidence = _evidence, Attributes = _attributes };
    }

    private static Place? OptionalPlace<T>(ref T r)
        where T : IFormatTokens, allows ref struct =>
        r.TokenType == JsonTokenType.Null ? null : ReadObject<T, PlaceState, Place>(ref r);
}
