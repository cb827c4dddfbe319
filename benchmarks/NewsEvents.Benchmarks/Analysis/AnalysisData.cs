using System.Collections.Concurrent;
using NodaTime;

namespace NewsEvents.Benchmarks.Analysis;

/// <summary>
/// Synthetic datasets shaped like coded news, for the analysis benchmarks: per event 2 to 4
/// participants, 0.6 statements, 0.8 claims and 0.5 relations; times of mixed precision (moments,
/// days, weeks, months, intervals, open intervals, a tenth undated); propositions drawn from a pool
/// a quarter the size of the claims so that claims group, with negative polarity, relays, and repeats,
/// supports and contradicts links; evidence spans in documents of 20 events. Deterministic for a size.
/// Set <c>NEWSEVENTS_ANALYSIS_DATA=generator</c> to use the library's
/// <see cref="NewsEvents.Generation.SyntheticDatasetGenerator"/> (without document text) instead.
/// </summary>
public static class AnalysisData
{
    private static readonly ConcurrentDictionary<int, Dataset> Cache = new();

    private static readonly string[] Places = ["Tripoli", "Benghazi", "Misrata", "Sirte", "Moscow", "Ankara", "Berlin", "Cairo"];

    private static readonly DateTimeZone[] Zones =
    [
        DateTimeZoneProviders.Tzdb["Africa/Tripoli"], DateTimeZoneProviders.Tzdb["Europe/Moscow"], DateTimeZoneProviders.Tzdb["Europe/Berlin"],
    ];

    /// <summary>The dataset with <paramref name="events"/> events (built once per size).</summary>
    public static Dataset WithEvents(int events) => Cache.GetOrAdd(
        events,
        static size => Environment.GetEnvironmentVariable("NEWSEVENTS_ANALYSIS_DATA") == "generator"
            ? new NewsEvents.Generation.SyntheticDatasetGenerator(size, NewsEvents.Generation.SyntheticDatasetOptions.ForEvents(size) with { IncludeText = false }).GenerateDataset()
            : Generate(size));

    private static Dataset Generate(int eventCount)
    {
        var random = new Random(eventCount);
        var actorCount = Math.Max(50, eventCount / 10);
        var outlets = Math.Max(5, actorCount / 50);
        var firstDay = new LocalDate(2015, 1, 1);
        var days = 365 * 5;

        var actors = new Actor[actorCount];
        for (var i = 0; i < actorCount; i++)
        {
            actors[i] = new Actor
            {
                Id = new ActorId("a" + i),
                Kind = i < outlets ? ActorKind.MediaOutlet : (ActorKind)(random.Next(5)),
                Name = "Actor " + i,
            };
        }

        ActorId Someone() => actors[outlets + random.Next(actorCount - outlets)].Id;
        ActorId Outlet() => actors[random.Next(outlets)].Id;
        Evidence Span(int item)
        {
            var start = random.Next(5000);
            return new Evidence(new DocumentId("d" + (item / 20)), start, start + 10 + random.Next(200));
        }

        TimeValue? Time()
        {
            var day = firstDay.PlusDays(random.Next(days));
            var zone = Zones[random.Next(Zones.Length)];
            return random.Next(10) switch
            {
                0 => null,
                1 => TimeValue.At(day.At(new LocalTime(random.Next(24), random.Next(60)))) with { Zone = zone },
                2 => TimeValue.WeekOf(day),
                3 => TimeValue.Month(day.Year, day.Month) with { Zone = zone },
                4 => TimeValue.Between(TimeValue.Day(day), TimeValue.Day(day.PlusDays(random.Next(1, 90)))),
                5 => random.Next(20) == 0 ? TimeValue.Since(TimeValue.Day(day)) : TimeValue.Day(day),
                _ => TimeValue.Day(day) with { Zone = zone },
            };
        }

        var events = new Event[eventCount];
        for (var i = 0; i < eventCount; i++)
        {
            var participants = new Participant[2 + random.Next(3)];
            for (var p = 0; p < participants.Length; p++)
            {
                participants[p] = new Participant(Someone(), (ParticipantRole)random.Next(8));
            }

            events[i] = new Event
            {
                Id = new EventId("e" + i),
                Type = (EventType)random.Next(18),
                Status = random.Next(4) == 0 ? (EventStatus)random.Next(7) : EventStatus.Occurred,
                Time = Time(),
                Place = new Place { Name = Places[random.Next(Places.Length)] },
                Participants = [.. participants],
                Evidence = [Span(i)],
            };
        }

        var statements = new List<Statement>(eventCount * 6 / 10);
        for (var i = 0; i < eventCount * 6 / 10; i++)
        {
            statements.Add(new Statement
            {
                Id = new StatementId("s" + i),
                Speaker = Someone(),
                Channel = (StatementChannel)random.Next(9),
                Mode = random.Next(3) == 0 ? SpeechMode.DirectQuote : SpeechMode.ReportedSpeech,
                Content = "said " + i,
                Time = Time(),
                Audience = random.Next(2) == 0 ? [Someone()] : [],
                About = [Someone()],
                Evidence = [Span(i * 5 / 3)],
            });
        }

        var claimCount = eventCount * 8 / 10;
        var propositions = Math.Max(1, claimCount / 4);
        var claims = new List<Claim>(claimCount);
        for (var i = 0; i < claimCount; i++)
        {
            var links = new List<ClaimLink>();
            if (i > 0 && random.Next(10) == 0)
            {
                links.Add(new ClaimLink(ClaimLinkType.Repeats, new ClaimId("c" + random.Next(i))));
            }

            if (i > 0 && random.Next(20) == 0)
            {
                links.Add(new ClaimLink(random.Next(2) == 0 ? ClaimLinkType.Supports : ClaimLinkType.Contradicts, new ClaimId("c" + random.Next(i))));
            }

            claims.Add(new Claim
            {
                Id = new ClaimId("c" + i),
                Claimant = random.Next(3) == 0 ? Outlet() : Someone(),
                Proposition = "Proposition number " + random.Next(propositions),
                Polarity = random.Next(8) == 0 ? ClaimPolarity.Negative : ClaimPolarity.Positive,
                Certainty = ClaimCertainty.Certain,
                Statement = statements.Count > 0 && random.Next(2) == 0 ? statements[random.Next(statements.Count)].Id : null,
                About = new ClaimSubjects { Actors = [Someone()], Events = [events[random.Next(eventCount)].Id] },
                Attribution = random.Next(2) == 0 ? [Outlet(), Outlet()] : [Outlet()],
                Links = [.. links],
                Evidence = [Span(i * 5 / 4)],
            });
        }

        RelationType[] relationTypes = [RelationType.Backs, RelationType.Leads, RelationType.Opposes, RelationType.AlliedWith, RelationType.MemberOf, RelationType.MediatesBetween, RelationType.DeployedAlongside];
        var relations = new List<Relation>(eventCount / 2);
        for (var i = 0; i < eventCount / 2; i++)
        {
            relations.Add(new Relation
            {
                Id = new RelationId("r" + i),
                Type = relationTypes[random.Next(relationTypes.Length)],
                Source = Someone(),
                Target = Someone(),
                Evidence = [Span(i * 2)],
            });
        }

        return new Dataset
        {
            Id = new DatasetId("analysis-benchmark-" + eventCount),
            Actors = [.. actors],
            Events = [.. events],
            Statements = [.. statements],
            Claims = [.. claims],
            Relations = [.. relations],
        };
    }
}
