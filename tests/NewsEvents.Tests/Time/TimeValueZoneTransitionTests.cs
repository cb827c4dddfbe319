using NodaTime;
using NodaTime.TimeZones;

namespace NewsEvents.Tests.Time;

/// <summary>
/// Every transition of tzdb that moves the clock by a day or more (Samoa and Tokelau skipping
/// 2011-12-30, the Line and Phoenix Islands skipping 1994-12-31, Kwajalein, Manila in 1844, Alaska
/// repeating 1867-10-18...): the values on and around it have instants, in order, and cover every instant.
/// </summary>
public class TimeValueZoneTransitionTests
{
    private static readonly Duration Day = Duration.FromDays(1);

    /// <summary>Each zone interval of tzdb whose offset differs from the one before by 24 hours or more.</summary>
    public static TheoryData<string, string> WholeDayTransitions()
    {
        var data = new TheoryData<string, string>();
        foreach (var (zone, transition, _) in Transitions())
        {
            data.Add(zone.Id, transition.ToString());
        }

        return data;
    }

    private static IEnumerable<(DateTimeZone Zone, Instant Transition, Offset Before)> Transitions()
    {
        var from = Instant.FromUtc(1, 2, 1, 0, 0);
        var to = Instant.FromUtc(2200, 1, 1, 0, 0);
        foreach (var id in DateTimeZoneProviders.Tzdb.Ids)
        {
            var zone = DateTimeZoneProviders.Tzdb[id];
            ZoneInterval? previous = null;
            foreach (var interval in zone.GetZoneIntervals(from, to))
            {
                if (previous is not null && Duration.FromSeconds(Math.Abs(interval.WallOffset.Seconds - previous.WallOffset.Seconds)) >= Day)
                {
                    yield return (zone, interval.Start, previous.WallOffset);
                }

                previous = interval;
            }
        }
    }

    [Fact]
    public void Tzdb_has_the_known_whole_day_transitions()
    {
        var found = Transitions().Select(t => $"{t.Zone.Id} {t.Transition.InZone(t.Zone).Date:yyyy-MM-dd}").ToList();

        found.Should().Contain("Pacific/Apia 2011-12-31", "Samoa skipped 2011-12-30");
        found.Should().Contain("Pacific/Kiritimati 1995-01-01", "the Line Islands skipped 1994-12-31");
        found.Should().Contain("Pacific/Kwajalein 1993-08-22", "Kwajalein skipped 1993-08-21");
        found.Should().Contain("America/Sitka 1867-10-18", "Alaska repeated a day when it became American");
        found.Should().Contain("Asia/Manila 1845-01-01", "Manila skipped 1844-12-31");
    }

    [Theory]
    [MemberData(nameof(WholeDayTransitions))]
    public void Every_instant_around_the_transition_lies_in_its_local_day_and_moment(string zoneId, string transitionText)
    {
        var zone = DateTimeZoneProviders.Tzdb[zoneId];
        var transition = NodaTime.Text.InstantPattern.ExtendedIso.Parse(transitionText).Value;

        for (var t = transition - Duration.FromHours(60); t <= transition + Duration.FromHours(60); t += Duration.FromMinutes(30))
        {
            var local = t.InZone(zone).LocalDateTime;
            var day = TimeValue.Day(local.Date) with { Zone = zone };
            day.ToInterval().Contains(t).Should().BeTrue($"{t} is on {local.Date} in {zoneId}");

            var moment = TimeValue.At(local.PlusNanoseconds(-local.NanosecondOfSecond)) with { Zone = zone };
            moment.EarliestInstant()!.Value.Should().BeLessThanOrEqualTo(t);
            moment.LatestInstant()!.Value.Should().BeGreaterThanOrEqualTo(t);
        }
    }

    [Theory]
    [MemberData(nameof(WholeDayTransitions))]
    public void Days_weeks_months_and_moments_around_the_transition_have_ordered_instants(string zoneId, string transitionText)
    {
        var zone = DateTimeZoneProviders.Tzdb[zoneId];
        var transition = NodaTime.Text.InstantPattern.ExtendedIso.Parse(transitionText).Value;
        var first = (transition - Duration.FromDays(3)).InZone(zone).Date;
        var last = (transition + Duration.FromDays(3)).InZone(zone).Date;

        Instant? previousStart = null;
        Instant? previousEnd = null;
        for (var date = first; date <= last; date = date.PlusDays(1))
        {
            var day = TimeValue.Day(date) with { Zone = zone };
            var interval = day.ToInterval();
            interval.Start.Should().BeLessThanOrEqualTo(interval.End);
            day.EarliestInstant().Should().Be(interval.Start);
            day.LatestInstant()!.Value.Should().BeGreaterThanOrEqualTo(day.EarliestInstant()!.Value);
            if (previousStart is { } start && previousEnd is { } end)
            {
                interval.Start.Should().BeGreaterThanOrEqualTo(start, "days start in calendar order");
                interval.End.Should().BeGreaterThanOrEqualTo(end, "days end in calendar order");
                interval.Start.Should().BeLessThanOrEqualTo(end, "no instant falls between two days");
            }

            (previousStart, previousEnd) = (interval.Start, interval.End);

            foreach (var value in new[]
            {
                TimeValue.WeekOf(date),
                TimeValue.Month(date.Year, date.Month),
                TimeValue.Year(date.Year),
                TimeValue.At(date.AtMidnight()),
                TimeValue.At(date.At(new LocalTime(12, 0))),
                TimeValue.At(date.At(new LocalTime(23, 59, 59))),
                TimeValue.Between(TimeValue.Day(date), TimeValue.Day(date.PlusDays(1))),
                TimeValue.Since(TimeValue.Day(date)),
                TimeValue.Until(TimeValue.Day(date)),
            })
            {
                var zoned = value with { Zone = zone };
                var span = zoned.ToInterval();
                if (span.HasStart && span.HasEnd)
                {
                    zoned.EarliestInstant()!.Value.Should().BeLessThanOrEqualTo(zoned.LatestInstant()!.Value, $"{zoned} in {zoneId}");
                    value.RelationTo(TimeValue.Day(date), zone).Should().NotBe(TimeRelation.Unknown, $"{value} is placed in {zoneId}");
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(WholeDayTransitions))]
    public void A_skipped_day_is_the_empty_interval_at_the_transition_and_a_repeated_day_covers_both_passes(string zoneId, string transitionText)
    {
        var zone = DateTimeZoneProviders.Tzdb[zoneId];
        var transition = NodaTime.Text.InstantPattern.ExtendedIso.Parse(transitionText).Value;
        var before = zone.GetZoneInterval(transition - Duration.Epsilon).WallOffset;
        var after = zone.GetZoneInterval(transition).WallOffset;
        var localBefore = transition.WithOffset(before).LocalDateTime;
        var localAfter = transition.WithOffset(after).LocalDateTime;
        var (low, high) = localBefore < localAfter ? (localBefore, localAfter) : (localAfter, localBefore);

        for (var date = low.Date; date.PlusDays(1).AtMidnight() <= high; date = date.PlusDays(1))
        {
            if (date.AtMidnight() < low)
            {
                continue;
            }

            var day = TimeValue.Day(date) with { Zone = zone };
            if (after.Seconds > before.Seconds)
            {
                day.ToInterval().Should().Be(new Interval(transition, transition), $"{date} was skipped in {zoneId}");
                day.EarliestInstant().Should().Be(transition);
                day.LatestInstant().Should().Be(transition);
            }
            else
            {
                var noon = zone.MapLocal(date.At(new LocalTime(12, 0)));
                noon.Count.Should().Be(2, $"{date} was repeated in {zoneId}");
                day.ToInterval().Contains(noon.First().ToInstant()).Should().BeTrue();
                day.ToInterval().Contains(noon.Last().ToInstant()).Should().BeTrue();
            }
        }
    }

    [Fact]
    public void Moments_near_and_far_from_every_change_of_offset_have_the_instants_NodaTime_resolves()
    {
        // The first occurrence of a repeated local time, the second for the latest instant, the gap's end for a skipped one.
        var earliest = Resolvers.CreateMappingResolver(Resolvers.ReturnEarlier, Resolvers.ReturnStartOfIntervalAfter);
        var latest = Resolvers.CreateMappingResolver(Resolvers.ReturnLater, Resolvers.ReturnStartOfIntervalAfter);
        var random = new Random(15);
        var checkedMoments = 0;
        var wrong = new List<string>();
        var wholeDayChanges = Transitions().ToLookup(t => t.Zone.Id, t => t.Transition);
        foreach (var id in DateTimeZoneProviders.Tzdb.Ids)
        {
            var zone = DateTimeZoneProviders.Tzdb[id];
            var locals = new List<LocalDateTime>();
            var changes = zone.GetZoneIntervals(Instant.FromUtc(1900, 1, 1, 0, 0), Instant.FromUtc(2040, 1, 1, 0, 0))
                .Where(i => i.HasStart).Take(4).Select(i => i.Start).Concat(wholeDayChanges[id]);
            foreach (var change in changes)
            {
                // Every half hour from a day before the change to a day after, on the new clock.
                var wall = change.InZone(zone).LocalDateTime;
                for (var minutes = -26 * 60; minutes <= 26 * 60; minutes += 30)
                {
                    locals.Add(wall.PlusMinutes(minutes));
                }
            }

            for (var i = 0; i < 50; i++)
            {
                locals.Add(new LocalDateTime(1 + random.Next(9998), 1 + random.Next(12), 1 + random.Next(28), random.Next(24), random.Next(60), random.Next(60)));
            }

            foreach (var local in locals)
            {
                var moment = TimeValue.At(local) with { Zone = zone };
                if (moment.EarliestInstant() != zone.ResolveLocal(local, earliest).ToInstant()
                    || moment.LatestInstant() != zone.ResolveLocal(local, latest).ToInstant())
                {
                    wrong.Add($"{local} in {id}");
                }

                checkedMoments++;
            }
        }

        wrong.Should().BeEmpty();
        checkedMoments.Should().BeGreaterThan(100_000);
    }
}
