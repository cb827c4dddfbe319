using System.Collections.Immutable;
using NodaTime;

namespace NewsEvents.Tests.TestSupport;

/// <summary>
/// Hand-built model values: one sample of every model type, and the rich dataset that the golden
/// file Golden/rich.json holds (it covers every member and every enumeration value).
/// </summary>
public static class TestDatasets
{
    /// <summary>The text of the rich dataset's first document: accents, CJK, RTL and a non-BMP emoji before later spans.</summary>
    public const string ArticleText =
        "MOSCOW (Reuters) — Libya’s eastern commander Khalifa Haftar left Moscow 🇷🇺 without signing a ceasefire deal, "
        + "Russia’s foreign minister Sergei Lavrov told reporters on Tuesday. "
        + "“We will continue our efforts,” Lavrov said. "
        + "TASS reported that at least 12 people were killed near Tripoli (طرابلس). "
        + "東京の記者は「停戦」と書いた。 Ankara backs the government of Fayez al-Serraj. "
        + "Residents said the fighting lasted about eight hours. 😀";

    /// <summary>The text of the second document (the agency's wire).</summary>
    public const string WireText = "Хафтар покинул Москву, не подписав соглашение. Сотни человек вышли на улицы.";

    public static readonly DocumentId Article = new("doc-reuters");
    public static readonly DocumentId Wire = new("doc-tass");
    public static readonly DocumentId NoText = new("doc-gdelt");

    public static readonly DateTimeZone Moscow = DateTimeZoneProviders.Tzdb["Europe/Moscow"];
    public static readonly DateTimeZone Tripoli = DateTimeZoneProviders.Tzdb["Africa/Tripoli"];

    public static Evidence In(DocumentId document, string quote, int occurrence = 0) =>
        Evidence.Find(document, document == Article ? ArticleText : WireText, quote, occurrence);

    public static ActorId A(string id) => new(id);

    public static EventId E(string id) => new(id);

    public static Evidence SampleEvidence() => In(Article, "Khalifa Haftar");

    public static GeoPoint SampleGeoPoint() => new(32.8872, 13.1913);

    public static ExternalCode SampleCode() => ExternalCode.Cameo("046");

    public static Quantity SampleQuantity() => new(QuantityKind.Killed, 12m, qualifier: QuantityQualifier.AtLeast, text: "at least 12 people");

    public static Place SamplePlace() => new()
    {
        Name = "Tripoli",
        Country = "LY",
        Precision = PlacePrecision.City,
        Coordinates = SampleGeoPoint(),
        Codes = [new ExternalCode(CodeScheme.GeoNames, "2210247")],
    };

    public static TimeValue SampleTime() => TimeValue.Day(2020, 1, 13) with { Zone = Moscow, Expression = "on Tuesday", Anchor = TimeValue.Day(2020, 1, 14) };

    public static Participant SampleParticipant() => new(A("haftar"), ParticipantRole.Attendee);

    public static EventLink SampleEventLink() => new(EventLinkType.PartOf, E("talks"));

    public static ClaimLink SampleClaimLink() => new(ClaimLinkType.Supports, new ClaimId("claim-tass"));

    public static ClaimSubjects SampleSubjects() => new() { Events = [E("left")], Actors = [A("haftar")] };

    /// <summary>Source attributes of each kind, given out of order: the set keeps them ordered by name.</summary>
    public static SourceAttributes SampleAttributes() =>
    [
        new("gdelt:GoldsteinScale", AttributeValue.FromNumber("1.0")),
        new("gdelt:ActionGeo_FullName", AttributeValue.FromText("Moscow, Moskva, Russia")),
        new("acled:civilian_targeting", AttributeValue.FromBoolean(false)),
    ];

    public static Codebook SampleCodebook() => new() { Name = "CAMEO", Version = "1.1b3" };

    public static DatasetMetadata SampleMetadata() => new()
    {
        Description = "Coded from one Reuters story and one TASS wire.",
        Coders = ["A. Coder", "Б. Кодер"],
        Coded = TimeValue.Day(2020, 1, 20) with { Zone = Moscow },
        License = "CC-BY-4.0",
        Codebooks = [SampleCodebook(), new Codebook { Name = "PLOVER", Version = "0.8" }],
        SourceFiles = ["reuters-2020-01-14.txt"],
        Citation = "NewsEvents sample (2020).",
    };

    public static Document SampleDocument() => new()
    {
        Id = Article,
        Url = "https://example.org/world/libya-haftar-moscow",
        Title = "Haftar leaves Moscow without signing ceasefire deal",
        Publisher = "The Moscow Times",
        Agency = "Reuters",
        Byline = "By Reuters staff",
        Credits = ["Writing by Tom Balmforth", "Editing by Ed Osmond"],
        Published = TimeValue.At(new OffsetDateTime(new LocalDateTime(2020, 1, 14, 9, 30, 0), Offset.FromHours(3))) with { Zone = Moscow },
        Language = "en-GB",
        Text = ArticleText,
    };

    public static Actor SampleActor() => new()
    {
        Id = A("haftar"),
        Kind = ActorKind.Person,
        Name = "Khalifa Haftar",
        Aliases = ["Haftar", "خليفة حفتر"],
        Country = "LY",
        Codes = [new ExternalCode(CodeScheme.Wikidata, "Q1405440"), new ExternalCode(CodeScheme.CameoActor, "LBYMIL")],
        Evidence = [SampleEvidence()],
    };

    public static Event SampleEvent() => new()
    {
        Id = E("left"),
        Type = EventType.Travel,
        Status = EventStatus.Occurred,
        Summary = "Haftar left Moscow without signing.",
        Time = SampleTime(),
        Place = new Place { Name = "Moscow", Country = "RU", Precision = PlacePrecision.City },
        Participants = [SampleParticipant()],
        Codes = [SampleCode()],
        Quantities = [new Quantity(QuantityKind.Duration, min: 7.5m, max: 8.25m, qualifier: QuantityQualifier.About, unit: "hours")],
        Links = [SampleEventLink()],
        Evidence = [In(Article, "Khalifa Haftar left Moscow")],
    };

    public static Statement SampleStatement() => new()
    {
        Id = new StatementId("st-lavrov"),
        Speaker = A("lavrov"),
        Channel = StatementChannel.ToldReporters,
        Mode = SpeechMode.DirectQuote,
        Content = "We will continue our efforts",
        Time = TimeValue.Day(2020, 1, 14) with { Zone = Moscow },
        Place = new Place { Name = "Moscow" },
        Audience = [A("reporters")],
        About = [A("haftar")],
        Evidence = [In(Article, "“We will continue our efforts,” Lavrov said.")],
    };

    public static Claim SampleClaim() => new()
    {
        Id = new ClaimId("claim-reuters"),
        Claimant = A("lavrov"),
        Proposition = "Haftar has left Moscow",
        Polarity = ClaimPolarity.Positive,
        Certainty = ClaimCertainty.Certain,
        Statement = new StatementId("st-lavrov"),
        About = SampleSubjects(),
        Attribution = [A("moscow-times"), A("reuters")],
        Quantities = [SampleQuantity()],
        Links = [SampleClaimLink()],
        Evidence = [In(Article, "Sergei Lavrov told reporters")],
    };

    public static Relation SampleRelation() => new()
    {
        Id = new RelationId("rel-lavrov-minister"),
        Type = RelationType.HoldsOffice,
        Source = A("lavrov"),
        Target = A("russia"),
        Role = "foreign minister",
        Time = TimeValue.Since(TimeValue.Year(2004)),
        Evidence = [In(Article, "Russia’s foreign minister Sergei Lavrov")],
    };

    /// <summary>
    /// The rich dataset: every member of every type set at least once, every enumeration value
    /// used at least once, non-ASCII text throughout, and valid.
    /// </summary>
    public static Dataset Rich()
    {
        var channels = Enum.GetValues<StatementChannel>();
        var types = Enum.GetValues<EventType>();
        var statuses = Enum.GetValues<EventStatus>();
        var roles = Enum.GetValues<ParticipantRole>();
        var linkTypes = Enum.GetValues<EventLinkType>();
        var relationTypes = Enum.GetValues<RelationType>();
        var quantityKinds = Enum.GetValues<QuantityKind>();
        var qualifiers = Enum.GetValues<QuantityQualifier>();
        var precisions = Enum.GetValues<PlacePrecision>();
        var polarities = Enum.GetValues<ClaimPolarity>();
        var certainties = Enum.GetValues<ClaimCertainty>();
        var claimLinks = Enum.GetValues<ClaimLinkType>();

        (string Id, ActorKind Kind, string Name)[] others =
        [
            ("lavrov", ActorKind.Person, "Sergei Lavrov"),
            ("russia", ActorKind.State, "Russia"),
            ("reporters", ActorKind.Collective, "reporters"),
            ("moscow-times", ActorKind.MediaOutlet, "The Moscow Times"),
            ("reuters", ActorKind.MediaOutlet, "Reuters"),
            ("tass", ActorKind.MediaOutlet, "ТАСС"),
            ("residents", ActorKind.Collective, "Residents"),
            ("serraj", ActorKind.Person, "Fayez al-Serraj"),
            ("turkey", ActorKind.Government, "Turkey’s government"),
            ("lna", ActorKind.ArmedGroup, "الجيش الوطني الليبي"),
            ("un", ActorKind.InternationalOrganization, "United Nations"),
            ("red-crescent", ActorKind.Organization, "Libyan Red Crescent"),
        ];
        string[] actorIds = ["haftar", .. others.Select(o => o.Id)];
        var actors = ImmutableArray.CreateBuilder<Actor>();
        actors.Add(SampleActor());
        foreach (var (id, kind, name) in others)
        {
            actors.Add(new Actor
            {
                Id = A(id),
                Kind = kind,
                Name = name,
                Evidence = id switch
                {
                    "lavrov" => [In(Article, "Lavrov"), In(Article, "Lavrov", 1)],
                    "residents" => [In(Article, "Residents")],
                    "un" => [new Evidence(NoText, 120, 126) { Attributes = [new("gdelt:Confidence", AttributeValue.FromNumber("100")), new("gdelt:OffsetsApproximate", AttributeValue.FromBoolean(true))] }, new Evidence(NoText, 200, 206, "Salamé")],
                    _ => [],
                },
                Codes = id == "russia" ? [new ExternalCode(CodeScheme.Iso3166, "RU"), new ExternalCode(CodeScheme.CameoActor, "RUS")] : [],
                Country = id == "russia" ? "RU" : null,
                Attributes = id == "lna" ? [new("acled:inter1", AttributeValue.FromNumber("2")), new("acled:actor1", AttributeValue.FromText("الجيش الوطني الليبي"))] : default,
            });
        }

        var events = ImmutableArray.CreateBuilder<Event>();
        events.Add(SampleEvent());
        events.Add(new Event
        {
            Id = E("talks"),
            Type = EventType.Negotiation,
            Status = EventStatus.Failed,
            Time = TimeValue.Month(2020, 1) with { Expression = "this month", Anchor = TimeValue.Day(2020, 1, 14) },
            Place = SamplePlace(),
            Participants = [new Participant(A("haftar"), ParticipantRole.Initiator), new Participant(A("serraj"), ParticipantRole.Target), new Participant(A("russia"), ParticipantRole.Mediator)],
            Codes = [ExternalCode.Plover("CONSULT"), new ExternalCode(CodeScheme.PloverMode, "verbal"), new ExternalCode(CodeScheme.AcledEventType, "Strategic developments")],
            Evidence = [In(Wire, "не подписав соглашение")],
            Attributes =
            [
                new("gdelt:GoldsteinScale", AttributeValue.FromNumber("1.0")),
                new("gdelt:AvgTone", AttributeValue.FromNumber("-3.3500")),
                new("gdelt:FractionDate", AttributeValue.FromNumber("2020.0329")),
                new("gdelt:Tiny", AttributeValue.FromNumber("2.5e-3")),
                new("gdelt:NegativeZero", AttributeValue.FromNumber("-0")),
                new("gdelt:Huge", AttributeValue.FromNumber("123456789012345678901234567890.123456789")),
                new("gdelt:IsRootEvent", AttributeValue.FromBoolean(true)),
                new("gdelt:ActionGeo_FullName", AttributeValue.FromText("Москва, \"центр\" 🙂")),
                new("gdelt:Actor2KnownGroupCode", AttributeValue.FromText(string.Empty)),
                new("my-tool2:v2.note", AttributeValue.FromText("a user's own prefix")),
            ],
        });
        for (var i = 0; i < types.Length; i++)
        {
            events.Add(new Event
            {
                Id = E($"ev-{i:D2}"),
                Type = types[i],
                Status = statuses[i % statuses.Length],
                Time = (i % 5) switch
                {
                    0 => TimeValue.Year(2019),
                    1 => TimeValue.Week(2020, 3),
                    2 => TimeValue.At(new LocalDateTime(2020, 1, 14, 6, 0)) with { Zone = Tripoli, IsApproximate = true, Duration = Period.FromHours(8) },
                    3 => TimeValue.Between(TimeValue.Month(2019, 4), TimeValue.Day(2020, 1, 13)) with { Duration = Period.FromMonths(9) },
                    _ => TimeValue.At(Instant.FromUtc(2020, 1, 13, 6, 30)),
                },
                Participants = [new Participant(A(actorIds[i % actorIds.Length]), roles[i % roles.Length])],
                Quantities = [new Quantity(quantityKinds[i % quantityKinds.Length], value: i * 1.5m, qualifier: qualifiers[i % qualifiers.Length], unit: i % 2 == 0 ? "people" : null)],
                Links = [new EventLink(linkTypes[i % linkTypes.Length], E("talks"))],
                Place = new Place { Name = $"Place {i}", Precision = precisions[i % precisions.Length] },
            });
        }

        var statements = ImmutableArray.CreateBuilder<Statement>();
        statements.Add(SampleStatement());
        for (var i = 1; i < channels.Length; i++)
        {
            statements.Add(new Statement
            {
                Id = new StatementId($"st-{i}"),
                Speaker = A(actorIds[i]),
                Channel = channels[i],
                Mode = SpeechMode.ReportedSpeech,
                Content = $"Statement {i}: 停戦 continues",
                Attributes = i == 1 ? [new("polecat:Quotes", AttributeValue.FromText("«…»"))] : default,
            });
        }

        var claims = ImmutableArray.CreateBuilder<Claim>();
        claims.Add(SampleClaim());
        claims.Add(new Claim
        {
            Id = new ClaimId("claim-tass"),
            Claimant = A("tass"),
            Proposition = "At least 12 people were killed near Tripoli",
            Polarity = ClaimPolarity.Positive,
            Certainty = ClaimCertainty.Probable,
            Time = TimeValue.Day(2020, 1, 13) with { Expression = "on Monday" },
            Quantities = [new Quantity(QuantityKind.Killed, min: 12m, qualifier: QuantityQualifier.AtLeast)],
            Evidence = [In(Article, "at least 12 people were killed near Tripoli (طرابلس)")],
            Attributes = [new("acled:fatalities", AttributeValue.FromNumber("12"))],
        });
        for (var i = 0; i < polarities.Length * certainties.Length; i++)
        {
            claims.Add(new Claim
            {
                Id = new ClaimId($"claim-{i:D2}"),
                Claimant = A(actorIds[i % actorIds.Length]),
                Proposition = $"Proposition {i % 3}",
                Polarity = polarities[i % polarities.Length],
                Certainty = certainties[i / polarities.Length],
                Links = [new ClaimLink(claimLinks[i % claimLinks.Length], new ClaimId("claim-tass"))],
            });
        }

        var relations = ImmutableArray.CreateBuilder<Relation>();
        relations.Add(SampleRelation());
        for (var i = 0; i < relationTypes.Length; i++)
        {
            relations.Add(new Relation
            {
                Id = new RelationId($"rel-{i}"),
                Type = relationTypes[i],
                Source = A(actorIds[i % actorIds.Length]),
                Target = A(actorIds[(i + 1) % actorIds.Length]),
                Attributes = i == 0 ? [new("icews:Intensity", AttributeValue.FromNumber("-5.0"))] : default,
            });
        }

        return new Dataset
        {
            Id = new DatasetId("rich"),
            Title = "Haftar in Moscow — every member, every value",
            Metadata = SampleMetadata(),
            Documents =
            [
                SampleDocument(),
                new Document { Id = Wire, Publisher = "ТАСС", Language = "ru", Text = WireText, Published = TimeValue.Day(2020, 1, 14) },
                new Document
                {
                    Id = NoText,
                    Url = "http://example.com/gdelt?id=410290898",
                    Attributes = [new("gdelt:MentionType", AttributeValue.FromNumber("1")), new("gdelt:MentionDocTranslationInfo", AttributeValue.FromText("srclc:rus;eng:GT-RUS 1.0"))],
                },
            ],
            Actors = actors.ToImmutable(),
            Events = events.ToImmutable(),
            Statements = statements.ToImmutable(),
            Claims = claims.ToImmutable(),
            Relations = relations.ToImmutable(),
        };
    }

    /// <summary>The smallest dataset: an id and nothing else.</summary>
    public static Dataset Minimal() => new() { Id = new DatasetId("minimal") };
}
