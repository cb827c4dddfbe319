using NewsEvents.Cli.Html;
using NewsEvents.Cli.Reports;
using NodaTime;

namespace NewsEvents.Cli.Tests.Html;

public sealed class TimelineSvgTests
{
    private static TimelineEntry Entry(string id, TimeValue time, EventStatus status = EventStatus.Occurred) => new()
    {
        EventId = id,
        Status = status,
        Type = EventType.Fighting,
        Summary = $"summary {id}",
        Time = time.ToString(),
        Span = time.ToInterval(DateTimeZone.Utc),
        Precision = time.Precision,
        IsMarked = status is not (EventStatus.Occurred or EventStatus.Ongoing),
    };

    private static string Lane(string svg, string id)
    {
        var start = svg.IndexOf($"<a href=\"#event-{id}\">", StringComparison.Ordinal);
        return svg[start..svg.IndexOf("</a>", start, StringComparison.Ordinal)];
    }

    private static string Draw(params TimelineEntry[] entries)
    {
        using var output = new StringWriter();
        TimelineSvg.Write(output, entries);
        return output.ToString();
    }

    [Fact]
    public void A_day_is_a_tick_a_month_a_bar_and_an_open_interval_fades()
    {
        var svg = Draw(
            Entry("day", TimeValue.Day(2020, 1, 13)),
            Entry("month", TimeValue.Month(2019, 4)),
            Entry("open", TimeValue.Since(TimeValue.Year(2011))));

        Lane(svg, "day").Should().Contain("<line").And.Contain("<circle").And.NotContain("<rect");
        Lane(svg, "month").Should().Contain("<rect").And.Contain($"fill=\"{HtmlPalette.Occurred}\"");
        Lane(svg, "open").Should().Contain("fill=\"url(#fade-end-occurred)\"");
        svg.Should().Contain("<linearGradient id=\"fade-end-occurred\">");
    }

    [Fact]
    public void A_month_s_bar_is_as_wide_as_the_month()
    {
        var svg = Draw(Entry("jan", TimeValue.Month(2020, 1)), Entry("feb", TimeValue.Month(2020, 2)), Entry("day", TimeValue.Day(2020, 3, 31)));

        static double Width(string lane) => double.Parse(System.Text.RegularExpressions.Regex.Match(lane, "<rect [^>]*width=\"([0-9.]+)\"").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        (Width(Lane(svg, "jan")) / Width(Lane(svg, "feb"))).Should().BeApproximately(31.0 / 29, 0.02);
    }

    [Fact]
    public void What_did_not_take_place_is_drawn_apart_dashed_and_labelled_with_its_status()
    {
        var svg = Draw(Entry("held", TimeValue.Day(2020, 1, 13)), Entry("planned", TimeValue.Month(2020, 2), EventStatus.Planned), Entry("failed", TimeValue.Day(2020, 1, 12), EventStatus.Failed));

        var apart = svg.IndexOf("Did not, or not surely, take place", StringComparison.Ordinal);
        apart.Should().BeGreaterThan(svg.IndexOf("#event-held", StringComparison.Ordinal));
        svg.IndexOf("#event-failed", StringComparison.Ordinal).Should().BeGreaterThan(apart);
        Lane(svg, "planned").Should().Contain("[planned]").And.Contain("stroke-dasharray").And.Contain(HtmlPalette.Marked);
        Lane(svg, "failed").Should().Contain("[failed]");
    }
}
