using System.Globalization;

namespace NewsEvents.Interop.Gdelt;

/// <summary>
/// Writes a dataset imported from GDELT back to GDELT's own layouts: its events as events rows, each in the layout it
/// was read in (GDELT 2.0, or 1.0 with or without SOURCEURL), its evidence as mentions rows, in the order they
/// were read, and its GKG documents, with their quotations, as GKG 2.1 rows. An imported file written back is
/// byte-identical to it: every column comes back from the item's id, the event's day and CAMEO code, the GKG
/// quotations' statements, or the source attributes the importer kept (<see cref="GdeltColumns"/>).
/// </summary>
public static class GdeltExporter
{
    private const string EventIdPrefix = "gdelt-";

    /// <summary>Writes the dataset's events as GDELT events rows (TAB-separated, each line ended by LF, no header).</summary>
    /// <param name="dataset">A dataset imported from GDELT events files.</param>
    /// <param name="output">Where the rows go.</param>
    /// <returns>The number of rows written. Events known only from mentions (<c>newsevents:eventRowMissing</c>) have no row and are left out.</returns>
    /// <exception cref="ArgumentException">An event was not imported from a GDELT events row: the message names it and what it lacks.</exception>
    public static long WriteEvents(Dataset dataset, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(output);
        var rows = 0L;
        foreach (var @event in dataset.Events)
        {
            if (@event.Attributes.TryGetValue(GdeltAttributes.EventRowMissingName, out _))
            {
                continue;
            }

            var layout = LayoutOf(@event);
            var code = @event.Codes.FirstOrDefault(c => c.Scheme == CodeScheme.Cameo)?.Value
                ?? throw NotFromGdelt(@event.Id.Value, "a CAMEO event code");
            var columns = GdeltColumns.Of(layout);
            for (var i = 0; i < columns.Length; i++)
            {
                if (i > 0)
                {
                    output.Write('\t');
                }

                output.Write(columns[i].Name switch
                {
                    "GLOBALEVENTID" => NumberOf(@event.Id.Value),
                    "SQLDATE" => DayOf(@event),
                    "EventCode" => code,
                    "EventRootCode" => code[..2],
                    _ => Attribute(@event.Attributes, columns[i], @event.Id.Value),
                });
            }

            output.Write('\n');
            rows++;
        }

        return rows;
    }

    /// <summary>
    /// Writes the evidence the dataset's mentions became as GDELT 2.0 mentions rows (TAB-separated, each line ended by
    /// LF, no header), in the order of the files and lines they were read from.
    /// </summary>
    /// <param name="dataset">A dataset imported from GDELT mentions files (with or without their events).</param>
    /// <param name="output">Where the rows go.</param>
    /// <returns>The number of rows written. Evidence that did not come from a mention is left out.</returns>
    /// <exception cref="ArgumentException">A mention's evidence lacks a column: the message names its event and the column.</exception>
    public static long WriteMentions(Dataset dataset, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(output);
        var files = dataset.Metadata?.SourceFiles ?? [];
        var mentions = dataset.Events
            .SelectMany(e => e.Evidence.Where(IsMention).Select(evidence => (Event: e.Id.Value, Evidence: evidence)))
            .OrderBy(m => FileRank(files, m.Evidence))
            .ThenBy(m => Text(m.Evidence.Attributes, GdeltAttributes.FileName), StringComparer.Ordinal)
            .ThenBy(m => m.Evidence.Attributes.GetValueOrDefault(GdeltAttributes.LineName)?.TryGetInt64(out var line) == true ? line : long.MaxValue);
        var columns = GdeltColumns.Mentions2;
        var rows = 0L;
        foreach (var (eventId, evidence) in mentions)
        {
            output.Write(NumberOf(eventId));
            for (var i = 1; i < columns.Length; i++)
            {
                output.Write('\t');
                output.Write(Attribute(evidence.Attributes, columns[i], eventId));
            }

            output.Write('\n');
            rows++;
        }

        return rows;
    }

    /// <summary>
    /// Writes the documents GKG 2.1 records became as GKG rows (TAB-separated, each line ended by LF, no header), in the
    /// dataset's order, each with the Quotations its statements were read from.
    /// </summary>
    /// <param name="dataset">A dataset imported from GDELT GKG 2.1 files (with or without other GDELT files).</param>
    /// <param name="output">Where the rows go.</param>
    /// <returns>The number of rows written. Documents that did not come from a GKG record are left out.</returns>
    /// <exception cref="ArgumentException">A GKG document lacks a column, or a quotation's statement lacks its evidence: the message names it.</exception>
    public static long WriteGkg(Dataset dataset, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(output);
        var quotations = dataset.Statements
            .Where(s => s.Attributes.TryGetValue(GdeltAttributes.QuotationVerbName, out _))
            .ToLookup(s => s.Evidence.IsDefaultOrEmpty ? null : s.Evidence[0].Document.Value);
        var columns = GdeltColumns.Gkg21;
        var rows = 0L;
        foreach (var document in dataset.Documents.Where(d => d.Id.Value.StartsWith(GkgReader.DocumentIdPrefix, StringComparison.Ordinal)))
        {
            var id = document.Id.Value;
            for (var i = 0; i < columns.Length; i++)
            {
                if (i > 0)
                {
                    output.Write('\t');
                }

                output.Write(columns[i].Name switch
                {
                    "GKGRECORDID" => id[GkgReader.DocumentIdPrefix.Length..],
                    "Quotations" => string.Join('#', quotations[id].Select(Quotation)),
                    _ => Attribute(document.Attributes, columns[i], id, "Document"),
                });
            }

            output.Write('\n');
            rows++;
        }

        if (quotations[null].FirstOrDefault() is { } lost)
        {
            throw new ArgumentException($"Statement '{lost.Id}' cannot be written as a GKG quotation: it lacks the evidence that places it in its document.");
        }

        return rows;
    }

    private static string Quotation(Statement statement)
    {
        var span = statement.Evidence[0];
        var verb = statement.Attributes.GetValueOrDefault(GdeltAttributes.QuotationVerbName)!.Text;
        return string.Create(CultureInfo.InvariantCulture, $"{span.Start}|{span.Length}|{verb}|{statement.Content}");
    }

    private static bool IsMention(Evidence evidence) => evidence.Attributes.TryGetValue(GdeltAttributes.LineName, out _);

    /// <summary>The layout an event's row was read in, told by the columns it kept: only 2.0 has *_ADM2Code, only 1.0 daily files add SOURCEURL.</summary>
    private static GdeltLayout LayoutOf(Event @event) =>
        @event.Attributes.TryGetValue("gdelt:ActionGeo_ADM2Code", out _) ? GdeltLayout.Events2
        : @event.Attributes.TryGetValue("gdelt:SOURCEURL", out _) ? GdeltLayout.Events1WithSourceUrl
        : @event.Attributes.TryGetValue("gdelt:DATEADDED", out _) ? GdeltLayout.Events1
        : throw NotFromGdelt(@event.Id.Value, "its GDELT columns (gdelt:DATEADDED and the others)");

    private static string NumberOf(string id) =>
        id.StartsWith(EventIdPrefix, StringComparison.Ordinal) ? id[EventIdPrefix.Length..] : throw NotFromGdelt(id, "an id gdelt-<GLOBALEVENTID>");

    private static string DayOf(Event @event) =>
        @event.Time is { Precision: TimePrecision.Day, FirstDate: { } day }
            ? day.ToString("yyyyMMdd", CultureInfo.InvariantCulture)
            : throw NotFromGdelt(@event.Id.Value, "a time that is a day (SQLDATE)");

    private static string Attribute(SourceAttributes attributes, GdeltColumn column, string id, string item = "Event") =>
        attributes.GetValueOrDefault(column.AttributeName!)?.Text ?? throw NotFromGdelt(id, $"the source attribute {column.AttributeName}", item);

    private static string? Text(SourceAttributes attributes, string name) => attributes.GetValueOrDefault(name)?.Text;

    private static int FileRank(System.Collections.Immutable.ImmutableArray<string> files, Evidence evidence)
    {
        var file = Text(evidence.Attributes, GdeltAttributes.FileName);
        for (var i = 0; file is not null && i < files.Length; i++)
        {
            if (files[i].StartsWith(file + ": ", StringComparison.Ordinal))
            {
                return i;
            }
        }

        return int.MaxValue;
    }

    private static ArgumentException NotFromGdelt(string id, string lacks, string item = "Event") =>
        new($"{item} '{id}' cannot be written as a GDELT row: it lacks {lacks}, which {(item == "Event" ? "an event" : "a document")} imported from GDELT has.");
}
