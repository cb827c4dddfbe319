using NewsEvents.Analysis;
using NodaTime;
using static NewsEvents.Tests.Analysis.AnalysisData;

namespace NewsEvents.Tests.Analysis;

public sealed class DatasetIndexTests
{
    private static readonly Dataset Sample = Of(
        actors: [Actor("a"), Actor("b"), Actor("c"), Actor("lonely")],
        events:
        [
            Event("feb", TimeValue.Month(2019, 2), participants: [("a", ParticipantRole.Initiator), ("b", ParticipantRole.Target)]),
            Event("feb-10", TimeValue.Day(2019, 2, 10), type: EventType.Fighting, place: new Place { Name = "Tripoli", Country = "LY" }, participants: [("a", ParticipantRole.Initiator)]),
            Event("march", TimeValue.Day(2019, 3, 1), status: EventStatus.Planned, place: new Place { Name = "Moscow", Country = "RU" }),
            Event("since-2011", TimeValue.Since(TimeValue.Year(2011))),
            Event("undated", participants: [("c", ParticipantRole.Attendee), ("c", ParticipantRole.Host)]),
        ],
        statements:
        [
            Statement("s1", "a", audience: ["b"], about: ["c"]),
        ],
        claims:
        [
            Claim("k1", "a", "p", attribution: ["b", "c"], statement: "s1"),
            Claim("k2", "b", "q") with { About = new ClaimSubjects { Actors = [A("c")], Events = [new EventId("feb")] } },
        ],
        relations: [Relation("a", RelationType.Backs, "b"), Relation("c", RelationType.Opposes, "a")]);

    private readonly DatasetIndex _index = DatasetIndex.Build(Sample);

    [Fact]
    public void Finds_items_by_id_and_returns_null_for_unknown_ids()
    {
        _index.FindActor(A("a"))!.Name.Should().Be("a");
        _index.FindEvent(new EventId("feb"))!.Time.Should().Be(TimeValue.Month(2019, 2));
        _index.FindStatement(new StatementId("s1")).Should().NotBeNull();
        _index.FindClaim(new ClaimId("k2")).Should().NotBeNull();
        _index.FindRelation(new RelationId("a-backs-b")).Should().NotBeNull();
        _index.FindActor(A("nobody")).Should().BeNull();
        _index.NameOf(A("nobody")).Should().Be("nobody");
    }

    [Fact]
    public void Looks_up_an_actors_events_statements_claims_and_relations()
    {
        Ids(_index.EventsOf(A("a"))).Should().Equal("feb", "feb-10");
        Ids(_index.EventsOf(A("c"))).Should().Equal("undated"); // named twice, listed once
        _index.StatementsBy(A("a")).Select(s => s.Id.Value).Should().Equal("s1");
        _index.StatementsTo(A("b")).Select(s => s.Id.Value).Should().Equal("s1");
        _index.StatementsAbout(A("c")).Select(s => s.Id.Value).Should().Equal("s1");
        Ids(_index.ClaimsBy(A("a"))).Should().Equal("k1");
        Ids(_index.ClaimsRelayedBy(A("c"))).Should().Equal("k1");
        Ids(_index.ClaimsAbout(A("c"))).Should().Equal("k2");
        Ids(_index.ClaimsAbout(new EventId("feb"))).Should().Equal("k2");
        Ids(_index.ClaimsOf(new StatementId("s1"))).Should().Equal("k1");
        _index.RelationsOf(A("a")).Select(r => r.Id.Value).Should().Equal("a-backs-b", "c-opposes-a");
    }

    [Fact]
    public void An_actor_without_items_gets_empty_results()
    {
        _index.EventsOf(A("lonely")).Should().BeEmpty();
        _index.StatementsBy(A("lonely")).Should().BeEmpty();
        _index.ClaimsBy(A("lonely")).Should().BeEmpty();
        _index.RelationsOf(A("lonely")).Should().BeEmpty();
    }

    [Fact]
    public void Looks_up_events_by_type_status_and_place()
    {
        Ids(_index.EventsOfType(EventType.Fighting)).Should().Equal("feb-10");
        Ids(_index.EventsWithStatus(EventStatus.Planned)).Should().Equal("march");
        Ids(_index.EventsAt(" tripoli ")).Should().Equal("feb-10");
        Ids(_index.EventsInCountry("ru")).Should().Equal("march");
        _index.EventsAt("Benghazi").Should().BeEmpty();
        _index.EventsOfType(EventType.Summit).Should().BeEmpty();
    }

    [Fact]
    public void A_time_range_finds_every_event_whose_time_overlaps_it_at_its_precision()
    {
        // One day inside February: the month, the day itself and the open interval since 2011.
        Ids(_index.EventsDuring(TimeValue.Day(2019, 2, 10))).Should().Equal("since-2011", "feb", "feb-10");
        Ids(_index.EventsDuring(TimeValue.Day(2019, 2, 11))).Should().Equal("since-2011", "feb");
        Ids(_index.EventsDuring(TimeValue.Year(2010))).Should().BeEmpty();
        Ids(_index.EventsDuring(TimeValue.Until(TimeValue.Year(2011)))).Should().Equal("since-2011");
        _index.UndatedEvents.Select(e => e.Id.Value).Should().Equal("undated");
    }

    [Fact]
    public void An_instant_range_is_half_open()
    {
        var march = Instant.FromUtc(2019, 3, 1, 0, 0);
        Ids(_index.EventsDuring(march - Duration.FromDays(1), march)).Should().Equal("since-2011", "feb");
        Ids(_index.EventsDuring(march, march + Duration.FromDays(1))).Should().Equal("since-2011", "march");
    }

    [Fact]
    public void Local_times_are_read_in_the_default_zone_unless_they_carry_their_own()
    {
        var moscow = DateTimeZoneProviders.Tzdb["Europe/Moscow"];
        var dataset = Of(events:
        [
            Event("local-day", TimeValue.Day(2020, 1, 13)),
            Event("moscow-day", TimeValue.Day(2020, 1, 13) with { Zone = moscow }),
        ]);
        var utcIndex = DatasetIndex.Build(dataset);
        var lateEvening = Instant.FromUtc(2020, 1, 13, 22, 0);

        // 22:00 UTC is already the 14th in Moscow.
        Ids(utcIndex.EventsDuring(lateEvening, lateEvening + Duration.FromMinutes(1))).Should().Equal("local-day");
        var moscowIndex = DatasetIndex.Build(dataset, moscow);
        Ids(moscowIndex.EventsDuring(lateEvening, lateEvening + Duration.FromMinutes(1))).Should().BeEmpty();
        moscowIndex.DefaultZone.Should().Be(moscow);
    }

    [Fact]
    public void Citing_a_span_finds_every_item_whose_evidence_overlaps_it()
    {
        var doc = new DocumentId("doc");
        var other = new DocumentId("other");
        var dataset = Of(
            actors: [Actor("a") with { Evidence = [new Evidence(doc, 0, 5)] }],
            events: [Event("e") with { Evidence = [new Evidence(doc, 3, 20), new Evidence(other, 3, 20)] }],
            statements: [Statement("s", "a") with { Evidence = [new Evidence(doc, 20, 30)] }],
            claims: [Claim("k", "a", "p") with { Evidence = [new Evidence(doc, 25, 25)] }],
            relations: [Relation("a", RelationType.Leads, "a") with { Evidence = [new Evidence(doc, 40, 50)] }]);
        var index = DatasetIndex.Build(dataset);

        index.Citing(doc, 4, 5).Select(c => (c.Kind, c.Id)).Should().Equal((CitedKind.Actor, "a"), (CitedKind.Event, "e"));
        index.Citing(doc, 19, 26).Select(c => c.Id).Should().Equal("e", "s", "k");
        index.Citing(doc, 25, 25).Select(c => c.Id).Should().Equal("s", "k"); // a zero-length span is the code point at it
        index.Citing(doc, 30, 40).Should().BeEmpty(); // ends are exclusive
        index.Citing(new Evidence(doc, 45, 46)).Single().Kind.Should().Be(CitedKind.Relation);
        index.Citing(other, 0, 100).Single().Evidence.Document.Should().Be(other);
        index.Citing(new DocumentId("unknown"), 0, 100).Should().BeEmpty();
    }

    [Fact]
    public void Rejects_reversed_ranges()
    {
        var act = () => _index.Citing(new DocumentId("doc"), 5, 4);
        act.Should().Throw<ArgumentException>();
        var reversed = () => _index.EventsDuring(Instant.FromUtc(2020, 1, 2, 0, 0), Instant.FromUtc(2020, 1, 1, 0, 0));
        reversed.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void An_empty_dataset_gives_empty_results()
    {
        var index = DatasetIndex.Build(Empty);
        index.EventsOf(A("a")).Should().BeEmpty();
        index.EventsDuring(TimeValue.Year(2020)).Should().BeEmpty();
        index.Citing(new DocumentId("doc"), 0, 10).Should().BeEmpty();
        index.UndatedEvents.Should().BeEmpty();
    }

    [Fact]
    public void The_time_look_up_agrees_with_a_linear_scan_on_many_events()
    {
        var random = new Random(7);
        var events = Enumerable.Range(0, 500).Select(i =>
        {
            var start = new LocalDate(2020, 1, 1).PlusDays(random.Next(365));
            var time = random.Next(3) switch
            {
                0 => TimeValue.Day(start),
                1 => TimeValue.Month(start.Year, start.Month),
                _ => TimeValue.Between(TimeValue.Day(start), TimeValue.Day(start.PlusDays(random.Next(60)))),
            };
            return Event("e" + i, time);
        }).ToList();
        var index = DatasetIndex.Build(Of(events: events));
        for (var q = 0; q < 50; q++)
        {
            var from = Instant.FromUtc(2020, 1, 1, 0, 0) + Duration.FromHours(random.Next(365 * 24));
            var to = from + Duration.FromHours(random.Next(24 * 30));
            var expected = events.Where(e =>
            {
                var s = e.Time!.FirstDate!.Value.AtStartOfDayInZone(DateTimeZone.Utc).ToInstant();
                var end = e.Time!.LastDate!.Value.PlusDays(1).AtStartOfDayInZone(DateTimeZone.Utc).ToInstant();
                return s < (to == from ? to + Duration.FromTicks(1) : to) && from < end;
            }).Select(e => e.Id.Value).Order(StringComparer.Ordinal);
            index.EventsDuring(from, to).Select(e => e.Id.Value).Order(StringComparer.Ordinal).Should().Equal(expected);
        }
    }
}
