namespace NewsEvents.Parquet.Tests.TestSupport;

/// <summary>
/// A small dataset where each rule of independent sources changes a count: affiliated claimants, outlets of
/// one owner, a relation no longer in force, rival figures, another subject, another time, support links,
/// repeats, relays, and a proposition that differs only in case and white space. A query that skips a rule gets some count wrong.
/// </summary>
internal static class IndependenceRulesDataset
{
    private const string Toll = "Twelve people were killed";

    public static Dataset Build()
    {
        var attack = Day(10);
        return new Dataset
        {
            Id = new DatasetId("independence-rules"),
            Actors =
            [
                Actor("gov", ActorKind.Government), Actor("spokesman", ActorKind.Person), Actor("rebels", ActorKind.ArmedGroup),
                Actor("outlet1", ActorKind.MediaOutlet), Actor("outlet2", ActorKind.MediaOutlet), Actor("owner", ActorKind.Organization),
                Actor("former", ActorKind.Person), Actor("ministry", ActorKind.Government), Actor("rival", ActorKind.Person),
                Actor("observer", ActorKind.Organization), Actor("agency", ActorKind.MediaOutlet), Actor("x", ActorKind.Person),
                Actor("y", ActorKind.Person), Actor("lead", ActorKind.Person), Actor("militia", ActorKind.ArmedGroup),
            ],
            Events =
            [
                new Event { Id = new EventId("e1"), Type = EventType.Fighting, Status = EventStatus.Occurred, Time = attack },
                new Event { Id = new EventId("e2"), Type = EventType.Fighting, Status = EventStatus.Occurred },
            ],
            Statements =
            [
                new Statement { Id = new StatementId("st1"), Speaker = new ActorId("gov"), Channel = StatementChannel.ToldReporters, Mode = SpeechMode.ReportedSpeech, Content = "a briefing", Time = Day(20) },
            ],
            Relations =
            [
                Relation("spokesman", RelationType.HoldsOffice, "gov"),
                Relation("outlet1", RelationType.MemberOf, "owner"),
                Relation("outlet2", RelationType.MemberOf, "owner"),
                Relation("former", RelationType.HoldsOffice, "ministry", TimeValue.Year(2010)),
                Relation("rebels", RelationType.Backs, "gov"),
                Relation("lead", RelationType.Leads, "militia", TimeValue.Year(2010)),
            ],
            Claims =
            [
                Toll12("c1", "gov"),
                Toll12("c2", "spokesman") with { Quantities = [Killed(12.0m)] },
                Toll12("c3", "rebels") with { Attribution = [new ActorId("agency")] },
                Toll12("c4", "outlet1"),
                Toll12("c5", "outlet2"),
                Toll12("c6", "former"),
                Toll12("c7", "ministry"),
                Toll12("c8", "rival") with { Quantities = [Killed(31)] },
                Toll12("c9", "rival") with { About = new ClaimSubjects { Events = [new EventId("e2")] } },
                Toll12("c10", "rebels") with { Time = TimeValue.Day(2021, 6, 1) },
                Claim("c11", "observer", "The toll is credible", links: (ClaimLinkType.Supports, "c8")),
                Claim("c12", "agency", "The rebels confirmed it", links: (ClaimLinkType.Repeats, "c3")),
                Claim("c13", "observer", "The Rebels\u00A0confirmed \t it\u2003"),
                Claim("c14", "x", "It was a trap", links: (ClaimLinkType.Repeats, "c15")),
                Claim("c15", "y", "It was a trap"),
                Claim("c16", "gov", "Talks will resume") with { Statement = new StatementId("st1") },
                Claim("c17", "rebels", "Talks will resume") with { Time = Day(20) },
                Claim("c18", "owner", "Talks will resume") with { Time = TimeValue.Year(2025) },
                Claim("c19", "lead", "The militia withdrew"),
                Claim("c20", "militia", "The militia withdrew"),
            ],
        };
    }

    private static TimeValue Day(int day) => TimeValue.Day(2020, 1, day);

    private static Quantity Killed(decimal value) => new(QuantityKind.Killed, value);

    private static Actor Actor(string id, ActorKind kind) => new() { Id = new ActorId(id), Kind = kind, Name = id };

    private static Relation Relation(string source, RelationType type, string target, TimeValue? time = null) => new()
    {
        Id = new RelationId($"{source}-{target}"),
        Type = type,
        Source = new ActorId(source),
        Target = new ActorId(target),
        Time = time,
    };

    private static Claim Toll12(string id, string claimant) => Claim(id, claimant, Toll) with
    {
        Time = Day(10),
        Quantities = [Killed(12)],
        About = new ClaimSubjects { Events = [new EventId("e1")] },
    };

    private static Claim Claim(string id, string claimant, string proposition, params (ClaimLinkType Type, string Target)[] links) => new()
    {
        Id = new ClaimId(id),
        Claimant = new ActorId(claimant),
        Proposition = proposition,
        Polarity = ClaimPolarity.Positive,
        Certainty = ClaimCertainty.Certain,
        Links = [.. links.Select(l => new ClaimLink(l.Type, new ClaimId(l.Target)))],
    };
}
