using System.Collections.Immutable;

namespace NewsEvents.Json;

/// <summary>The entities of the format, each read member by member as <see cref="FormatTable"/> lists them.</summary>
internal static partial class FormatReader
{
    /// <summary>Reads a dataset object (the whole document, or a JSON Lines header).</summary>
    public static Dataset? ReadDataset<T>(ref T r)
        where T : IFormatTokens, allows ref struct
    {
        var format = FormatTable.Dataset;
        if (!StartObject(ref r, format))
        {
            return null;
        }

        var problems = r.Problems;
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
        int index;
        while ((index = NextMember(ref r, format, ref seen)) >= 0)
        {
            switch ((DatasetMember)index)
            {
                case DatasetMember.SchemaVersion:
                    schemaVersion = String(ref r);
                    if (schemaVersion is not null)
                    {
                        r.SchemaVersionRead(schemaVersion);
                    }

                    break;
                case DatasetMember.Id: id = Id<T, DatasetId>(ref r); break;
                case DatasetMember.Title: title = OptionalText(ref r); break;
                case DatasetMember.Metadata: metadata = r.TokenType == System.Text.Json.JsonTokenType.Null ? null : ReadMetadata(ref r); break;
                case DatasetMember.Documents: documents = List(ref r, ReadDocument); break;
                case DatasetMember.Actors: actors = List(ref r, ReadActor); break;
                case DatasetMember.Events: events = List(ref r, ReadEvent); break;
                case DatasetMember.Statements: statements = List(ref r, ReadStatement); break;
                case DatasetMember.Claims: claims = List(ref r, ReadClaim); break;
                case DatasetMember.Relations: relations = List(ref r, ReadRelation); break;
                default: Unread(ref r); break;
            }

            r.Leave();
        }

        if (!EndObject(ref r, format, seen, problems))
        {
            return null;
        }

        try
        {
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
        catch (ArgumentException e) when (T.Reports)
        {
            Broken(ref r, e, format);
            return null;
        }
    }

    private static DatasetMetadata? ReadMetadata<T>(ref T r)
        where T : IFormatTokens, allows ref struct
    {
        var format = FormatTable.Metadata;
        if (!StartObject(ref r, format))
        {
            return null;
        }

        var problems = r.Problems;
        string? description = null, license = null, citation = null;
        ImmutableArray<string> coders = [], sourceFiles = [];
        ImmutableArray<Codebook> codebooks = [];
        TimeValue? coded = null;
        var seen = 0;
        int index;
        while ((index = NextMember(ref r, format, ref seen)) >= 0)
        {
            switch ((MetadataMember)index)
            {
                case MetadataMember.Description: description = OptionalText(ref r); break;
                case MetadataMember.Coders: coders = TextList(ref r); break;
                case MetadataMember.Coded: coded = OptionalTime(ref r); break;
                case MetadataMember.License: license = OptionalText(ref r); break;
                case MetadataMember.Codebooks: codebooks = List(ref r, ReadCodebook); break;
                case MetadataMember.SourceFiles: sourceFiles = TextList(ref r); break;
                case MetadataMember.Citation: citation = OptionalText(ref r); break;
                default: Unread(ref r); break;
            }

            r.Leave();
        }

        if (!EndObject(ref r, format, seen, problems))
        {
            return null;
        }

        try
        {
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
        catch (ArgumentException e) when (T.Reports)
        {
            Broken(ref r, e, format);
            return null;
        }
    }

    private static Codebook? ReadCodebook<T>(ref T r)
        where T : IFormatTokens, allows ref struct
    {
        var format = FormatTable.Codebook;
        if (!StartObject(ref r, format))
        {
            return null;
        }

        var problems = r.Problems;
        string? name = null, version = null;
        var seen = 0;
        int index;
        while ((index = NextMember(ref r, format, ref seen)) >= 0)
        {
            switch ((CodebookMember)index)
            {
                case CodebookMember.Name: name = Text(ref r); break;
                case CodebookMember.Version: version = Text(ref r); break;
                default: Unread(ref r); break;
            }

            r.Leave();
        }

        if (!EndObject(ref r, format, seen, problems))
        {
            return null;
        }

        try
        {
            return new Codebook { Name = name!, Version = version! };
        }
        catch (ArgumentException e) when (T.Reports)
        {
            Broken(ref r, e, format);
            return null;
        }
    }

    /// <summary>Reads a document object.</summary>
    public static Document? ReadDocument<T>(ref T r)
        where T : IFormatTokens, allows ref struct
    {
        var format = FormatTable.Document;
        if (!StartObject(ref r, format))
        {
            return null;
        }

        var problems = r.Problems;
        DocumentId id = default;
        string? url = null, title = null, publisher = null, agency = null, byline = null, language = null, text = null;
        ImmutableArray<string> credits = [];
        TimeValue? published = null;
        var seen = 0;
        int index;
        while ((index = NextMember(ref r, format, ref seen)) >= 0)
        {
            switch ((DocumentMember)index)
            {
                case DocumentMember.Id: id = Id<T, DocumentId>(ref r); break;
                case DocumentMember.Url: url = OptionalText(ref r, TextRules.CheckUrl); break;
                case DocumentMember.Title: title = OptionalText(ref r); break;
                case DocumentMember.Publisher: publisher = OptionalText(ref r); break;
                case DocumentMember.Agency: agency = OptionalText(ref r); break;
                case DocumentMember.Byline: byline = OptionalText(ref r); break;
                case DocumentMember.Credits: credits = TextList(ref r); break;
                case DocumentMember.Published: published = OptionalTime(ref r); break;
                case DocumentMember.Language: language = OptionalText(ref r, TextRules.CheckLanguage); break;
                case DocumentMember.Text: text = r.TokenType == System.Text.Json.JsonTokenType.Null ? null : String(ref r); break;
                default: Unread(ref r); break;
            }

            r.Leave();
        }

        if (!EndObject(ref r, format, seen, problems))
        {
            return null;
        }

        try
        {
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
        catch (ArgumentException e) when (T.Reports)
        {
            Broken(ref r, e, format);
            return null;
        }
    }

    /// <summary>Reads an actor object.</summary>
    public static Actor? ReadActor<T>(ref T r)
        where T : IFormatTokens, allows ref struct
    {
        var format = FormatTable.Actor;
        if (!StartObject(ref r, format))
        {
            return null;
        }

        var problems = r.Problems;
        ActorId id = default;
        ActorKind kind = default;
        string? name = null, country = null;
        ImmutableArray<string> aliases = [];
        ImmutableArray<ExternalCode> codes = [];
        ImmutableArray<Evidence> evidence = [];
        var seen = 0;
        int index;
        while ((index = NextMember(ref r, format, ref seen)) >= 0)
        {
            switch ((ActorMember)index)
            {
                case ActorMember.Id: id = Id<T, ActorId>(ref r); break;
                case ActorMember.Kind: kind = Enum<T, ActorKind>(ref r); break;
                case ActorMember.Name: name = Text(ref r); break;
                case ActorMember.Aliases: aliases = TextList(ref r); break;
                case ActorMember.Country: country = OptionalText(ref r, TextRules.CheckCountry); break;
                case ActorMember.Codes: codes = List(ref r, ReadCode); break;
                case ActorMember.Evidence: evidence = List(ref r, ReadEvidence); break;
                default: Unread(ref r); break;
            }

            r.Leave();
        }

        if (!EndObject(ref r, format, seen, problems))
        {
            return null;
        }

        try
        {
            return new Actor { Id = id, Kind = kind, Name = name!, Aliases = aliases, Country = country, Codes = codes, Evidence = evidence };
        }
        catch (ArgumentException e) when (T.Reports)
        {
            Broken(ref r, e, format);
            return null;
        }
    }

    /// <summary>Reads an event object.</summary>
    public static Event? ReadEvent<T>(ref T r)
        where T : IFormatTokens, allows ref struct
    {
        var format = FormatTable.Event;
        if (!StartObject(ref r, format))
        {
            return null;
        }

        var problems = r.Problems;
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
        int index;
        while ((index = NextMember(ref r, format, ref seen)) >= 0)
        {
            switch ((EventMember)index)
            {
                case EventMember.Id: id = Id<T, EventId>(ref r); break;
                case EventMember.Type: type = Enum<T, EventType>(ref r); break;
                case EventMember.Status: status = Enum<T, EventStatus>(ref r); break;
                case EventMember.Summary: summary = OptionalText(ref r); break;
                case EventMember.Time: time = OptionalTime(ref r); break;
                case EventMember.Place: place = OptionalPlace(ref r); break;
                case EventMember.Participants: participants = List(ref r, ReadParticipant); break;
                case EventMember.Codes: codes = List(ref r, ReadCode); break;
                case EventMember.Quantities: quantities = List(ref r, ReadQuantity); break;
                case EventMember.Links: links = List(ref r, ReadEventLink); break;
                case EventMember.Evidence: evidence = List(ref r, ReadEvidence); break;
                default: Unread(ref r); break;
            }

            r.Leave();
        }

        if (!EndObject(ref r, format, seen, problems))
        {
            return null;
        }

        try
        {
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
        catch (ArgumentException e) when (T.Reports)
        {
            Broken(ref r, e, format);
            return null;
        }
    }

    private static Participant? ReadParticipant<T>(ref T r)
        where T : IFormatTokens, allows ref struct
    {
        var format = FormatTable.Participant;
        if (!StartObject(ref r, format))
        {
            return null;
        }

        var problems = r.Problems;
        ActorId actor = default;
        ParticipantRole role = default;
        var seen = 0;
        int index;
        while ((index = NextMember(ref r, format, ref seen)) >= 0)
        {
            switch ((ParticipantMember)index)
            {
                case ParticipantMember.Actor: actor = Id<T, ActorId>(ref r); break;
                case ParticipantMember.Role: role = Enum<T, ParticipantRole>(ref r); break;
                default: Unread(ref r); break;
            }

            r.Leave();
        }

        if (!EndObject(ref r, format, seen, problems))
        {
            return null;
        }

        try
        {
            return new Participant(actor, role);
        }
        catch (ArgumentException e) when (T.Reports)
        {
            Broken(ref r, e, format);
            return null;
        }
    }

    private static Place? OptionalPlace<T>(ref T r)
        where T : IFormatTokens, allows ref struct =>
        r.TokenType == System.Text.Json.JsonTokenType.Null ? null : ReadPlace(ref r);

    private static Place? ReadPlace<T>(ref T r)
        where T : IFormatTokens, allows ref struct
    {
        var format = FormatTable.Place;
        if (!StartObject(ref r, format))
        {
            return null;
        }

        var problems = r.Problems;
        string? name = null, country = null;
        PlacePrecision? precision = null;
        GeoPoint? coordinates = null;
        ImmutableArray<ExternalCode> codes = [];
        var seen = 0;
        int index;
        while ((index = NextMember(ref r, format, ref seen)) >= 0)
        {
            switch ((PlaceMember)index)
            {
                case PlaceMember.Name: name = Text(ref r); break;
                case PlaceMember.Country: country = OptionalText(ref r, TextRules.CheckCountry); break;
                case PlaceMember.Precision: precision = OptionalEnum<T, PlacePrecision>(ref r); break;
                case PlaceMember.Coordinates: coordinates = r.TokenType == System.Text.Json.JsonTokenType.Null ? null : ReadGeoPoint(ref r); break;
                case PlaceMember.Codes: codes = List(ref r, ReadCode); break;
                default: Unread(ref r); break;
            }

            r.Leave();
        }

        if (!EndObject(ref r, format, seen, problems))
        {
            return null;
        }

        try
        {
            return new Place { Name = name!, Country = country, Precision = precision, Coordinates = coordinates, Codes = codes };
        }
        catch (ArgumentException e) when (T.Reports)
        {
            Broken(ref r, e, format);
            return null;
        }
    }

    private static EventLink? ReadEventLink<T>(ref T r)
        where T : IFormatTokens, allows ref struct =>
        ReadLink<T, EventLinkType, EventId>(ref r, FormatTable.EventLink) is var (type, target, ok) && ok
            ? Build(ref r, FormatTable.EventLink, static (t, id) => new EventLink(t, id), type, target)
            : null;

    private static ClaimLink? ReadClaimLink<T>(ref T r)
        where T : IFormatTokens, allows ref struct =>
        ReadLink<T, ClaimLinkType, ClaimId>(ref r, FormatTable.ClaimLink) is var (type, target, ok) && ok
            ? Build(ref r, FormatTable.ClaimLink, static (t, id) => new ClaimLink(t, id), type, target)
            : null;

    /// <summary>Builds a link, reporting a rule of the model it breaks.</summary>
    private static TLink? Build<T, TType, TId, TLink>(ref T r, ObjectFormat format, Func<TType, TId, TLink> create, TType type, TId target)
        where T : IFormatTokens, allows ref struct
        where TLink : class
    {
        try
        {
            return create(type, target);
        }
        catch (ArgumentException e) when (T.Reports)
        {
            Broken(ref r, e, format);
            return null;
        }
    }

    /// <summary>Reads the members of a link of events or of claims, which have one shape: its "type" and "target".</summary>
    private static (TType Type, TId Target, bool Ok) ReadLink<T, TType, TId>(ref T r, ObjectFormat<LinkMember> format)
        where T : IFormatTokens, allows ref struct
        where TType : struct, System.Enum
        where TId : struct, IEntityId<TId>
    {
        if (!StartObject(ref r, format))
        {
            return default;
        }

        var problems = r.Problems;
        TType type = default;
        TId target = default;
        var seen = 0;
        int index;
        while ((index = NextMember(ref r, format, ref seen)) >= 0)
        {
            switch ((LinkMember)index)
            {
                case LinkMember.Type: type = Enum<T, TType>(ref r); break;
                case LinkMember.Target: target = Id<T, TId>(ref r); break;
                default: Unread(ref r); break;
            }

            r.Leave();
        }

        return (type, target, EndObject(ref r, format, seen, problems));
    }

    /// <summary>Reads a statement object.</summary>
    public static Statement? ReadStatement<T>(ref T r)
        where T : IFormatTokens, allows ref struct
    {
        var format = FormatTable.Statement;
        if (!StartObject(ref r, format))
        {
            return null;
        }

        var problems = r.Problems;
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
        int index;
        while ((index = NextMember(ref r, format, ref seen)) >= 0)
        {
            switch ((StatementMember)index)
            {
                case StatementMember.Id: id = Id<T, StatementId>(ref r); break;
                case StatementMember.Speaker: speaker = Id<T, ActorId>(ref r); break;
                case StatementMember.Channel: channel = Enum<T, StatementChannel>(ref r); break;
                case StatementMember.Mode: mode = Enum<T, SpeechMode>(ref r); break;
                case StatementMember.Content: content = Text(ref r); break;
                case StatementMember.Time: time = OptionalTime(ref r); break;
                case StatementMember.Place: place = OptionalPlace(ref r); break;
                case StatementMember.Audience: audience = IdList<T, ActorId>(ref r); break;
                case StatementMember.About: about = IdList<T, ActorId>(ref r); break;
                case StatementMember.Evidence: evidence = List(ref r, ReadEvidence); break;
                default: Unread(ref r); break;
            }

            r.Leave();
        }

        if (!EndObject(ref r, format, seen, problems))
        {
            return null;
        }

        try
        {
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
        catch (ArgumentException e) when (T.Reports)
        {
            Broken(ref r, e, format);
            return null;
        }
    }

    /// <summary>Reads a claim object.</summary>
    public static Claim? ReadClaim<T>(ref T r)
        where T : IFormatTokens, allows ref struct
    {
        var format = FormatTable.Claim;
        if (!StartObject(ref r, format))
        {
            return null;
        }

        var problems = r.Problems;
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
        int index;
        while ((index = NextMember(ref r, format, ref seen)) >= 0)
        {
            switch ((ClaimMember)index)
            {
                case ClaimMember.Id: id = Id<T, ClaimId>(ref r); break;
                case ClaimMember.Claimant: claimant = Id<T, ActorId>(ref r); break;
                case ClaimMember.Proposition: proposition = Text(ref r); break;
                case ClaimMember.Polarity: polarity = Enum<T, ClaimPolarity>(ref r); break;
                case ClaimMember.Certainty: certainty = Enum<T, ClaimCertainty>(ref r); break;
                case ClaimMember.Statement: statement = OptionalId<T, StatementId>(ref r); break;
                case ClaimMember.About: about = ReadSubjects(ref r); break;
                case ClaimMember.Attribution: attribution = IdList<T, ActorId>(ref r); break;
                case ClaimMember.Quantities: quantities = List(ref r, ReadQuantity); break;
                case ClaimMember.Links: links = List(ref r, ReadClaimLink); break;
                case ClaimMember.Evidence: evidence = List(ref r, ReadEvidence); break;
                default: Unread(ref r); break;
            }

            r.Leave();
        }

        if (!EndObject(ref r, format, seen, problems))
        {
            return null;
        }

        try
        {
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
        catch (ArgumentException e) when (T.Reports)
        {
            Broken(ref r, e, format);
            return null;
        }
    }

    private static ClaimSubjects? ReadSubjects<T>(ref T r)
        where T : IFormatTokens, allows ref struct
    {
        var format = FormatTable.ClaimSubjects;
        if (!StartObject(ref r, format))
        {
            return null;
        }

        var problems = r.Problems;
        ImmutableArray<EventId> events = [];
        ImmutableArray<ActorId> actors = [];
        var seen = 0;
        int index;
        while ((index = NextMember(ref r, format, ref seen)) >= 0)
        {
            switch ((SubjectsMember)index)
            {
                case SubjectsMember.Events: events = IdList<T, EventId>(ref r); break;
                case SubjectsMember.Actors: actors = IdList<T, ActorId>(ref r); break;
                default: Unread(ref r); break;
            }

            r.Leave();
        }

        return EndObject(ref r, format, seen, problems) ? new ClaimSubjects { Events = events, Actors = actors } : null;
    }

    /// <summary>Reads a relation object.</summary>
    public static Relation? ReadRelation<T>(ref T r)
        where T : IFormatTokens, allows ref struct
    {
        var format = FormatTable.Relation;
        if (!StartObject(ref r, format))
        {
            return null;
        }

        var problems = r.Problems;
        RelationId id = default;
        RelationType type = default;
        ActorId source = default, target = default;
        string? role = null;
        TimeValue? time = null;
        ImmutableArray<Evidence> evidence = [];
        var seen = 0;
        int index;
        while ((index = NextMember(ref r, format, ref seen)) >= 0)
        {
            switch ((RelationMember)index)
            {
                case RelationMember.Id: id = Id<T, RelationId>(ref r); break;
                case RelationMember.Type: type = Enum<T, RelationType>(ref r); break;
                case RelationMember.Source: source = Id<T, ActorId>(ref r); break;
                case RelationMember.Target: target = Id<T, ActorId>(ref r); break;
                case RelationMember.Role: role = OptionalText(ref r); break;
                case RelationMember.Time: time = OptionalTime(ref r); break;
                case RelationMember.Evidence: evidence = List(ref r, ReadEvidence); break;
                default: Unread(ref r); break;
            }

            r.Leave();
        }

        if (!EndObject(ref r, format, seen, problems))
        {
            return null;
        }

        try
        {
            return new Relation { Id = id, Type = type, Source = source, Target = target, Role = role, Time = time, Evidence = evidence };
        }
        catch (ArgumentException e) when (T.Reports)
        {
            Broken(ref r, e, format);
            return null;
        }
    }
}
