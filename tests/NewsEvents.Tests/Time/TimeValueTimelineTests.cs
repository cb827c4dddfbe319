using NodaTime;

namespace NewsEvents.Tests.Time;

public class TimeValueTimelineTests
{
    private static readonly DateTimeZone Moscow = DateTimeZoneProviders.Tzdb["Europe/Moscow"];
    private static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];

    private static TimeValue V(string text) => TimeValue.Parse(text);

    [Theory]
    [InlineData("2019-02", "2019-02-14", TimeRelation.Contains)]
    [InlineData("2019-02-14", "2019-02", TimeRelation.During)]
    [InlineData("2019-02", "2019-02", TimeRelation.Equal)]
    [InlineData("2020-W03", "2020-01-13/2020-01-19", TimeRelation.Equal)]
    [InlineData("2020", "2020-01/2020-12", TimeRelation.Equal)]
    [InlineData("2020-01-13", "2020-01-14", TimeRelation.Meets)]
    [InlineData("2020-01-14", "2020-01-13", TimeRelation.MetBy)]
    [InlineData("2020-01-13", "2020-01-15", TimeRelation.Before)]
    [InlineData("2020-01-15", "2020-01-13", TimeRelation.After)]
    [InlineData("2019", "2019-12-31", TimeRelation.Contains)]
    [InlineData("2020-01", "2020-W01", TimeRelation.Overlaps)]
    [InlineData("2020-W01", "2020-01", TimeRelation.Overlaps)]
    [InlineData("2019-12", "2020-W01", TimeRelation.Overlaps)]
    [InlineData("2020-01-14T06:00/2020-01-14T12:00", "2020-01-14T12:00/2020-01-14T18:00", TimeRelation.Overlaps)]
    [InlineData("2020-01-14T06:00", "2020-01-14", TimeRelation.During)]
    [InlineData("2020-01-14T00:00", "2020-01-14", TimeRelation.During)]
    [InlineData("2020-01-14", "2020-01-14T06:00/2020-01-14T12:00", TimeRelation.Contains)]
    [InlineData("2020-01-14T06:00", "2020-01-14T06:00", TimeRelation.Equal)]
    [InlineData("2020-01-14T06:00", "2020-01-14T06:00:01", TimeRelation.Before)]
    [InlineData("2020-01-13/2020-01-14T06:00", "2020-01-14T06:00/2020-01-15", TimeRelation.Overlaps)]
    [InlineData("2019-04/2020-01", "2020-01-31", TimeRelation.Contains)]
    [InlineData("2019-04/2020-01", "2020-02-01", TimeRelation.Meets)]
    [InlineData("2011/..", "2005", TimeRelation.After)]
    [InlineData("2011/..", "2010", TimeRelation.MetBy)]
    [InlineData("2011/..", "2019-02", TimeRelation.Unknown)]
    [InlineData("2011/..", "2011/..", TimeRelation.Unknown)]
    [InlineData("2011/..", "2011", TimeRelation.Unknown)]
    [InlineData("../2020-01-13", "2020-01-14", TimeRelation.Meets)]
    [InlineData("../2020-01-13", "2020-02", TimeRelation.Before)]
    [InlineData("../2020-01-13", "2020-01-13", TimeRelation.Unknown)]
    [InlineData("../2010", "2011/..", TimeRelation.Meets)]
    [InlineData("../2009", "2011/..", TimeRelation.Before)]
    [InlineData("2020-01-13T09:30:00+03:00", "2020-01-13T06:30:00Z", TimeRelation.Equal)]
    [InlineData("2020-01-13T09:30:00+03:00", "2020-01-13T06:31:00Z", TimeRelation.Before)]
    public void Relations_respect_precision(string a, string b, TimeRelation expected) =>
        V(a).RelationTo(V(b)).Should().Be(expected);

    [Fact]
    public void Relations_are_converse()
    {
        string[] values = ["2019-02", "2019-02-14", "2020-W01", "2020-01", "2019-12", "2011/..", "../2020-01-13", "2020-01-14T06:00", "2020-01-13/2020-01-14T06:00"];

        foreach (string a in values)
        {
            foreach (string b in values)
            {
                TimeRelation forward = V(a).RelationTo(V(b));
                TimeRelation backward = V(b).RelationTo(V(a));
                backward.Should().Be(Converse(forward), $"{a} vs {b}");
            }
        }
    }

    private static TimeRelation Converse(TimeRelation r) => r switch
    {
        TimeRelation.Before => TimeRelation.After,
        TimeRelation.After => TimeRelation.Before,
        TimeRelation.Meets => TimeRelation.MetBy,
        TimeRelation.MetBy => TimeRelation.Meets,
        TimeRelation.During => TimeRelation.Contains,
        TimeRelation.Contains => TimeRelation.During,
        _ => r,
    };

    [Fact]
    public void Local_values_in_different_zones_are_compared_on_the_global_timeline()
    {
        // 2020-01-13 in Moscow is 2020-01-12T21:00Z to 2020-01-13T21:00Z: it overlaps the 13th in London.
        var moscowDay = V("2020-01-13") with { Zone = Moscow };
        var londonDay = V("2020-01-13") with { Zone = London };
        var londonMorning = V("2020-01-13T09:00") with { Zone = London };

        moscowDay.RelationTo(londonDay).Should().Be(TimeRelation.Overlaps);
        moscowDay.RelationTo(londonMorning).Should().Be(TimeRelation.Contains);
        (V("2020-01-13T22:00") with { Zone = London }).RelationTo(moscowDay).Should().Be(TimeRelation.After);
    }

    [Fact]
    public void A_zone_less_local_value_beside_an_offset_needs_a_zone()
    {
        var local = V("2020-01-13");
        var offset = V("2020-01-13T09:30:00+03:00");

        local.RelationTo(offset).Should().Be(TimeRelation.Unknown);
        local.RelationTo(offset, Moscow).Should().Be(TimeRelation.Contains);
        local.RelationTo(offset, DateTimeZoneProviders.Tzdb["America/Los_Angeles"]).Should().Be(TimeRelation.After);
    }

    [Fact]
    public void Earliest_and_latest_instants_in_a_zone()
    {
        var february = V("2019-02");

        february.EarliestInstant(Moscow).Should().Be(Instant.FromUtc(2019, 1, 31, 21, 0));
        february.LatestInstant(Moscow).Should().Be(Instant.FromUtc(2019, 2, 28, 21, 0) - NodaTime.Duration.Epsilon);
        (february with { Zone = Moscow }).EarliestInstant().Should().Be(Instant.FromUtc(2019, 1, 31, 21, 0));
        february.ToInterval(DateTimeZone.Utc).Should().Be(new Interval(Instant.FromUtc(2019, 2, 1, 0, 0), Instant.FromUtc(2019, 3, 1, 0, 0)));
    }

    [Fact]
    public void The_own_zone_wins_over_the_default()
    {
        var day = V("2020-01-13") with { Zone = Moscow };

        day.EarliestInstant(DateTimeZone.Utc).Should().Be(Instant.FromUtc(2020, 1, 12, 21, 0));
    }

    [Fact]
    public void A_zone_less_local_value_needs_a_zone_argument()
    {
        var act = () => V("2020-01-13").EarliestInstant();

        act.Should().Throw<InvalidOperationException>()
            .WithMessage("The time value 2020-01-13 is local and has no zone: call EarliestInstant(zone), passing the zone to read it in as the argument.");
        FluentActions.Invoking(() => V("2020-01-13").ToInterval()).Should().Throw<InvalidOperationException>().WithMessage("*call ToInterval(zone)*");
        FluentActions.Invoking(() => V("2020-01-13").LatestInstant()).Should().Throw<InvalidOperationException>();
        FluentActions.Invoking(() => V("2020-01-13").ToInterval()).Should().Throw<InvalidOperationException>();
        FluentActions.Invoking(() => V("2020-01-13").EarliestInstant(null!)).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Offset_moments_need_no_zone()
    {
        var moment = V("2020-01-13T09:30:00+03:00");

        moment.EarliestInstant().Should().Be(Instant.FromUtc(2020, 1, 13, 6, 30));
        moment.LatestInstant().Should().Be(Instant.FromUtc(2020, 1, 13, 6, 30));
    }

    [Fact]
    public void Open_sides_have_no_instant()
    {
        V("2011/..").LatestInstant(Moscow).Should().BeNull();
        V("2011/..").EarliestInstant(Moscow).Should().Be(Instant.FromUtc(2010, 12, 31, 21, 0));
        V("../2011").EarliestInstant(Moscow).Should().BeNull();
        V("2011/..").ToInterval(Moscow).HasEnd.Should().BeFalse();
    }

    [Fact]
    public void A_repeated_local_moment_spans_both_occurrences()
    {
        // Europe/London repeated 01:00-02:00 on 2019-10-27.
        var ambiguous = V("2019-10-27T01:30") with { Zone = London };

        ambiguous.EarliestInstant().Should().Be(Instant.FromUtc(2019, 10, 27, 0, 30));
        ambiguous.LatestInstant().Should().Be(Instant.FromUtc(2019, 10, 27, 1, 30));
    }

    [Fact]
    public void A_skipped_local_moment_stands_at_the_end_of_the_gap()
    {
        // Europe/London skipped 01:00-02:00 on 2020-03-29: the clock went from 00:59:59 GMT to 02:00 BST.
        var skipped = V("2020-03-29T01:30") with { Zone = London };

        skipped.EarliestInstant().Should().Be(Instant.FromUtc(2020, 3, 29, 1, 0));
        skipped.LatestInstant().Should().Be(skipped.EarliestInstant());
    }

    [Fact]
    public void A_day_starts_when_the_zone_says_it_does()
    {
        // America/Sao_Paulo skipped midnight on 2018-11-04: the day began at 01:00 local.
        var saoPaulo = DateTimeZoneProviders.Tzdb["America/Sao_Paulo"];

        V("2018-11-04").EarliestInstant(saoPaulo).Should().Be(Instant.FromUtc(2018, 11, 4, 3, 0));
        V("2018-11-03").LatestInstant(saoPaulo).Should().Be(Instant.FromUtc(2018, 11, 4, 3, 0) - NodaTime.Duration.Epsilon);
    }

    [Fact]
    public void Extreme_years_have_instants_in_every_zone()
    {
        var kiritimati = DateTimeZoneProviders.Tzdb["Pacific/Kiritimati"];
        var bakerIsland = DateTimeZoneProviders.Tzdb["Etc/GMT+12"];

        V("0001").EarliestInstant(kiritimati).Should().NotBeNull();
        V("9998").LatestInstant(bakerIsland).Should().Be(Instant.FromUtc(9999, 1, 1, 12, 0) - NodaTime.Duration.Epsilon);
    }

    [Fact]
    public void Timeline_order_is_documented_and_total()
    {
        string[] expectedOrder =
        [
            "../2019-01-31",
            "2019-02-01T00:00",
            "2019-02-01",
            "2019-02-01/2019-02-01",
            "2019-02",
            "2019-02/2019-03",
            "2019-02-01/..",
            "2019-02-14",
            "2019-02-14T10:00",
            "2020",
            "2020-W01",
        ];
        var shuffled = expectedOrder.Reverse().Select(V).ToList();

        shuffled.Sort(TimeValueComparer.Utc);

        shuffled.Select(v => v.ToString()).Should().Equal(
            "../2019-01-31",
            "2019-02-01T00:00",
            "2019-02-01",
            "2019-02-01/2019-02-01",
            "2019-02",
            "2019-02/2019-03",
            "2019-02-01/..",
            "2019-02-14",
            "2019-02-14T10:00",
            "2020-W01",
            "2020");
    }

    [Fact]
    public void Order_breaks_ties_deterministically_and_agrees_with_equality()
    {
        var plain = V("2019-02");
        var withZone = plain with { Zone = DateTimeZone.Utc };
        var withExpression = plain with { Expression = "February 2019" };
        var approximate = plain with { IsApproximate = true };
        var withDuration = plain with { Duration = Period.FromMonths(1) };
        var anchored = plain with { Anchor = V("2020-01-13") };
        var comparer = TimeValueComparer.Utc;

        var values = new List<TimeValue> { withDuration, approximate, anchored, withExpression, withZone, plain };
        values.Sort(comparer);

        values.Should().Equal(plain, withDuration, approximate, anchored, withExpression, withZone);
        comparer.Compare(plain, V("2019-02")).Should().Be(0);
        comparer.Compare(null, plain).Should().BeNegative();
        comparer.Compare(plain, null).Should().BePositive();
        comparer.Compare(null, null).Should().Be(0);
    }

    [Fact]
    public void Order_uses_the_default_zone_for_zone_less_values()
    {
        var moscowMorning = V("2020-01-13T08:00") with { Zone = Moscow };
        var zoneLess = V("2020-01-13T06:00");

        // 08:00 Moscow is 05:00Z: before 06:00 read in UTC, after 06:00 read in Moscow (03:00Z).
        TimeValueComparer.Utc.Compare(moscowMorning, zoneLess).Should().BeNegative();
        new TimeValueComparer(Moscow).Compare(moscowMorning, zoneLess).Should().BePositive();
        new TimeValueComparer(Moscow).DefaultZone.Should().BeSameAs(Moscow);
        FluentActions.Invoking(() => new TimeValueComparer(null!)).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Order_is_a_total_order_over_a_mixed_set()
    {
        var values = new[]
        {
            "2019", "2019-02", "2019-02-14", "2019-W07", "2019-02-14T10:00", "2019-02-14T10:00:00+03:00", "2019-02-14T07:00:00Z",
            "2011/..", "../2019-02-14", "2019-02/2019-04", "2019-02-14/2019-02-14T12:00", "2020-01-13", "0001", "9998-12-31",
        }.Select(V).ToArray();
        var comparer = new TimeValueComparer(Moscow);

        foreach (var a in values)
        {
            comparer.Compare(a, a).Should().Be(0);
            foreach (var b in values)
            {
                Math.Sign(comparer.Compare(a, b)).Should().Be(-Math.Sign(comparer.Compare(b, a)), $"{a} vs {b}");
                (comparer.Compare(a, b) == 0).Should().Be(a.Equals(b), $"{a} vs {b}");
                foreach (var c in values)
                {
                    if (comparer.Compare(a, b) <= 0 && comparer.Compare(b, c) <= 0)
                    {
                        comparer.Compare(a, c).Should().BeLessThanOrEqualTo(0, $"{a} <= {b} <= {c}");
                    }
                }
            }
        }
    }
}
