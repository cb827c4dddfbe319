using System.Collections.Immutable;

namespace NewsEvents.Tests.Analysis;

/// <summary>Small hand-built datasets for the analysis tests.</summary>
internal static class AnalysisData
{
    public static Dataset Of(
        IEnumerable<Actor>? actors = null,
        IEnumerable<Event>? events = null,
        IEnumerable<Statement>? statements = null,
        IEnumerable<Claim>? claims = null,
        IEnumerable<Relation>? relations = null,
        IEnumerable<Document>? documents = null) => new()
        {
            Id = new DatasetId("test"),
            Actors = [.. actors ?? []],
            Events = [.. events ?? []],
            Statements = [.. statements ?? []],
            Claims = [.. claims ?? []],
            Relations = [.. relations ?? []],
            Documents = [.. documents ?? []],
        };

    public static Dataset Empty => Of();

    public static ActorId A(string id) => new(id);

    public static Actor Actor(string id, string? name = null, ActorKind kind = ActorKind.Person) =>
        new() { Id = new ActorId(id), Name = name ?? id, Kind = kind };

    public static Event Event(
        string id,
        TimeValue? time = null,
        EventStatus status = EventStatus.Occurred,
        EventType type = EventType.Meeting,
        Place? place = null,
        params (string Actor, ParticipantRole Role)[] participants) => new()
        {
            Id = new EventId(id),
            Type = type,
            Status = status,
            Time = time,
            Place = place,
            Participants = [.. participants.Select(p => new Participant(new ActorId(p.Actor), p.Role))],
        };

    public static Statement Statement(
        string id,
        string speaker,
        TimeValue? time = null,
        StatementChannel channel = StatementChannel.ToldReporters,
        SpeechMode mode = SpeechMode.ReportedSpeech,
        string[]? audience = null,
        string[]? about = null) => new()
        {
            Id = new StatementId(id),
            Speaker = new ActorId(speaker),
            Channel = channel,
            Mode = mode,
            Content = $"what {speaker} said ({id})",
            Time = time,
            Audience = [.. (audience ?? []).Select(a => new ActorId(a))],
            About = [.. (about ?? []).Select(a => new ActorId(a))],
        };

    public static Claim Claim(
        string id,
        string claimant,
        string proposition,
        ClaimPolarity polarity = ClaimPolarity.Positive,
        string[]? attribution = null,
        string? statement = null,
        params (ClaimLinkType Type, string Target)[] links) => new()
        {
            Id = new ClaimId(id),
            Claimant = new ActorId(claimant),
            Proposition = proposition,
            Polarity = polarity,
            Certainty = ClaimCertainty.Certain,
            Attribution = [.. (attribution ?? []).Select(a => new ActorId(a))],
            Statement = statement is null ? null : new StatementId(statement),
            Links = [.. links.Select(l => new ClaimLink(l.Type, new ClaimId(l.Target)))],
        };

    public static Relation Relation(string source, RelationType type, string target, string? id = null) => new()
    {
        Id = new RelationId(id ?? $"{source}-{type}-{target}".ToLowerInvariant()),
        Type = type,
        Source = new ActorId(source),
        Target = new ActorId(target),
    };

    public static ImmutableArray<string> Ids(IEnumerable<Event> events) => [.. events.Select(e => e.Id.Value)];

    public static ImmutableArray<string> Ids(IEnumerable<Claim> claims) => [.. claims.Select(c => c.Id.Value)];
}
