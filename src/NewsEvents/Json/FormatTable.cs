namespace NewsEvents.Json;

/// <summary>
/// The one table of the format's objects and their members. Each object's members are the values
/// of its enumeration below: the value's name in camelCase is the member's JSON name, the order of
/// the values is the canonical order, and <see cref="MemberAttribute"/> says whether the member is
/// required and what kind of value it holds.
/// </summary>
/// <remarks>
/// The reader matches property names through these formats and requires what they require; the
/// writer takes every name from them; a newer minor version's unknown members are those no format
/// lists; <c>FormatContractTests</c> hold the model, the writer's output, the reader, the JSON
/// Schema and docs/format.md to them. Adding a member: the model property, one value here, the
/// line that reads it and the line that writes it, the schema and docs/format.md (see
/// docs/architecture.md).
/// </remarks>
internal static class FormatTable
{
    public static readonly ObjectFormat<DatasetMember> Dataset = new("dataset");
    public static readonly ObjectFormat<MetadataMember> Metadata = new("metadata", "the metadata");
    public static readonly ObjectFormat<CodebookMember> Codebook = new("codebook");
    public static readonly ObjectFormat<DocumentMember> Document = new("document");
    public static readonly ObjectFormat<ActorMember> Actor = new("actor");
    public static readonly ObjectFormat<EventMember> Event = new("event");
    public static readonly ObjectFormat<ParticipantMember> Participant = new("participant");
    public static readonly ObjectFormat<LinkMember> EventLink = new("eventLink");
    public static readonly ObjectFormat<StatementMember> Statement = new("statement");
    public static readonly ObjectFormat<ClaimMember> Claim = new("claim");
    public static readonly ObjectFormat<SubjectsMember> ClaimSubjects = new("claimSubjects", "the subjects of a claim");
    public static readonly ObjectFormat<LinkMember> ClaimLink = new("claimLink");
    public static readonly ObjectFormat<RelationMember> Relation = new("relation");
    public static readonly ObjectFormat<EvidenceMember> Evidence = new("evidence", "an evidence span");
    public static readonly ObjectFormat<PlaceMember> Place = new("place");
    public static readonly ObjectFormat<GeoPointMember> GeoPoint = new("geoPoint", "the coordinates");
    public static readonly ObjectFormat<QuantityMember> Quantity = new("quantity");
    public static readonly ObjectFormat<CodeMember> ExternalCode = new("externalCode");
    public static readonly ObjectFormat<TimeMember> TimeValue = new("timeValue");

    /// <summary>Every object of the format.</summary>
    public static IReadOnlyList<ObjectFormat> All { get; } =
    [
        Dataset, Metadata, Codebook, Document, Actor, Event, Participant, EventLink, Statement, Claim,
        ClaimSubjects, ClaimLink, Relation, Evidence, Place, GeoPoint, Quantity, ExternalCode, TimeValue,
    ];
}


internal enum DatasetMember
{
    [Member(ValueKind.String, Required = true)] SchemaVersion,
    [Member(ValueKind.String, Required = true)] Id,
    [Member(ValueKind.String)] Title,
    [Member(ValueKind.Object, Of = "metadata")] Metadata,
    [Member(ValueKind.Array, Of = "document")] Documents,
    [Member(ValueKind.Array, Of = "actor")] Actors,
    [Member(ValueKind.Array, Of = "event")] Events,
    [Member(ValueKind.Array, Of = "statement")] Statements,
    [Member(ValueKind.Array, Of = "claim")] Claims,
    [Member(ValueKind.Array, Of = "relation")] Relations,
}

internal enum MetadataMember
{
    [Member(ValueKind.String)] Description,
    [Member(ValueKind.Array)] Coders,
    [Member(ValueKind.Object, Of = "timeValue")] Coded,
    [Member(ValueKind.String)] License,
    [Member(ValueKind.Array, Of = "codebook")] Codebooks,
    [Member(ValueKind.Array)] SourceFiles,
    [Member(ValueKind.String)] Citation,
}

internal enum CodebookMember
{
    [Member(ValueKind.String, Required = true)] Name,
    [Member(ValueKind.String, Required = true)] Version,
}

internal enum DocumentMember
{
    [Member(ValueKind.String, Required = true)] Id,
    [Member(ValueKind.String)] Url,
    [Member(ValueKind.String)] Title,
    [Member(ValueKind.String)] Publisher,
    [Member(ValueKind.String)] Agency,
    [Member(ValueKind.String)] Byline,
    [Member(ValueKind.Array)] Credits,
    [Member(ValueKind.Object, Of = "timeValue")] Published,
    [Member(ValueKind.String)] Language,
    [Member(ValueKind.String)] Text,
    [Member(ValueKind.Object)] Attributes,
}

internal enum ActorMember
{
    [Member(ValueKind.String, Required = true)] Id,
    [Member(ValueKind.String, Required = true)] Kind,
    [Member(ValueKind.String, Required = true)] Name,
    [Member(ValueKind.Array)] Aliases,
    [Member(ValueKind.String)] Country,
    [Member(ValueKind.Array, Of = "externalCode")] Codes,
    [Member(ValueKind.Array, Of = "evidence")] Evidence,
    [Member(ValueKind.Object)] Attributes,
}

internal enum EventMember
{
    [Member(ValueKind.String, Required = true)] Id,
    [Member(ValueKind.String, Required = true)] Type,
    [Member(ValueKind.String, Required = true)] Status,
    [Member(ValueKind.String)] Summary,
    [Member(ValueKind.Object, Of = "timeValue")] Time,
    [Member(ValueKind.Object, Of = "place")] Place,
    [Member(ValueKind.Array, Of = "participant")] Participants,
    [Member(ValueKind.Array, Of = "externalCode")] Codes,
    [Member(ValueKind.Array, Of = "quantity")] Quantities,
    [Member(ValueKind.Array, Of = "eventLink")] Links,
    [Member(ValueKind.Array, Of = "evidence")] Evidence,
    [Member(ValueKind.Object)] Attributes,
}

internal enum ParticipantMember
{
    [Member(ValueKind.String, Required = true)] Actor,
    [Member(ValueKind.String, Required = true)] Role,
}

/// <summary>The members of an event link and of a claim link, which have one shape.</summary>
internal enum LinkMember
{
    [Member(ValueKind.String, Required = true)] Type,
    [Member(ValueKind.String, Required = true)] Target,
}

internal enum StatementMember
{
    [Member(ValueKind.String, Required = true)] Id,
    [Member(ValueKind.String, Required = true)] Speaker,
    [Member(ValueKind.String, Required = true)] Channel,
    [Member(ValueKind.String, Required = true)] Mode,
    [Member(ValueKind.String, Required = true)] Content,
    [Member(ValueKind.Object, Of = "timeValue")] Time,
    [Member(ValueKind.Object, Of = "place")] Place,
    [Member(ValueKind.Array)] Audience,
    [Member(ValueKind.Array)] About,
    [Member(ValueKind.Array, Of = "evidence")] Evidence,
    [Member(ValueKind.Object)] Attributes,
}

internal enum ClaimMember
{
    [Member(ValueKind.String, Required = true)] Id,
    [Member(ValueKind.String, Required = true)] Claimant,
    [Member(ValueKind.String, Required = true)] Proposition,
    [Member(ValueKind.String, Required = true)] Polarity,
    [Member(ValueKind.String, Required = true)] Certainty,
    [Member(ValueKind.String)] Statement,
    [Member(ValueKind.Object, Of = "timeValue")] Time,
    [Member(ValueKind.Object, Required = true, Of = "claimSubjects")] About,
    [Member(ValueKind.Array)] Attribution,
    [Member(ValueKind.Array, Of = "quantity")] Quantities,
    [Member(ValueKind.Array, Of = "claimLink")] Links,
    [Member(ValueKind.Array, Of = "evidence")] Evidence,
    [Member(ValueKind.Object)] Attributes,
}

internal enum SubjectsMember
{
    [Member(ValueKind.Array)] Events,
    [Member(ValueKind.Array)] Actors,
}

internal enum RelationMember
{
    [Member(ValueKind.String, Required = true)] Id,
    [Member(ValueKind.String, Required = true)] Type,
    [Member(ValueKind.String, Required = true)] Source,
    [Member(ValueKind.String, Required = true)] Target,
    [Member(ValueKind.String)] Role,
    [Member(ValueKind.Object, Of = "timeValue")] Time,
    [Member(ValueKind.Array, Of = "evidence")] Evidence,
    [Member(ValueKind.Object)] Attributes,
}

internal enum EvidenceMember
{
    [Member(ValueKind.String, Required = true)] Document,
    [Member(ValueKind.Integer, Required = true)] Start,
    [Member(ValueKind.Integer, Required = true)] End,
    [Member(ValueKind.String)] Quote,
    [Member(ValueKind.Object)] Attributes,
}

internal enum PlaceMember
{
    [Member(ValueKind.String, Required = true)] Name,
    [Member(ValueKind.String)] Country,
    [Member(ValueKind.String)] Precision,
    [Member(ValueKind.Object, Of = "geoPoint")] Coordinates,
    [Member(ValueKind.Array, Of = "externalCode")] Codes,
}

internal enum GeoPointMember
{
    [Member(ValueKind.Number, Required = true)] Latitude,
    [Member(ValueKind.Number, Required = true)] Longitude,
}

internal enum QuantityMember
{
    [Member(ValueKind.String, Required = true)] Kind,
    [Member(ValueKind.Number)] Value,
    [Member(ValueKind.Number)] Min,
    [Member(ValueKind.Number)] Max,
    [Member(ValueKind.String)] Qualifier,
    [Member(ValueKind.String)] Unit,
    [Member(ValueKind.String)] Text,
}

internal enum CodeMember
{
    [Member(ValueKind.String, Required = true)] Scheme,
    [Member(ValueKind.String, Required = true)] Value,
}

internal enum TimeMember
{
    [Member(ValueKind.String, Required = true)] Value,
    [Member(ValueKind.String)] Zone,
    [Member(ValueKind.String)] Expression,
    [Member(ValueKind.String)] Anchor,
    [Member(ValueKind.Boolean)] Approximate,
    [Member(ValueKind.String)] Duration,
}
