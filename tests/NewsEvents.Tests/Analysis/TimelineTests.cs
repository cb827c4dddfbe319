using NewsEvents.Analysis;
using NewsEvents.Generation;
using NodaTime;
using static NewsEvents.Tests.Analysis.AnalysisData;

namespace NewsEvents.Tests.Analysis;

public sealed class TimelineTests
{
    [Fact]
    public void Among_times_starting_together_the_finer_comes_first()
    {
        // All of these start on Friday 1 February 2019 (ISO week 2019-W05 starts Monday 28 January).
        var dataset = Of(events:
        [
            Event("year", TimeValue.Year(2019)),
            Event("month", TimeValue.Month(2019, 2)),
            Event("day", TimeValue.Day(2019, 2, 1)),
            Event("moment", TimeValue.At(new LocalDateTime(2019, 2, 1, 0, 0))),
            Event("interval", TimeValue.Between(TimeValue.Day(2019, 2, 1), TimeValue.Day(2019, 2, 28))),
        ]);

        var ids = Timeline.Build(dataset).Dated.Select(e => e.Id);

        // Year starts 1 January, so first; then by end: moment, day, then the month and the interval that
        // end together (point before interval).
        ids.Should().Equal("year", "moment", "day", "month", "interval");
    }

    [Fact]
    public void An_open_start_sorts_by_its_end_not_first()
    {
        var dataset = Of(events:
        [
            Event("by-evening", TimeValue.Parse("../2025-03-13T22:00")),
            Event("thursday", TimeValue.Day(2025, 3, 13)),
            Event("friday", TimeValue.Day(2025, 3, 14)),
            Event("last-year", TimeValue.Year(2024)),
            Event("until-thursday", TimeValue.Parse("../2025-03-13")),
        ]);

        var ids = Timeline.Build(dataset).Dated.Select(e => e.Id);

        // "Until Thursday" ends with Thursday, so it sits where Thursday ends: after the day that started at its midnight.
        ids.Should().Equal("last-year", "thursday", "by-evening", "until-thursday", "friday");
    }

    [Fact]
    public void A_week_comes_before_the_month_it_starts_in_and_after_a_day_starting_with_it()
    {
        var dataset = Of(events:
        [
            Event("w05", TimeValue.Week(2019, 5)),
            Event("jan-28", TimeValue.Day(2019, 1, 28)),
            Event("jan", TimeValue.Month(2019, 1)),
        ]);

        Timeline.Build(dataset).Dated.Select(e => e.Id).Should().Equal("jan", "jan-28", "w05");
    }

    [Fact]
    public void Equal_times_are_ordered_events_first_then_by_id()
    {
        var day = TimeValue.Day(2020, 1, 13);
        var dataset = Of(
            events: [Event("b", day), Event("a", day), Event("c", day)],
            statements: [Statement("0-statement", "x", day)]);

        var timeline = Timeline.Build(dataset, new TimelineFilter { IncludeStatements = true });

        timeline.Dated.Select(e => (e.Kind, e.Id)).Should().Equal(
            (TimelineEntryKind.Event, "a"), (TimelineEntryKind.Event, "b"), (TimelineEntryKind.Event, "c"), (TimelineEntryKind.Statement, "0-statement"));
    }

    [Fact]
    public void Dated_entries_carry_their_time_status_duration_and_span()
    {
        var moscow = DateTimeZoneProviders.Tzdb["Europe/Moscow"];
        var war = TimeValue.Between(TimeValue.Month(2019, 4), TimeValue.Day(2020, 1, 13)) with { Zone = moscow, Duration = Period.FromMonths(9) };
        var dataset = Of(
            events: [Event("war", war, EventStatus.Ongoing), Event("talks", TimeValue.Month(2020, 2), EventStatus.Planned), Event("since", TimeValue.Since(TimeValue.Year(2011)))],
            statements: [Statement("said", "x", TimeValue.Day(2020, 1, 13))]);

        var timeline = Timeline.Build(dataset, new TimelineFilter { IncludeStatements = true });

        var byId = timeline.Dated.ToDictionary(e => e.Id);
        byId["war"].Status.Should().Be(EventStatus.Ongoing);
        byId["war"].Time.Should().BeSameAs(war);
        byId["war"].Duration.Should().Be(Period.FromMonths(9));
        byId["war"].Span.Should().Be(new Interval(Instant.FromUtc(2019, 3, 31, 21, 0), Instant.FromUtc(2020, 1, 13, 21, 0)));
        byId["war"].Extent.Should().Be(NodaTime.Duration.FromDays(288));
        byId["war"].ToString().Should().Be("2019-04/2020-01-13[Europe/Moscow] for P9M [ongoing] meeting");
        byId["talks"].Status.Should().Be(EventStatus.Planned);
        byId["talks"].IsRealized.Should().BeFalse();
        byId["talks"].Duration.Should().BeNull();
        byId["talks"].Extent.Should().Be(NodaTime.Duration.FromDays(29), "February 2020, read in UTC, the index's default zone");
        byId["since"].Extent.Should().BeNull("an open end has no length");
        byId["said"].Status.Should().Be(EventStatus.Occurred, "a statement was made");
        byId["said"].Statement!.Id.Value.Should().Be("said");
        byId["said"].Entry.Should().BeSameAs(timeline.Entries.Single(e => e.Id == "said"));
    }

    [Fact]
    public void Zones_place_local_times_on_the_global_timeline()
    {
        var moscow = DateTimeZoneProviders.Tzdb["Europe/Moscow"];
        var dataset = Of(events:
        [
            Event("utc-2330", TimeValue.At(new LocalDateTime(2020, 1, 12, 23, 30))),
            Event("moscow-0100", TimeValue.At(new LocalDateTime(2020, 1, 13, 1, 0)) with { Zone = moscow }), // 22:00 UTC on the 12th
        ]);

        Timeline.Build(dataset).Dated.Select(e => e.Id).Should().Equal("moscow-0100", "utc-2330");
    }

    [Fact]
    public void Open_intervals_start_first_or_end_last()
    {
        var dataset = Of(events:
        [
            Event("since-2011", TimeValue.Since(TimeValue.Year(2011))),
            Event("2011", TimeValue.Year(2011)),
            Event("until-2010", TimeValue.Until(TimeValue.Year(2010))),
        ]);

        Timeline.Build(dataset).Dated.Select(e => e.Id).Should().Equal("until-2010", "2011", "since-2011");
    }

    [Fact]
    public void Undated_entries_are_kept_apart_and_listed_last()
    {
        var dataset = Of(
            events: [Event("z-undated"), Event("dated", TimeValue.Year(2020)), Event("a-undated")],
            statements: [Statement("s-undated", "x")]);

        var timeline = Timeline.Build(dataset, new TimelineFilter { IncludeStatements = true });

        timeline.Dated.Select(e => e.Id).Should().Equal("dated");
        timeline.Undated.Select(e => e.Id).Should().Equal("a-undated", "z-undated", "s-undated");
        timeline.Entries.Select(e => e.Id).Should().Equal("dated", "a-undated", "z-undated", "s-undated");
    }

    [Fact]
    public void Events_that_did_not_happen_are_marked_not_mixed_in()
    {
        var day = TimeValue.Day(2020, 1, 13);
        var dataset = Of(
            events:
            [
                Event("occurred", day),
                Event("ongoing", day, EventStatus.Ongoing),
                Event("planned", day, EventStatus.Planned),
                Event("cancelled", day, EventStatus.Cancelled),
                Event("failed", day, EventStatus.Failed),
                Event("hypothetical", day, EventStatus.Hypothetical),
                Event("denied", day, EventStatus.Denied),
            ],
            statements: [Statement("said", "x", day)]);

        var timeline = Timeline.Build(dataset, new TimelineFilter { IncludeStatements = true });

        timeline.Realized.Select(e => e.Id).Should().Equal("occurred", "ongoing", "said");
        timeline.Unrealized.Select(e => e.Id).Should().Equal("cancelled", "denied", "failed", "hypothetical", "planned");
        timeline.Entries.Single(e => e.Id == "planned").Status.Should().Be(EventStatus.Planned);
        timeline.Entries.Single(e => e.Id == "said").Status.Should().BeNull();
        timeline.Entries.Single(e => e.Id == "planned").ToString().Should().Contain("[planned]");
    }

    [Fact]
    public void A_disputed_event_is_kept_apart_from_what_happened_and_from_what_did_not()
    {
        var day = TimeValue.Day(2020, 1, 13);
        var dataset = Of(events:
        [
            Event("occurred", day),
            Event("disputed", day, EventStatus.Disputed, EventType.Fighting, participants: [("a", ParticipantRole.Accused)]),
            Event("denied", day, EventStatus.Denied),
        ]);

        var timeline = Timeline.Build(dataset);

        timeline.Disputed.Select(e => e.Id).Should().Equal("disputed");
        timeline.Realized.Select(e => e.Id).Should().Equal("occurred");
        timeline.Unrealized.Select(e => e.Id).Should().Equal("denied");
        timeline.Dated.Select(e => e.Id).Should().Contain("disputed", "a disputed event keeps its place in the order");
        var entry = timeline.Entries.Single(e => e.Id == "disputed");
        entry.IsDisputed.Should().BeTrue();
        entry.IsRealized.Should().BeFalse();
        entry.ToString().Should().Contain("[disputed]");
        timeline.Entries.Where(e => e.Id != "disputed").Should().OnlyContain(e => !e.IsDisputed);
    }

    [Fact]
    public void Filters_by_actor_type_status_place_and_period()
    {
        var tripoli = new Place { Name = "Tripoli", Country = "LY" };
        var dataset = Of(
            events:
            [
                Event("fight", TimeValue.Day(2020, 1, 12), type: EventType.Fighting, place: tripoli, participants: [("lna", ParticipantRole.Initiator)]),
                Event("talks", TimeValue.Day(2020, 1, 13), type: EventType.Negotiation, place: new Place { Name = "Moscow", Country = "RU" }, participants: [("haftar", ParticipantRole.Attendee)]),
                Event("summit", TimeValue.Day(2020, 1, 19), EventStatus.Planned, EventType.Summit, participants: [("haftar", ParticipantRole.Attendee)]),
                Event("old", TimeValue.Year(2011), type: EventType.Fighting, place: tripoli),
                Event("undated", type: EventType.Fighting, participants: [("haftar", ParticipantRole.Initiator)]),
            ],
            statements: [Statement("s", "haftar", TimeValue.Day(2020, 1, 13), about: ["lna"])]);
        IEnumerable<string> Ids(TimelineFilter filter) => Timeline.Build(dataset, filter).Entries.Select(e => e.Id);

        Ids(new TimelineFilter { Actors = [A("haftar")] }).Should().Equal("talks", "summit", "undated");
        Ids(new TimelineFilter { Actors = [A("haftar"), A("lna")], IncludeStatements = true }).Should().Equal("fight", "talks", "s", "summit", "undated");
        Ids(new TimelineFilter { Types = [EventType.Fighting] }).Should().Equal("old", "fight", "undated");
        Ids(new TimelineFilter { Types = [EventType.Fighting, EventType.Summit] }).Should().Equal("old", "fight", "summit", "undated");
        Ids(new TimelineFilter { Statuses = [EventStatus.Planned] }).Should().Equal("summit");
        Ids(new TimelineFilter { Place = "tripoli" }).Should().Equal("old", "fight");
        Ids(new TimelineFilter { Place = "RU" }).Should().Equal("talks");
        Ids(new TimelineFilter { Period = TimeValue.Month(2020, 1) }).Should().Equal("fight", "talks", "summit");
        Ids(new TimelineFilter { Period = TimeValue.Month(2020, 1), Types = [EventType.Fighting] }).Should().Equal("fight");
        Ids(new TimelineFilter { Period = TimeValue.Day(2020, 1, 13), IncludeStatements = true }).Should().Equal("talks", "s");
    }

    [Fact]
    public void An_empty_dataset_has_an_empty_timeline()
    {
        var timeline = Timeline.Build(Empty, new TimelineFilter { IncludeStatements = true });
        timeline.Entries.Should().BeEmpty();
        timeline.Dated.Should().BeEmpty();
        timeline.Undated.Should().BeEmpty();
        timeline.ToString().Should().BeEmpty();
    }

    [Fact]
    public void Filters_compare_by_content()
    {
        new TimelineFilter { Actors = [A("a")], Period = TimeValue.Year(2020) }
            .Should().Be(new TimelineFilter { Actors = [A("a")], Period = TimeValue.Year(2020) });
        new TimelineFilter { Actors = [A("a")] }.Should().NotBe(new TimelineFilter { Actors = [A("b")] });
    }

    [Fact]
    public void The_order_is_exactly_that_of_the_time_value_comparer_then_the_id()
    {
        var random = new Random(11);
        DateTimeZone?[] zones = [null, DateTimeZoneProviders.Tzdb["Europe/Moscow"], DateTimeZoneProviders.Tzdb["Africa/Tripoli"]];
        string?[] expressions = [null, "on Monday", "earlier this month"];
        var events = Enumerable.Range(0, 400).Select(i =>
        {
            var day = new LocalDate(2020, 1, 1).PlusDays(random.Next(20));
            var time = random.Next(6) switch
            {
                0 => TimeValue.At(day.At(new LocalTime(random.Next(3), 0))),
                1 => TimeValue.WeekOf(day),
                2 => TimeValue.Month(2020, 1),
                3 => TimeValue.Between(TimeValue.Day(day), TimeValue.Day(day.PlusDays(random.Next(3)))),
                4 => TimeValue.Since(TimeValue.Day(day)),
                _ => TimeValue.Day(day),
            };
            time = time with
            {
                Zone = zones[random.Next(zones.Length)],
                Expression = expressions[random.Next(expressions.Length)],
                IsApproximate = random.Next(4) == 0,
            };
            return Event("e" + random.Next(100).ToString("D3", System.Globalization.CultureInfo.InvariantCulture) + "-" + i, time);
        }).ToList();
        var comparer = new TimeValueComparer(DateTimeZone.Utc);

        var expected = events.OrderBy(e => e.Time!, comparer).ThenBy(e => e.Id.Value, StringComparer.Ordinal).Select(e => e.Id.Value);

        Timeline.Build(Of(events: events)).Dated.Select(e => e.Id).Should().Equal(expected);
    }

    [Fact]
    public void The_timeline_of_ten_times_the_events_allocates_about_ten_times_as_much()
    {
        // The more events, the more share a month and an expression ("in December") written on different days: the
        // sort compares their anchors, and it once allocated at each such comparison, more of them per event the
        // larger the dataset.
        static double BytesPerEvent(int events)
        {
            var index = DatasetIndex.Build(new SyntheticDatasetGenerator(
                events, SyntheticDatasetOptions.ForEvents(events) with { IncludeText = false }).GenerateDataset());
            var filter = new TimelineFilter { IncludeStatements = true };
            Timeline.Build(index, filter);
            var before = GC.GetAllocatedBytesForCurrentThread();
            Timeline.Build(index, filter);
            return (GC.GetAllocatedBytesForCurrentThread() - before) / (double)events;
        }

        var small = BytesPerEvent(3_000);
        var large = BytesPerEvent(30_000);

        large.Should().BeLessThan(1.2 * small, $"{small:N0} bytes an event for 3,000 events, {large:N0} for 30,000");
    }
}
