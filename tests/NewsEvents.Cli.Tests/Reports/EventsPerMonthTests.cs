using NewsEvents.Cli.Reports;
using NodaTime;

namespace NewsEvents.Cli.Tests.Reports;

public sealed class EventsPerMonthTests
{
    [Theory]
    [InlineData("2020-01-13T22:00", "2020-01")]
    [InlineData("2020-01-13", "2020-01")]
    [InlineData("2020-W05", "2020-01")]
    [InlineData("2019-02", "2019-02")]
    [InlineData("2020-01-13T22:00/2020-01-14T04:00", "2020-01")]
    [InlineData("2020-01-31/2020-02-02", "2020-01")]
    [InlineData("2020-01-15/2020-02-14", "2020-01")]
    [InlineData("2020-01-15/2020-02-15", null)]
    [InlineData("2019-02/2019-04", null)]
    [InlineData("2011", null)]
    [InlineData("2011/..", null)]
    [InlineData("../2020-01-13", null)]
    public void A_time_of_a_month_or_less_is_counted_in_the_month_it_starts(string time, string? month)
    {
        var counted = EventsPerMonth.MonthOf(TimeValue.Parse(time));

        (counted is { } m ? EventsPerMonth.Text(m) : null).Should().Be(month);
    }

    [Fact]
    public void Months_of_the_span_are_shown_empty_ones_too_and_longer_or_undated_events_are_counted_apart()
    {
        var chart = EventsPerMonth.Of([
            ReportEvents.At("a", "2019-11-03"), ReportEvents.At("b", "2020-01-13"), ReportEvents.At("c", "2020-01"),
            ReportEvents.At("d", "2019-11/2020-01"), ReportEvents.At("e", null)]);

        var rows = chart.Rows(ReportCaps.Default);

        rows.Unit.Should().Be(ChartUnit.Month);
        rows.Shown.Should().Equal(new ChartRow("2019-11", 1), new ChartRow("2019-12", 0), new ChartRow("2020-01", 2));
        rows.More.Should().Be(0);
        (chart.Counted, chart.Longer, chart.Undated).Should().Be((3, 1, 1));
    }

    [Fact]
    public void A_span_of_more_months_than_a_section_shows_is_folded_into_years_then_decades()
    {
        var fiveYears = EventsPerMonth.Of([ReportEvents.At("a", "2015-01-10"), ReportEvents.At("b", "2019-12-10"), ReportEvents.At("c", "2019-06")]);
        var sixtyYears = EventsPerMonth.Of([ReportEvents.At("a", "1960-05-01"), ReportEvents.At("b", "2019-12-10")]);

        var years = fiveYears.Rows(ReportCaps.Default);
        years.Unit.Should().Be(ChartUnit.Year);
        years.Shown.Should().Equal(new ChartRow("2015", 1), new ChartRow("2016", 0), new ChartRow("2017", 0), new ChartRow("2018", 0), new ChartRow("2019", 2));
        fiveYears.Rows(ReportCaps.Full).Shown.Should().HaveCount(60, "--full shows every month");
        var decades = sixtyYears.Rows(ReportCaps.Default);
        decades.Unit.Should().Be(ChartUnit.Decade);
        decades.Shown.Select(r => r.Period).Should().Equal("1960s", "1970s", "1980s", "1990s", "2000s", "2010s");
    }

    [Fact]
    public void Decades_beyond_the_cap_keep_the_busiest_in_time_order_and_say_how_many_are_left_out()
    {
        var chart = EventsPerMonth.Of([
            ReportEvents.At("a", "1975-05-01"), ReportEvents.At("b", "1985-05-01"), ReportEvents.At("c", "1985-06-01"),
            ReportEvents.At("d", "1995-05-01"), ReportEvents.At("e", "1995-05-02"), ReportEvents.At("f", "1995-05-03"), ReportEvents.At("g", "2005-05-01")]);

        var rows = chart.Rows(ReportCaps.TopOf(2));

        rows.Unit.Should().Be(ChartUnit.Decade);
        rows.Shown.Should().Equal(new ChartRow("1980s", 2), new ChartRow("1990s", 3));
        rows.More.Should().Be(2);
    }

    [Fact]
    public void No_event_with_a_time_of_a_month_or_less_gives_no_bars()
    {
        var chart = EventsPerMonth.Of([ReportEvents.At("a", "2011"), ReportEvents.At("b", null)]);

        chart.Rows(ReportCaps.Default).Shown.Should().BeEmpty();
        (chart.Counted, chart.Longer, chart.Undated).Should().Be((0, 1, 1));
    }
}
