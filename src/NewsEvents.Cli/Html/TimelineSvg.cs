using NewsEvents.Cli.Reports;
using NodaTime;

namespace NewsEvents.Cli.Html;

/// <summary>
/// Draws the dated events of the timeline on a time axis, each with its precision: a time of a day or
/// finer is a tick, a week, month or year a bar across it, an interval a bar from end to end, fading out
/// where an end is open. What took place is drawn apart from what did not, or not surely (planned,
/// cancelled, failed, hypothetical, denied, disputed), which is dashed and labelled with its status.
/// </summary>
internal static class TimelineSvg
{
    private const double Width = 900, PlotLeft = 340, PlotRight = 880, Lane = 20, AxisHeight = 40, GroupHeading = 24;

    private const int LabelCharacters = 50;

    public static void Write(TextWriter output, IReadOnlyList<TimelineEntry> dated)
    {
        var groups = new[]
        {
            (Marked: false, Heading: "Took place", Colour: HtmlPalette.Occurred, Entries: dated.Where(e => !e.IsMarked).ToList()),
            (Marked: true, Heading: "Did not, or not surely, take place (planned, cancelled, failed, hypothetical, denied, disputed)", Colour: HtmlPalette.Marked, Entries: dated.Where(e => e.IsMarked).ToList()),
        }.Where(g => g.Entries.Count > 0).ToList();
        var height = AxisHeight + groups.Sum(g => GroupHeading + (g.Entries.Count * Lane)) + 10;
        var (from, to) = Range(dated);

        output.Write($"<svg class=\"timeline\" role=\"img\" aria-labelledby=\"timeline-title\" viewBox=\"0 0 {Svg.N(Width)} {Svg.N(height)}\" width=\"{Svg.N(Width)}\" height=\"{Svg.N(height)}\" font-size=\"12\">");
        output.Write("<title id=\"timeline-title\">");
        HtmlText.Write(output, $"Timeline of {Words.Count(dated.Count, "dated event")}, each listed in the table below");
        output.Write("</title><defs>");
        foreach (var (name, colour) in new[] { ("occurred", HtmlPalette.Occurred), ("marked", HtmlPalette.Marked) })
        {
            // An open end fades out: the event runs on past what the data says, by how much is not known.
            output.Write($"<linearGradient id=\"fade-end-{name}\"><stop offset=\"0.6\" stop-color=\"{colour}\"/><stop offset=\"1\" stop-color=\"{colour}\" stop-opacity=\"0\"/></linearGradient>");
            output.Write($"<linearGradient id=\"fade-start-{name}\"><stop offset=\"0\" stop-color=\"{colour}\" stop-opacity=\"0\"/><stop offset=\"0.4\" stop-color=\"{colour}\"/></linearGradient>");
            output.Write($"<linearGradient id=\"fade-both-{name}\"><stop offset=\"0\" stop-color=\"{colour}\" stop-opacity=\"0\"/><stop offset=\"0.5\" stop-color=\"{colour}\"/><stop offset=\"1\" stop-color=\"{colour}\" stop-opacity=\"0\"/></linearGradient>");
        }

        output.Write("</defs>");
        WriteAxis(output, from, to, height);
        var y = AxisHeight;
        foreach (var group in groups)
        {
            Svg.Text(output, 0, y + 16, group.Heading, $" font-weight=\"bold\" fill=\"{group.Colour}\"");
            y += GroupHeading;
            foreach (var entry in group.Entries)
            {
                WriteLane(output, entry, y, from, to, group.Marked, group.Colour);
                y += Lane;
            }
        }

        output.Write("</svg>");
    }

    /// <summary>The first and last instants the entries reach (their open ends aside), widened to at least a day.</summary>
    private static (Instant From, Instant To) Range(IReadOnlyList<TimelineEntry> dated)
    {
        var known = dated.Where(e => e.Span is not null).SelectMany(e => new[]
        {
            e.Span!.Value.HasStart ? e.Span.Value.Start : (Instant?)null,
            e.Span.Value.HasEnd ? e.Span.Value.End : null,
        }).OfType<Instant>().ToList();
        if (known.Count == 0)
        {
            return (Instant.FromUnixTimeSeconds(0), Instant.FromUnixTimeSeconds(0) + Duration.FromDays(1));
        }

        var (from, to) = (known.Min(), known.Max());
        var margin = Duration.Max(Duration.FromHours(12), (to - from) / 50);
        return (from - margin, to + margin);
    }

    private static double X(Instant at, Instant from, Instant to) =>
        PlotLeft + ((PlotRight - PlotLeft) * ((at - from).TotalTicks / (to - from).TotalTicks));

    private static void WriteAxis(TextWriter output, Instant from, Instant to, double height)
    {
        var (first, last) = (from.InUtc().Date, to.InUtc().Date);
        var days = Period.Between(first, last, PeriodUnits.Days).Days;
        var months = Period.Between(first, last, PeriodUnits.Months).Months;
        var (unit, pattern) = days > 3 * 366 ? (PeriodUnits.Years, "uuuu") : days > 62 ? (PeriodUnits.Months, "uuuu'-'MM") : (PeriodUnits.Days, "uuuu'-'MM'-'dd");
        var count = unit == PeriodUnits.Years ? days / 365 : unit == PeriodUnits.Months ? months : days;
        var step = Math.Max(1, (int)Math.Ceiling(count / 8.0));
        var tick = unit == PeriodUnits.Years ? new LocalDate(first.Year + 1, 1, 1)
            : unit == PeriodUnits.Months ? new LocalDate(first.Year, first.Month, 1).PlusMonths(1)
            : first.PlusDays(1);
        var format = NodaTime.Text.LocalDatePattern.CreateWithInvariantCulture(pattern);
        output.Write($"<line x1=\"{Svg.N(PlotLeft)}\" y1=\"28\" x2=\"{Svg.N(PlotRight)}\" y2=\"28\" stroke=\"{HtmlPalette.Rule}\"/>");
        for (; tick <= last; tick = unit == PeriodUnits.Years ? tick.PlusYears(step) : unit == PeriodUnits.Months ? tick.PlusMonths(step) : tick.PlusDays(step))
        {
            var x = X(tick.AtStartOfDayInZone(DateTimeZone.Utc).ToInstant(), from, to);
            output.Write($"<line x1=\"{Svg.N(x)}\" y1=\"22\" x2=\"{Svg.N(x)}\" y2=\"{Svg.N(height - 6)}\" stroke=\"{HtmlPalette.Panel}\"/>");
            output.Write($"<line x1=\"{Svg.N(x)}\" y1=\"22\" x2=\"{Svg.N(x)}\" y2=\"30\" stroke=\"{HtmlPalette.Rule}\"/>");
            Svg.Text(output, x, 16, format.Format(tick), $" text-anchor=\"middle\" fill=\"{HtmlPalette.Muted}\"");
        }
    }

    private static void WriteLane(TextWriter output, TimelineEntry entry, double y, Instant from, Instant to, bool marked, string colour)
    {
        var status = marked ? $"[{Words.Spaced(entry.Status)}] " : string.Empty;
        var what = entry.Summary ?? $"{Words.Spaced(entry.Type)} {entry.EventId}";
        output.Write("<a href=\"#");
        HtmlText.WriteAttribute(output, HtmlIds.Event(entry.EventId));
        output.Write("\">");
        Svg.Title(output, $"{entry.Time} {status}{what}");
        Svg.Text(output, 0, y + 14, Svg.Cut($"{entry.Time} {status}{what}", LabelCharacters), $" fill=\"{HtmlPalette.Link}\"");
        if (entry.Span is not { } span)
        {
            output.Write("</a>");
            return;
        }

        var dash = marked ? " stroke-dasharray=\"3 2\"" : string.Empty;
        var middle = y + 10;
        if (entry.Precision is TimePrecision.Instant or TimePrecision.Day && span.HasStart)
        {
            var x = X(span.HasEnd ? span.Start + ((span.End - span.Start) / 2) : span.Start, from, to);
            output.Write($"<line x1=\"{Svg.N(x)}\" y1=\"{Svg.N(middle - 8)}\" x2=\"{Svg.N(x)}\" y2=\"{Svg.N(middle + 8)}\" stroke=\"{colour}\" stroke-width=\"3\"/>");
            output.Write($"<circle cx=\"{Svg.N(x)}\" cy=\"{Svg.N(middle)}\" r=\"{(marked ? "4" : "3")}\" fill=\"{(marked ? HtmlPalette.Page : colour)}\" stroke=\"{colour}\" stroke-width=\"2\"/>");
        }
        else
        {
            var left = span.HasStart ? X(span.Start, from, to) : PlotLeft;
            var right = span.HasEnd ? X(span.End, from, to) : PlotRight;
            var name = marked ? "marked" : "occurred";
            var fill = (span.HasStart, span.HasEnd) switch
            {
                (true, true) => colour,
                (true, false) => $"url(#fade-end-{name})",
                (false, true) => $"url(#fade-start-{name})",
                _ => $"url(#fade-both-{name})",
            };
            var border = marked ? $" stroke=\"{colour}\"{dash}" : string.Empty;
            output.Write($"<rect x=\"{Svg.N(left)}\" y=\"{Svg.N(middle - 5)}\" width=\"{Svg.N(Math.Max(3, right - left))}\" height=\"10\" fill=\"{fill}\"{(marked ? " fill-opacity=\"0.55\"" : string.Empty)}{border}/>");
        }

        output.Write("</a>");
    }
}
