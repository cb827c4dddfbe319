using System.Collections.Immutable;
using System.Text.Json;
using NewsEvents.Analysis;

namespace NewsEvents.Cli.Reports;

/// <summary>
/// Writes an <see cref="AnalysisReport"/> as JSON for scripts: camelCase names, enum values as in the data format.
/// The JSON is streamed to the output in chunks of about <see cref="JsonOutput.FlushBytes"/>, flushed
/// between items, so that no string or buffer of the whole report is ever made (<c>--full</c> on a
/// large dataset gives a report as large as the data).
/// </summary>
internal static class JsonReportWriter
{
    public static void Write(TextWriter output, AnalysisReport report)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(report);
        var caps = report.Caps;
        using (var w = JsonOutput.Open(output, indented: true))
        {
            w.WriteStartObject();
            w.WriteStartObject("dataset");
            w.WriteString("id", report.DatasetId);
            w.OptionalString("title", report.Title);
            w.WriteString("schemaVersion", report.SchemaVersion);
            w.WriteEndObject();

            var c = report.Counts;
            w.WriteStartObject("counts");
            w.WriteNumber("documents", c.Documents);
            w.WriteNumber("actors", c.Actors);
            w.WriteNumber("events", c.Events);
            w.WriteNumber("statements", c.Statements);
            w.WriteNumber("claims", c.Claims);
            w.WriteNumber("relations", c.Relations);
            w.WriteEndObject();

            w.WriteStartArray("documents");
            foreach (var d in report.Documents.Shown(caps))
            {
                w.WriteStartObject();
                w.WriteString("id", d.Id);
                w.OptionalString("title", d.Title);
                w.OptionalString("publisher", d.Publisher);
                w.OptionalString("agency", d.Agency);
                w.OptionalString("published", d.Published);
                w.OptionalString("url", d.Url);
                w.WriteEndObject();
                w.FlushWhenFull();
            }

            w.WriteEndArray();
            More(w, "documents", caps.More(report.Documents));
            WriteTimeline(w, report, caps);
            WriteEventsPerMonth(w, report, caps);
            WriteMostReported(w, report);
            WriteUpcoming(w, report);
            WriteActors(w, report, caps);
            WriteSides(w, report, caps);
            WriteSpeakers(w, report, caps);
            WriteClaims(w, report, caps);
            WriteContradictions(w, report, caps);
            WriteFigures(w, report, caps);
            WriteDisputedEvents(w, report, caps);
            WriteIndependentSources(w, report, caps);
            w.WriteEndObject();
        }

        output.Write('\n');
        output.Flush();
    }

    private static void WriteTimeline(Utf8JsonWriter w, AnalysisReport report, ReportCaps caps) =>
        WriteEvents(w, "timeline", report.Timeline.Shown(caps), caps.More(report.Timeline));

    /// <summary>Writes the events of a section shown as an array of the timeline's items, then how many are left out.</summary>
    private static void WriteEvents(Utf8JsonWriter w, string name, IReadOnlyList<TimelineEntry> shown, int more)
    {
        w.WriteStartArray(name);
        foreach (var e in shown)
        {
            w.WriteStartObject();
            WriteEventMembers(w, e);
            w.WriteEndObject();
            w.FlushWhenFull();
        }

        w.WriteEndArray();
        More(w, name, more);
    }

    private static void WriteEventsPerMonth(Utf8JsonWriter w, AnalysisReport report, ReportCaps caps)
    {
        var chart = report.EventsPerMonth;
        var rows = chart.Rows(caps);
        w.WriteStartObject("eventsPerMonth");
        w.WriteString("unit", Words.Json(rows.Unit));
        w.OptionalString("from", chart.Months.IsEmpty ? null : EventsPerMonth.Text(chart.Months[0].Month));
        w.OptionalString("to", chart.Months.IsEmpty ? null : EventsPerMonth.Text(chart.Months[^1].Month));
        w.WriteNumber("counted", chart.Counted);
        w.WriteNumber("longerThanAMonth", chart.Longer);
        w.WriteNumber("undated", chart.Undated);
        w.WriteStartArray("periods");
        foreach (var row in rows.Shown)
        {
            w.WriteStartObject();
            w.WriteString("period", row.Period);
            w.WriteNumber("events", row.Events);
            w.WriteEndObject();
            w.FlushWhenFull();
        }

        w.WriteEndArray();
        More(w, "periods", rows.More);
        w.WriteEndObject();
    }

    private static void WriteMostReported(Utf8JsonWriter w, AnalysisReport report)
    {
        w.WriteStartArray("mostReported");
        foreach (var e in report.MostReported.Shown)
        {
            w.WriteStartObject();
            w.WriteNumber("documents", e.Documents);
            w.WriteNumber("spans", e.Spans);
            WriteEventMembers(w, e.Event);
            w.WriteEndObject();
            w.FlushWhenFull();
        }

        w.WriteEndArray();
        More(w, "mostReported", report.MostReported.More);
    }

    private static void WriteUpcoming(Utf8JsonWriter w, AnalysisReport report)
    {
        var upcoming = report.Upcoming;
        w.WriteStartObject("upcoming");
        w.OptionalString("reference", upcoming.Reference);
        w.OptionalString("referenceKind", upcoming.Reference is null ? null : upcoming.ReferenceIsPublication ? "publication" : "reportedTime");
        w.WriteNumber("count", upcoming.Events.Count);
        w.WriteNumber("earlier", upcoming.Earlier);
        WriteEvents(w, "events", upcoming.Events.Shown, upcoming.Events.More);
        w.WriteEndObject();
    }

    /// <summary>Writes an event's members as the timeline gives them.</summary>
    private static void WriteEventMembers(Utf8JsonWriter w, TimelineEntry e)
    {
        w.WriteString("event", e.EventId);
        w.OptionalString("time", e.Time);
        w.OptionalString("duration", e.Duration);
        w.OptionalString("expression", e.Expression);
        w.WriteString("status", Words.Json(e.Status));
        w.WriteBoolean("marked", e.IsMarked);
        w.WriteString("type", Words.Json(e.Type));
        w.OptionalString("summary", e.Summary);
        w.OptionalString("place", e.Place);
        WriteList(w, "participants", e.Participants, (w, p) =>
        {
            w.WriteStartObject();
            w.WriteString("actor", p.ActorId);
            w.WriteString("name", p.Name);
            w.WriteString("role", Words.Json(p.Role));
            w.WriteEndObject();
        });
    }

    private static void WriteActors(Utf8JsonWriter w, AnalysisReport report, ReportCaps caps)
    {
        w.WriteStartArray("actors");
        foreach (var a in report.Actors.Shown(caps))
        {
            w.WriteStartObject();
            w.WriteString("id", a.Id);
            w.WriteString("name", a.Name);
            w.WriteString("kind", Words.Json(a.Kind));
            w.OptionalString("country", a.Country);
            w.WriteNumber("events", a.Events);
            w.WriteNumber("statements", a.Statements);
            w.WriteNumber("claims", a.Claims);
            w.WriteNumber("relations", a.Relations);
            if (a.Side is { } side)
            {
                w.WriteNumber("side", side);
            }
            else
            {
                w.WriteNull("side");
            }

            w.WriteEndObject();
            w.FlushWhenFull();
        }

        w.WriteEndArray();
        More(w, "actors", caps.More(report.Actors));
    }

    private static void WriteSides(Utf8JsonWriter w, AnalysisReport report, ReportCaps caps)
    {
        w.WriteStartArray("sides");
        foreach (var side in caps.Shown(report.Sides, ReportImportance.Of))
        {
            w.WriteStartObject();
            w.WriteNumber("number", side.Number);
            WriteActors(w, "members", side.Members);
            WriteList(w, "opposes", side.Opposes, (w, n) => w.WriteNumberValue(n));
            w.WriteEndObject();
            w.FlushWhenFull();
        }

        w.WriteEndArray();
        More(w, "sides", caps.More(report.Sides));
        w.WriteStartArray("mediators");
        foreach (var m in caps.Shown(report.Mediators, ReportImportance.Of))
        {
            w.WriteStartObject();
            w.WriteString("actor", m.Actor.Id);
            w.WriteString("name", m.Actor.Name);
            WriteActors(w, "between", m.Between);
            WriteList(w, "betweenSides", m.BetweenSides, (w, n) => w.WriteNumberValue(n));
            WriteActors(w, "hosts", m.Hosts);
            WriteActors(w, "backers", m.Backers);
            if (m.Side is { } side)
            {
                w.WriteNumber("side", side);
            }
            else
            {
                w.WriteNull("side");
            }

            w.WriteEndObject();
            w.FlushWhenFull();
        }

        w.WriteEndArray();
        More(w, "mediators", caps.More(report.Mediators));
    }

    private static void WriteActors(Utf8JsonWriter w, string name, ReportList<NamedActor> actors) =>
        WriteList(w, name, actors, (w, actor) =>
        {
            w.WriteStartObject();
            w.WriteString("actor", actor.Id);
            w.WriteString("name", actor.Name);
            w.WriteEndObject();
        });

    private static void WriteStrings(Utf8JsonWriter w, string name, ReportList<string> values) =>
        WriteList(w, name, values, (w, value) => w.WriteStringValue(value));

    /// <summary>How many items of a section were left out, when any were: a script knows the list is not whole.</summary>
    private static void More(Utf8JsonWriter w, string name, int more)
    {
        if (more > 0)
        {
            w.WriteNumber(name + "More", more);
        }
    }

    /// <summary>Writes the items shown as an array, then, when some were left out, how many as <c>nameMore</c>.</summary>
    private static void WriteList<T>(Utf8JsonWriter w, string name, ReportList<T> list, Action<Utf8JsonWriter, T> write)
    {
        w.WriteStartArray(name);
        foreach (var item in list.Items)
        {
            write(w, item);
        }

        w.WriteEndArray();
        if (list.More > 0)
        {
            w.WriteNumber(name + "More", list.More);
        }
    }

    private static void WriteSpeakers(Utf8JsonWriter w, AnalysisReport report, ReportCaps caps)
    {
        w.WriteStartArray("whoSaidWhat");
        foreach (var speaker in report.Speakers.Shown(caps))
        {
            w.WriteStartObject();
            w.WriteString("speaker", speaker.ActorId);
            w.WriteString("name", speaker.Name);
            WriteList(w, "statements", speaker.Statements, (w, s) =>
            {
                w.WriteStartObject();
                w.WriteString("id", s.Id);
                w.OptionalString("time", s.Time);
                w.WriteString("channel", Words.Json(s.Channel));
                w.WriteString("mode", Words.Json(s.Mode));
                w.WriteString("content", s.Content);
                WriteStrings(w, "claims", s.Claims);
                w.WriteEndObject();
            });
            WriteStrings(w, "otherClaims", speaker.OtherClaims);
            w.WriteEndObject();
            w.FlushWhenFull();
        }

        w.WriteEndArray();
        More(w, "whoSaidWhat", caps.More(report.Speakers));
    }

    private static void WriteClaims(Utf8JsonWriter w, AnalysisReport report, ReportCaps caps)
    {
        w.WriteStartArray("claims");
        foreach (var c in report.Claims.Shown(caps))
        {
            w.WriteStartObject();
            w.WriteString("id", c.Id);
            w.WriteString("status", Words.Json(c.Status));
            w.WriteString("claimant", c.ClaimantId);
            w.WriteString("claimantName", c.Claimant);
            w.WriteString("proposition", c.Proposition);
            w.WriteString("polarity", Words.Json(c.Polarity));
            w.WriteString("certainty", Words.Json(c.Certainty));
            WriteStrings(w, "attribution", c.Attribution);
            WriteStrings(w, "sources", c.Sources);
            WriteStrings(w, "contradictedBy", c.ContradictedBy);
            w.WriteStartArray("contradictions");
            foreach (var number in c.Contradictions)
            {
                w.WriteNumberValue(number);
            }

            w.WriteEndArray();
            WriteStrings(w, "links", c.Links);
            w.WriteEndObject();
            w.FlushWhenFull();
        }

        w.WriteEndArray();
        More(w, "claims", caps.More(report.Claims));
    }

    private static void WriteContradictions(Utf8JsonWriter w, AnalysisReport report, ReportCaps caps)
    {
        w.WriteStartArray("contradictions");
        foreach (var c in report.Contradictions.Shown(caps))
        {
            w.WriteStartObject();
            w.WriteNumber("number", c.Number);
            w.WriteString("kind", c.Kind == ContradictionKind.ExplicitLink ? "explicitLink" : "oppositePolarity");
            w.OptionalString("proposition", c.Proposition);
            WriteStrings(w, "about", c.About);
            WriteStrings(w, "first", c.First);
            WriteStrings(w, "second", c.Second);
            w.WriteEndObject();
            w.FlushWhenFull();
        }

        w.WriteEndArray();
        More(w, "contradictions", caps.More(report.Contradictions));
    }

    private static void WriteFigures(Utf8JsonWriter w, AnalysisReport report, ReportCaps caps)
    {
        w.WriteStartArray("figures");
        foreach (var g in report.Figures.Shown(caps))
        {
            w.WriteStartObject();
            w.OptionalString("event", g.EventId);
            w.OptionalString("proposition", g.Proposition);
            w.WriteString("kind", Words.Json(g.Kind));
            w.OptionalString("unit", g.Unit);
            w.WriteBoolean("disputed", g.IsDisputed);
            w.WriteBoolean("rangesOverlap", g.RangesOverlap);
            w.WriteBoolean("singleSource", g.IsSingleSource);
            WriteList(w, "figures", g.Figures, (w, f) =>
            {
                w.WriteStartObject();
                w.WriteString("figure", f.Text);
                w.OptionalString("words", f.Words);
                w.OptionalString("claim", f.ClaimId);
                w.OptionalString("source", f.Source?.Id);
                w.OptionalString("sourceName", f.Source?.Name);
                w.WriteEndObject();
            });
            WriteActors(w, "sources", g.Sources);
            w.WriteEndObject();
            w.FlushWhenFull();
        }

        w.WriteEndArray();
        More(w, "figures", caps.More(report.Figures));
    }

    private static void WriteDisputedEvents(Utf8JsonWriter w, AnalysisReport report, ReportCaps caps)
    {
        w.WriteStartArray("disputedEvents");
        foreach (var d in report.DisputedEvents.Shown(caps))
        {
            w.WriteStartObject();
            w.WriteString("event", d.EventId);
            w.OptionalString("summary", d.Summary);
            w.WriteBoolean("markedDisputed", d.IsMarkedDisputed);
            WriteActors(w, "for", d.For);
            WriteActors(w, "against", d.Against);
            WriteList(w, "contradictions", d.Contradictions, (w, n) => w.WriteNumberValue(n));
            w.WriteEndObject();
            w.FlushWhenFull();
        }

        w.WriteEndArray();
        More(w, "disputedEvents", caps.More(report.DisputedEvents));
    }

    private static void WriteIndependentSources(Utf8JsonWriter w, AnalysisReport report, ReportCaps caps)
    {
        w.WriteStartObject("independentSources");
        w.WriteNumber("count", report.IndependentSources.Length);
        w.WriteStartArray("sources");
        foreach (var s in report.IndependentSources.Shown(caps))
        {
            w.WriteStartObject();
            WriteActors(w, "members", s.Members);
            w.WriteNumber("claims", s.Claims);
            w.WriteEndObject();
            w.FlushWhenFull();
        }

        w.WriteEndArray();
        More(w, "sources", caps.More(report.IndependentSources));
        w.WriteEndObject();
    }
}
