using NewsEvents.Analysis;
using NewsEvents.Tests.Time;
using NodaTime;
using static NewsEvents.Tests.Analysis.AnalysisData;

namespace NewsEvents.Tests.Analysis;

/// <summary>Valid datasets with times on days a clock change skipped or repeated are indexed and analysed like any other.</summary>
public sealed class TimelineZoneTransitionTests
{
    /// <summary>The dataset of the reliability report: it validates, and it once crashed every analysis.</summary>
    public const string SkippedDayDataset =
        """{"schemaVersion":"1.0","id":"x","events":[{"id":"e","type":"meeting","status":"occurred","time":{"value":"2011-12-30","zone":"Pacific/Apia"}}]}""";

    [Fact]
    public void An_event_on_the_day_samoa_skipped_is_indexed_timed_and_networked()
    {
        var dataset = NewsEventsJson.Deserialize(SkippedDayDataset);
        var transition = Instant.FromUtc(2011, 12, 30, 10, 0);

        var index = DatasetIndex.Build(dataset);
        var time = dataset.Events[0].Time!;

        time.EarliestInstant().Should().Be(transition);
        time.LatestInstant().Should().Be(transition);
        time.ToInterval().Should().Be(new Interval(transition, transition));
        index.EventsDuring(transition, transition + Duration.FromHours(1)).Should().ContainSingle();
        index.EventsDuring(TimeValue.Day(2011, 12, 31) with { Zone = time.Zone }).Should().ContainSingle();
        Timeline.Build(index).Dated.Should().ContainSingle();
        ActorNetwork.Build(index).Should().NotBeNull();
        ClaimsAnalysis.Build(index).Claims.Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(TimeValueZoneTransitionTests.WholeDayTransitions), MemberType = typeof(TimeValueZoneTransitionTests))]
    public void Events_on_every_day_around_a_whole_day_transition_are_in_calendar_order(string zoneId, string transitionText)
    {
        var zone = DateTimeZoneProviders.Tzdb[zoneId];
        var transition = NodaTime.Text.InstantPattern.ExtendedIso.Parse(transitionText).Value;
        var first = (transition - Duration.FromDays(2)).InZone(zone).Date;
        var days = Enumerable.Range(0, 5).Select(first.PlusDays).ToList();
        var dataset = Of(events: days.Select((d, i) => Event($"e{i}", TimeValue.Day(d) with { Zone = zone })));

        var index = DatasetIndex.Build(dataset);

        Timeline.Build(index).Dated.Select(e => e.Id).Should().Equal(days.Select((_, i) => $"e{i}"));
        foreach (var e in dataset.Events)
        {
            index.EventsDuring(e.Time!).Should().Contain(e, $"an event overlaps its own time ({e.Time} in {zoneId})");
        }
    }
}
