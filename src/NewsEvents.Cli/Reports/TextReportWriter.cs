using System.Globalization;
using NewsEvents.Analysis;

namespace NewsEvents.Cli.Reports;

/// <summary>Writes an <see cref="AnalysisReport"/> as plain text for people: sections, aligned columns, no colour.</summary>
internal static class TextReportWriter
{
    private const string Indent = "  ";

    private const int MaxNameWidth = 36;

    private const string NoTime = "no time";

    public static void Write(TextWriter output, AnalysisReport report)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(report);
        var caps = report.Caps;
        var w = new LineWriter(output);

        w.Line(report.Title is null ? $"Dataset {report.DatasetId}" : $"{report.Title} (dataset {report.DatasetId})");
        var c = report.Counts;
        w.Line(string.Join(", ",
            Words.Count(c.Documents, "document"), Words.Count(c.Actors, "actor"), Words.Count(c.Events, "event"),
            Words.Count(c.Statements, "statement"), Words.Count(c.Claims, "claim"), Words.Count(c.Relations, "relation")));

        WriteDocuments(w, report, caps);
        WriteFigures(w, report, caps);
        WriteEventsPerMonth(w, report, caps);
        WriteTimeline(w, report, caps);
        WriteMostReported(w, report);
        WriteUpcoming(w, report);
        WriteActors(w, report, caps);
        WriteSides(w, report, caps);
        WriteSpeakers(w, report, caps);
        WriteClaims(w, report, caps);
        WriteContradictions(w, report, caps);
        WriteDisputedEvents(w, report, caps);
        WriteIndependentSources(w, report, caps);
    }

    private static void WriteFigures(LineWriter w, AnalysisReport report, ReportCaps caps)
    {
        if (report.Figures.IsEmpty)
        {
            return;
        }

        w.Heading(ReportHeadings.Figures(report.Figures.Length, report.DisputedFigures));
        foreach (var g in report.Figures.Shown(caps))
        {
            var subject = g.EventId ?? $"\"{g.Proposition}\"";
            var figures = g.Figures.Join(f => $"{f.Text} ({(f.Source is { } source ? $"{source.Name}, {f.ClaimId}" : "as coded")})", " vs ");
            var notes = new List<string>();
            if (g.IsDisputed)
            {
                notes.Add(g.RangesOverlap ? "disputed, the ranges overlap" : "disputed, the ranges do not overlap");
            }

            if (g.IsSingleSource)
            {
                notes.Add("single source");
            }
            else if (g.Sources.Total > 1)
            {
                notes.Add($"{Words.Count(g.Sources.Total, "independent source")}");
            }

            w.Line($"{Indent}{subject}, {Words.Spaced(g.Kind)}: {figures}{(notes.Count == 0 ? string.Empty : $" [{string.Join("; ", notes)}]")}");
        }

        w.More(caps.More(report.Figures));
    }

    private static void WriteDisputedEvents(LineWriter w, AnalysisReport report, ReportCaps caps)
    {
        if (report.DisputedEvents.IsEmpty)
        {
            return;
        }

        w.Heading($"Disputed events ({report.DisputedEvents.Length})");
        foreach (var d in report.DisputedEvents.Shown(caps))
        {
            var what = d.Summary is null ? d.EventId : $"{d.EventId} ({d.Summary})";
            var marked = d.IsMarkedDisputed ? " [marked disputed]" : string.Empty;
            var sides = $"for: {(d.For.IsEmpty ? "no claim" : d.For.Join(a => a.Name))}; against: {(d.Against.IsEmpty ? "no claim" : d.Against.Join(a => a.Name))}";
            var numbers = d.Contradictions.IsEmpty ? string.Empty : $" (contradictions {d.Contradictions.Join(n => n.ToString(CultureInfo.InvariantCulture))})";
            w.Line($"{Indent}{what}{marked}: {sides}{numbers}");
        }

        w.More(caps.More(report.DisputedEvents));
    }

    private static void WriteIndependentSources(LineWriter w, AnalysisReport report, ReportCaps caps)
    {
        w.Heading($"Independent sources ({report.IndependentSources.Length}: claim origins that are one actor or affiliated count once)");
        foreach (var s in report.IndependentSources.Shown(caps))
        {
            w.Line($"{Indent}{s.Members.Join(m => m.Name)} ({Words.Count(s.Claims, "claim")})");
        }

        w.More(caps.More(report.IndependentSources));
    }

    private static void WriteDocuments(LineWriter w, AnalysisReport report, ReportCaps caps)
    {
        if (report.Documents.IsEmpty)
        {
            return;
        }

        w.Heading("Documents");
        foreach (var d in report.Documents.Shown(caps))
        {
            var source = string.Join(", ", new[] { d.Publisher, d.Agency is null ? null : $"via {d.Agency}", d.Published is null ? null : $"published {d.Published}" }.Where(s => s is not null));
            var title = d.Title is null ? d.Id : $"\"{d.Title}\"";
            w.Line($"{Indent}{title}{(source.Length == 0 ? string.Empty : $" ({source})")}");
        }

        w.More(caps.More(report.Documents));
    }

    private static void WriteTimeline(LineWriter w, AnalysisReport report, ReportCaps caps)
    {
        w.Heading(ReportHeadings.Timeline(report.Timeline.Length, report.MarkedEvents));
        WriteEvents(w, report.Timeline.Shown(caps));
        w.More(caps.More(report.Timeline));
    }

    private static void WriteEventsPerMonth(LineWriter w, AnalysisReport report, ReportCaps caps)
    {
        const int BarWidth = 40;
        var chart = report.EventsPerMonth;
        var rows = chart.Rows(caps);
        var unit = Words.Json(rows.Unit);
        var span = chart.Months.IsEmpty
            ? "no event has a time of a month or less"
            : $"{Words.Count(chart.Counted, "event")} from {EventsPerMonth.Text(chart.Months[0].Month)} to {EventsPerMonth.Text(chart.Months[^1].Month)}"
                + (rows.Unit == ChartUnit.Month ? string.Empty : $", by {unit}: more months than a section shows");
        var apart = new[]
        {
            chart.Longer == 0 ? null : $"{chart.Longer} with a time longer than a month",
            chart.Undated == 0 ? null : $"{chart.Undated} without a time",
        }.Where(s => s is not null).ToList();
        w.Heading($"Events per {unit} ({span}{(apart.Count == 0 ? string.Empty : $"; {string.Join(" and ", apart)} not counted")})");
        var busiest = rows.Shown.Select(r => r.Events).DefaultIfEmpty(0).Max();
        var periodWidth = rows.Shown.Select(r => r.Period.Length).DefaultIfEmpty(0).Max();
        var countWidth = busiest.ToString(CultureInfo.InvariantCulture).Length;
        foreach (var row in rows.Shown)
        {
            // Every period with events gets a bar, however small beside the busiest.
            var bar = row.Events == 0 ? 0 : Math.Max(1, (int)Math.Round((double)row.Events * BarWidth / busiest));
            w.Line($"{Indent}{row.Period.PadRight(periodWidth)}  {row.Events.ToString(CultureInfo.InvariantCulture).PadLeft(countWidth)}  {new string('\u2588', bar)}");
        }

        w.More(rows.More);
    }

    private static void WriteMostReported(LineWriter w, AnalysisReport report)
    {
        w.Heading($"Most-reported events ({report.MostReported.Count} reported more than once, counting the evidence of the event and of the claims about it)");
        var shown = report.MostReported.Shown;
        var width = TimeWidth(shown.Select(e => e.Event));
        var tallies = shown.Select(e => $"{Words.Count(e.Documents, "document")}, {Words.Count(e.Spans, "span")}").ToList();
        var tallyWidth = tallies.Select(t => t.Length).DefaultIfEmpty(0).Max();
        for (var i = 0; i < shown.Length; i++)
        {
            w.Line($"{Indent}{tallies[i].PadRight(tallyWidth)}  {EventLine(shown[i].Event, width)}");
        }

        w.More(report.MostReported.More);
    }

    private static void WriteUpcoming(LineWriter w, AnalysisReport report)
    {
        var upcoming = report.Upcoming;
        var against = upcoming.Reference is null
            ? "no publication or reported time to compare with"
            : $"after {(upcoming.ReferenceIsPublication ? "the latest publication" : "the latest reported time")}, {upcoming.Reference}";
        var earlier = upcoming.Earlier == 0 ? string.Empty : $"; {upcoming.Earlier} planned for earlier";
        w.Heading($"Upcoming planned events ({upcoming.Events.Count} {against}{earlier})");
        WriteEvents(w, upcoming.Events.Shown);
        w.More(upcoming.Events.More);
    }

    /// <summary>How wide the time column of a list of events is.</summary>
    private static int TimeWidth(IEnumerable<TimelineEntry> events) => events.Select(e => (e.Time ?? NoTime).Length).DefaultIfEmpty(0).Max();

    /// <summary>Writes each event's line, its time in a column as wide as the longest shown, then its participants under it.</summary>
    private static void WriteEvents(LineWriter w, IReadOnlyList<TimelineEntry> shown)
    {
        var width = TimeWidth(shown);
        foreach (var e in shown)
        {
            w.Line($"{Indent}{EventLine(e, width)}");
            if (!e.Participants.IsEmpty)
            {
                w.Line($"{Indent}{new string(' ', width)}  {e.Participants.Join(p => $"{p.Name} ({Words.Spaced(p.Role)})")}");
            }
        }
    }

    /// <summary>An event's time, mark, summary, duration and place.</summary>
    private static string EventLine(TimelineEntry e, int width)
    {
        var marker = e.IsMarked ? $"[{Words.Spaced(e.Status).ToUpperInvariant()}] " : string.Empty;
        var what = e.Summary ?? $"{Words.Spaced(e.Type)} {e.EventId}";
        var line = $"{(e.Time ?? NoTime).PadRight(width)}  {marker}{what}{(e.Duration is null ? string.Empty : $" (for {e.Duration})")}";
        return e.Place is null ? line : $"{line} @ {e.Place}";
    }

    private static void WriteActors(LineWriter w, AnalysisReport report, ReportCaps caps)
    {
        w.Heading($"Actors ({report.Actors.Length})");
        // Long names ("Libya's Tripoli-based internationally recognized government") overflow their
        // column rather than push every other row to the right.
        var shown = report.Actors.Shown(caps);
        var nameWidth = Math.Min(MaxNameWidth, shown.Select(a => a.Name.Length).DefaultIfEmpty(0).Max());
        var kindWidth = shown.Select(a => Words.Spaced(a.Kind).Length).DefaultIfEmpty(0).Max();
        var sideWidth = shown.Select(a => a.Side is { } n ? SideName(n).Length : 0).DefaultIfEmpty(0).Max();
        foreach (var a in shown)
        {
            var activity = string.Join(", ", new[]
            {
                a.Events == 0 ? null : Words.Count(a.Events, "event"),
                a.Statements == 0 ? null : Words.Count(a.Statements, "statement"),
                a.Claims == 0 ? null : Words.Count(a.Claims, "claim"),
                a.Relations == 0 ? null : Words.Count(a.Relations, "relation"),
            }.Where(s => s is not null));
            var side = a.Side is { } n ? string.Create(CultureInfo.InvariantCulture, $"side {n}") : string.Empty;
            w.Line($"{Indent}{a.Name.PadRight(nameWidth)}  {Words.Spaced(a.Kind).PadRight(kindWidth)}  {(a.Country ?? string.Empty).PadRight(2)}  {side.PadRight(sideWidth)}  {activity}".TrimEnd());
        }

        w.More(caps.More(report.Actors));
    }

    private static void WriteSides(LineWriter w, AnalysisReport report, ReportCaps caps)
    {
        w.Heading($"Sides ({Words.Count(report.Sides.Length, "side")}, {Words.Count(report.Mediators.Length, "mediator")})");
        foreach (var side in caps.Shown(report.Sides, ReportImportance.Of))
        {
            var opposes = side.Opposes.IsEmpty ? string.Empty : $"; opposes {side.Opposes.Join(SideName)}";
            w.Line($"{Indent}{SideName(side.Number)}: {side.Members.Join(m => m.Name)}{opposes}");
        }

        w.More(caps.More(report.Sides));

        foreach (var m in caps.Shown(report.Mediators, ReportImportance.Of))
        {
            var sides = m.BetweenSides.IsEmpty ? string.Empty : $"{m.BetweenSides.Join(SideName, " and ")}: ";
            var own = m.Side is { } n ? $" (itself on {SideName(n)})" : string.Empty;
            var between = m.Between.IsEmpty ? " (no parties named)" : $", between {sides}{m.Between.Join(b => b.Name)}";
            var hosts = m.Hosts.IsEmpty ? string.Empty : $"; hosted by {m.Hosts.Join(h => h.Name)}";
            var backers = m.Backers.IsEmpty ? string.Empty : $"; backed by {m.Backers.Join(b => b.Name)}";
            w.Line($"{Indent}mediator {m.Actor.Name}{own}{between}{hosts}{backers}");
        }

        w.More(caps.More(report.Mediators));
    }

    private static string SideName(int number) => string.Create(CultureInfo.InvariantCulture, $"side {number}");

    private static void WriteSpeakers(LineWriter w, AnalysisReport report, ReportCaps caps)
    {
        w.Heading(ReportHeadings.WhoSaidWhat(report.SpokenStatements, report.Speakers.Length));
        foreach (var speaker in report.Speakers.Shown(caps))
        {
            w.Line($"{Indent}{speaker.Name}");
            foreach (var s in speaker.Statements.Items)
            {
                var how = s.Mode == SpeechMode.DirectQuote ? $"\u201c{s.Content}\u201d" : s.Content;
                var when = s.Time is null ? string.Empty : $"{s.Time}, ";
                var claims = s.Claims.IsEmpty ? string.Empty : $" [claims: {s.Claims.Join(id => id)}]";
                w.Line($"{Indent}{Indent}({when}{Words.Spaced(s.Channel)}) {how}{claims}");
            }

            if (speaker.Statements.More > 0)
            {
                w.Line($"{Indent}{Indent}and {speaker.Statements.More} more statements");
            }

            if (!speaker.OtherClaims.IsEmpty)
            {
                w.Line($"{Indent}{Indent}(no statement) [claims: {speaker.OtherClaims.Join(id => id)}]");
            }
        }

        w.More(caps.More(report.Speakers));
    }

    private static void WriteClaims(LineWriter w, AnalysisReport report, ReportCaps caps)
    {
        var shown = report.Claims.Shown(caps);
        w.Heading(ReportHeadings.Claims(report.Claims.Length, report.ClaimsByStatus));
        var idWidth = Math.Min(MaxNameWidth, shown.Select(c => c.Id.Length).DefaultIfEmpty(0).Max());
        var statusWidth = shown.Select(c => Words.Spaced(c.Status).Length + 2).DefaultIfEmpty(0).Max();
        foreach (var c in shown)
        {
            var status = $"[{Words.Spaced(c.Status)}]";
            w.Line($"{Indent}{c.Id.PadRight(idWidth)}  {status.PadRight(statusWidth)}  {c.Claimant} ({c.Stance}): {c.Proposition}");

            var details = new List<string>();
            if (!c.Attribution.IsEmpty)
            {
                details.Add($"relayed by {c.Attribution.Join(name => name)}");
            }

            if (c.Sources.Total > 1)
            {
                details.Add($"independent sources: {c.Sources.Join(name => name)}");
            }

            if (!c.Links.IsEmpty)
            {
                details.Add(c.Links.Join(link => link, "; "));
            }

            // What the claim's own links already say is not repeated; what is left out still counts.
            var linked = c.ContradictedBy.Items.Count(id => c.Links.Items.Contains($"contradicts {id}"));
            if (c.ContradictedBy.Total > linked)
            {
                var others = c.ContradictedBy with { Items = [.. c.ContradictedBy.Items.Where(id => !c.Links.Items.Contains($"contradicts {id}"))], Total = c.ContradictedBy.Total - linked };
                details.Add($"contradicted by {others.Join(id => id)}");
            }

            if (details.Count > 0)
            {
                w.Line($"{Indent}{new string(' ', idWidth + statusWidth + 4)}{string.Join("; ", details)}");
            }
        }

        w.More(caps.More(report.Claims));
    }

    private static void WriteContradictions(LineWriter w, AnalysisReport report, ReportCaps caps)
    {
        if (report.Contradictions.IsEmpty)
        {
            return;
        }

        w.Heading($"Contradictions ({report.Contradictions.Length}, each a group: every claim on one side against every claim on the other)");
        foreach (var c in report.Contradictions.Shown(caps))
        {
            var why = c.Kind == ContradictionKind.ExplicitLink ? "explicit link" : $"opposite polarity on \"{c.Proposition}\"";
            var about = c.About.IsEmpty ? string.Empty : $" about {c.About.Join(id => id)}";
            w.Line(string.Create(CultureInfo.InvariantCulture, $"{Indent}{c.Number}. {why}{about}: {c.First.Join(id => id)} against {c.Second.Join(id => id)}"));
        }

        w.More(caps.More(report.Contradictions));
    }

    /// <summary>Writes lines with LF ends whatever the platform, each on one line.</summary>
    private sealed class LineWriter(TextWriter output)
    {
        public void Line(string text)
        {
            output.Write(Words.OneLine(text).TrimEnd());
            output.Write('\n');
        }

        /// <summary>Says how many items of a section were left out, if any, and how to see them.</summary>
        public void More(int more)
        {
            if (more > 0)
            {
                Line($"{Indent}and {more} more (--top N or --full shows more)");
            }
        }

        public void Heading(string text)
        {
            output.Write('\n');
            Line(text);
        }
    }
}
