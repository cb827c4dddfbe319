using NewsEvents.Interop.Sources;
using NewsEvents.Streaming;

namespace NewsEvents.Interop.Plover;

/// <summary>
/// Reads PLOVER records — a JSON array or JSON Lines, with the field names of the PLOVER manual (<c>actor</c>,
/// <c>recipient</c>, <c>event_text</c>, <c>text_info</c>) or of the 0.5 gold-standard records (<c>source</c>,
/// <c>target</c>, <c>eventText</c>, <c>textInfo</c>) — into NewsEvents records: one event per record
/// (<c>plover-</c> and its id), its actors and recipients, a document holding its text, and evidence spans where the
/// markup or event text gives the exact words. Every field is kept as a source attribute <c>plover:</c> and its path
/// (<c>plover:source.0.actorText</c>), the text aside, which is the document's. A <c>DOCUMENT</c> record (a file's
/// own documentation) becomes a document, not an event. Strict by default: the first bad record stops the import with
/// its file and line.
/// </summary>
public sealed class PloverImporter : EventSourceImporter
{
    /// <summary>The terms an imported dataset records in its metadata, before each file's own licence.</summary>
    public const string Terms = "PLOVER records, under the licence each file states; the PLOVER gold-standard records (openeventdata/PLOVER) are CC BY-SA 4.0, Open Event Data Alliance.";

    /// <summary>Creates an importer.</summary>
    /// <param name="options">Strict or lenient, where problems go, the clock of the provenance; the defaults when null.</param>
    public PloverImporter(ImportOptions? options = null)
        : base(options)
    {
    }

    /// <summary>How <paramref name="source"/> holds PLOVER records, or <see langword="null"/> when its first record is not one (a JSON object with an id and an event).</summary>
    /// <param name="source">The file.</param>
    /// <returns>The format, or null.</returns>
    public static PloverFormat? DetectFormat(ImportSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return PloverFiles.Detect(source);
    }

    /// <summary>Describes <paramref name="format"/> for people.</summary>
    /// <param name="format">The format.</param>
    /// <returns>The words.</returns>
    public static string Describe(PloverFormat format) => format == PloverFormat.JsonArray ? "PLOVER JSON array" : "PLOVER JSON Lines";

    private protected override IEnumerable<JsonLinesRecord> Iterate(IReadOnlyList<ImportSource> sources, DatasetId id, string? title)
    {
        var run = new SourceRun(Options);
        var reports = new List<SourceFileReport>();
        var files = new List<(ImportSource Source, PloverFormat Format)>();
        var licences = new List<string>();
        foreach (var source in sources)
        {
            var problem = PloverFiles.FileProblem(source);
            var found = problem is null ? PloverFiles.DetectWithLicence(source) : null;
            if (found is { } detected)
            {
                files.Add((source, detected.Format));
                if (detected.Licence is { } licence)
                {
                    licences.Add($"{source.Name}: {licence}");
                }
            }
            else
            {
                run.Problem(new ImportProblem(source.Name, 1, problem ?? "The file does not hold PLOVER records: its first record is not a JSON object with an id and an event."));
                reports.Add(new SourceFileReport(source.Name, null, 0, 1));
            }
        }

        var header = Header(id, title, "Imported from PLOVER records by NewsEvents.Interop. Each record's text is a document; evidence spans are the exact words of its markup or event text, and only those.", string.Join(" ", [Terms, .. licences]));
        yield return JsonLinesRecord.From(header with { Metadata = header.Metadata! with { SourceFiles = [.. files.Select(f => $"{f.Source.Name}: {Describe(f.Format)}")] } });

        var reader = new PloverRecordReader(run);
        var output = new List<JsonLinesRecord>();
        foreach (var (source, format) in files)
        {
            long records = 0, bad = 0;
            foreach (var text in PloverFiles.Read(source, format))
            {
                records++;
                using (text.Json)
                {
                    var problem = text.Problem ?? reader.Read(text.Json!.RootElement, output);
                    if (problem is not null)
                    {
                        output.Clear();
                        bad++;
                        run.Problem(new ImportProblem(source.Name, text.Line, problem));
                    }
                }

                foreach (var record in output)
                {
                    yield return record;
                }

                output.Clear();
                if (text.EndsFile)
                {
                    break;
                }
            }

            reports.Add(new SourceFileReport(source.Name, Describe(format), records, bad));
            Report = run.Report(reports);
        }

        Report = run.Report(reports);
    }
}
