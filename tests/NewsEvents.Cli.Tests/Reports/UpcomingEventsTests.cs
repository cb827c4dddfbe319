namespace NewsEvents.Cli.Tests.Reports;

public sealed class UpcomingEventsTests
{
    private static readonly Event[] Events =
    [
        ReportEvents.At("held", "2020-01-20"),
        ReportEvents.At("past-plan", "2020-01-10", EventStatus.Planned),
        ReportEvents.At("today", "2020-01-13", EventStatus.Planned),
        ReportEvents.At("summit", "2020-01-19", EventStatus.Planned),
        ReportEvents.At("someday", null, EventStatus.Planned),
        ReportEvents.At("spring", "2020-03", EventStatus.Planned),
    ];

    [Fact]
    public void Planned_events_not_over_by_the_latest_publication_are_upcoming_in_time_order_those_without_a_time_last()
    {
        var upcoming = ReportEvents.Report(ReportEvents.Of(Events, [("d1", "2019-12-01"), ("d2", "2020-01-13"), ("d3", null)])).Upcoming;

        upcoming.Reference.Should().Be("2020-01-13");
        upcoming.ReferenceIsPublication.Should().BeTrue();
        upcoming.Events.Shown.Select(e => e.EventId).Should().Equal("today", "summit", "spring", "someday");
        upcoming.Earlier.Should().Be(1, "the plan for 10 January was over when the article came out");
    }

    [Fact]
    public void Without_a_publication_the_latest_time_of_something_that_took_place_is_the_reference()
    {
        var upcoming = ReportEvents.Report(ReportEvents.Of(Events)).Upcoming;

        upcoming.Reference.Should().Be("2020-01-20", "the held event is the latest reported time; planned ones do not count");
        upcoming.ReferenceIsPublication.Should().BeFalse();
        upcoming.Events.Shown.Select(e => e.EventId).Should().Equal("spring", "someday");
        upcoming.Earlier.Should().Be(3);
    }

    [Fact]
    public void Without_any_reference_every_planned_event_is_upcoming()
    {
        var upcoming = ReportEvents.Report(ReportEvents.Of(Events.Where(e => e.Status == EventStatus.Planned))).Upcoming;

        upcoming.Reference.Should().BeNull();
        upcoming.Events.Shown.Should().HaveCount(5);
        upcoming.Events.Count.Should().Be(5);
        upcoming.Earlier.Should().Be(0);
    }
}
