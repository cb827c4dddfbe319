using NodaTime;

namespace NewsEvents.Tests.Docs;

/// <summary>
/// A dataset that uses every member of the format and every value of every enumeration, so that
/// checking its canonical JSON against the schema checks the schema against everything the writer writes.
/// </summary>
internal static class RichDataset
{
    public const string Text =
        "MOSCOW (Reuters) - Libya's rival leaders held indirect talks in Moscow on Monday, Russia's foreign minister Sergei Lavrov said. " +
        "«Переговоры» lasted about eight hours 🙂. At least 12 people were killed near Tripoli, the ministry said.";

    public static Dataset Create()
    {
        var doc = new DocumentId("moscow-times-2020-01-13");
        var bare = new DocumentId("gdelt-offsets-only");
        var moscow = DateTimeZoneProviders.Tzdb["Europe/Moscow"];
        var document = new Document
        {
            Id = doc,
            Url = "https://example.org/news/2020/01/13/libya-talks",
            Title = "Libya's Rivals Hold Talks in Moscow",
            Publisher = "The Moscow Times",
            Agency = "Reuters",
            Byline = "By Reuters",
            Credits = ["AP / TASS"],
            Published = TimeValue.At(new LocalDateTime(2020, 1, 13, 21, 5)) with { Zone = moscow },
            Language = "en-GB",
            Text = Text,
        };
        var offsetsOnly = new Document { Id = bare, Url = "http://example.org/gdelt/1", Attributes = [new("gdelt:MentionType", AttributeValue.FromNumber("1"))] };
        SourceAttributes attributes = [new("gdelt:GoldsteinScale", AttributeValue.FromNumber("-2.0")), new("gdelt:ActionGeo_FullName", AttributeValue.FromText("Moscow")), new("acled:civilian_targeting", AttributeValue.FromBoolean(false))];
        var evidence = Evidence.Find(doc, Text, "Sergei Lavrov");

        var actorKinds = Enum.GetValues<ActorKind>();
        var actors = actorKinds.Select((kind, i) => new Actor
        {
            Id = new ActorId($"actor-{i}"),
            Kind = kind,
            Name = $"Actor {kind}",
        }).ToList();
        actors[0] = actors[0] with
        {
            Name = "Sergei Lavrov",
            Aliases = ["Lavrov"],
            Country = "RU",
            Codes =
            [
                new ExternalCode(CodeScheme.CameoActor, "RUSGOV"),
                ExternalCode.Wikidata("Q81750"),
                new ExternalCode(CodeScheme.Iso3166, "RU"),
            ],
            Evidence = [evidence, new Evidence(bare, 10, 25) { Attributes = [new("gdelt:Confidence", AttributeValue.FromNumber("50"))] }],
            Attributes = attributes,
        };

        var place = new Place
        {
            Name = "Moscow",
            Country = "RU",
            Precision = PlacePrecision.City,
            Coordinates = new GeoPoint(55.7558, 37.6173),
            Codes = [new ExternalCode(CodeScheme.GeoNames, "524901"), ExternalCode.Wikidata("Q649")],
        };

        var times = new[]
        {
            TimeValue.Year(2019),
            TimeValue.Month(2019, 2) with { Expression = "February 2019" },
            TimeValue.Week(2020, 3),
            TimeValue.Day(2020, 1, 13) with { Zone = moscow, Expression = "on Monday", Anchor = TimeValue.Day(2020, 1, 13) },
            TimeValue.At(new LocalDateTime(2020, 1, 14, 6, 0, 30)),
            TimeValue.At(new OffsetDateTime(new LocalDateTime(2020, 1, 13, 9, 30), Offset.FromHours(3))),
            TimeValue.At(Instant.FromUtc(2020, 1, 13, 6, 30)),
            TimeValue.Since(TimeValue.Year(2011)) with { Expression = "since 2011", Anchor = TimeValue.Day(2020, 1, 13) },
            TimeValue.Until(TimeValue.At(new LocalDateTime(2020, 1, 14, 12, 0))) with { Zone = moscow, Expression = "until Tuesday morning", IsApproximate = true },
            TimeValue.Between(TimeValue.Month(2019, 4), TimeValue.Day(2020, 1, 13)) with { Duration = Period.FromMonths(9) },
            TimeValue.Day(2020, 1, 13) with { Duration = Period.FromHours(8), IsApproximate = true, Anchor = TimeValue.At(Instant.FromUtc(2020, 1, 13, 6, 30)) },
        };

        var types = Enum.GetValues<EventType>();
        var statuses = Enum.GetValues<EventStatus>();
        var roles = Enum.GetValues<ParticipantRole>();
        var linkTypes = Enum.GetValues<EventLinkType>();
        var qualifiers = Enum.GetValues<QuantityQualifier>();
        var kinds = Enum.GetValues<QuantityKind>();
        var events = types.Select((type, i) => new Event
        {
            Id = new EventId($"event-{i}"),
            Type = type,
            Status = statuses[i % statuses.Length],
            Time = times[i % times.Length],
        }).ToList();
        events[0] = events[0] with
        {
            Summary = "Libya peace talks in Moscow",
            Place = place,
            Participants = [.. roles.Select((role, i) => new Participant(actors[i % actors.Count].Id, role))],
            Codes =
            [
                ExternalCode.Cameo("046"),
                ExternalCode.Plover("CONSULT"),
                new ExternalCode(CodeScheme.PloverMode, "future"),
                new ExternalCode(CodeScheme.AcledEventType, "Strategic developments"),
            ],
            Quantities =
            [
                .. kinds.Select((kind, i) => new Quantity(kind, value: 8 + i, qualifier: qualifiers[i % qualifiers.Length], unit: "hours", text: "about eight hours")),
                new Quantity(QuantityKind.Killed, min: 12, qualifier: QuantityQualifier.AtLeast, text: "At least 12"),
                new Quantity(QuantityKind.Killed, min: 10.5m, max: 12.50m),
                new Quantity(QuantityKind.Injured, max: 30, qualifier: QuantityQualifier.AtMost),
            ],
            Links = [.. linkTypes.Select((type, i) => new EventLink(type, events[i + 1].Id))],
            Evidence = [Evidence.Find(doc, Text, "indirect talks in Moscow")],
            Attributes = attributes,
        };

        events[1] = events[1] with { Place = new Place { Name = "Libya", Country = "LY", Precision = PlacePrecision.Country } };
        events[2] = events[2] with { Place = new Place { Name = "western Libya", Precision = PlacePrecision.Region } };

        var statement = new Statement
        {
            Id = new StatementId("statement-0"),
            Speaker = actors[0].Id,
            Channel = StatementChannel.ToldReporters,
            Mode = SpeechMode.ReportedSpeech,
            Content = "Libya's rival leaders held indirect talks in Moscow.",
            Time = times[3],
            Place = place with { Precision = PlacePrecision.Point, Name = "a Moscow mansion" },
            Audience = [actors[1].Id],
            About = [actors[2].Id, actors[3].Id],
            Evidence = [Evidence.Find(doc, Text, "Переговоры")],
            Attributes = attributes,
        };
        var statements = new List<Statement> { statement };
        var channels = Enum.GetValues<StatementChannel>();
        var modes = Enum.GetValues<SpeechMode>();
        for (var i = 1; i < channels.Length; i++)
        {
            statements.Add(new Statement
            {
                Id = new StatementId($"statement-{i}"),
                Speaker = actors[i % actors.Count].Id,
                Channel = channels[i],
                Mode = modes[i % modes.Length],
                Content = $"Words number {i}.",
            });
        }

        var polarities = Enum.GetValues<ClaimPolarity>();
        var certainties = Enum.GetValues<ClaimCertainty>();
        var claimLinks = Enum.GetValues<ClaimLinkType>();
        var claims = certainties.Select((certainty, i) => new Claim
        {
            Id = new ClaimId($"claim-{i}"),
            Claimant = actors[i % actors.Count].Id,
            Proposition = "At least 12 people were killed near Tripoli",
            Polarity = polarities[i % polarities.Length],
            Certainty = certainty,
        }).ToList();
        claims[1] = claims[1] with { Time = TimeValue.Day(2020, 1, 13) };
        claims[0] = claims[0] with
        {
            Statement = statement.Id,
            About = new ClaimSubjects { Events = [events[0].Id], Actors = [actors[2].Id] },
            Attribution = [actors[5].Id, actors[6].Id],
            Quantities = [new Quantity(QuantityKind.Killed, min: 12, qualifier: QuantityQualifier.AtLeast, text: "At least 12")],
            Links = [.. claimLinks.Select((type, i) => new ClaimLink(type, claims[i + 1].Id))],
            Evidence = [Evidence.Find(doc, Text, "At least 12 people were killed")],
            Attributes = attributes,
        };

        var relations = Enum.GetValues<RelationType>().Select((type, i) => new Relation
        {
            Id = new RelationId($"relation-{i}"),
            Type = type,
            Source = actors[i % actors.Count].Id,
            Target = actors[(i + 1) % actors.Count].Id,
        }).ToList();
        relations[1] = relations[1] with
        {
            Source = actors[0].Id,
            Target = actors[4].Id,
            Role = "Foreign Minister",
            Time = TimeValue.Since(TimeValue.Year(2004)),
            Evidence = [Evidence.Find(doc, Text, "Russia's foreign minister Sergei Lavrov")],
            Attributes = attributes,
        };

        return new Dataset
        {
            Id = new DatasetId("rich-sample"),
            Title = "Every member of the format",
            Metadata = new DatasetMetadata
            {
                Description = "A dataset that uses every member and every enumeration value.",
                Coders = ["NewsEvents tests"],
                Coded = TimeValue.Day(2026, 1, 1),
                License = "CC-BY-4.0",
                Codebooks = [new Codebook { Name = "CAMEO", Version = "1.1b3" }, new Codebook { Name = "PLOVER", Version = "0.5b1" }],
                SourceFiles = ["libya-talks.txt"],
                Citation = "The NewsEvents developers (2026).",
            },
            Documents = [document, offsetsOnly],
            Actors = [.. actors],
            Events = [.. events],
            Statements = [.. statements],
            Claims = [.. claims],
            Relations = [.. relations],
        };
    }
}
