using System.Collections.Immutable;
using System.Text;
using NewsEvents.Interop.Cameo;
using NewsEvents.Streaming;
using nietras.SeparatedValues;

namespace NewsEvents.Interop.Gdelt;

/// <summary>
/// Imports GDELT files — 2.0 events and mentions (also the translingual ones), 1.0 events, and GKG 2.1 — into the
/// NewsEvents model, as a stream of JSON Lines records or as a whole dataset. Each file's layout is told from its number
/// of columns. An event's mentions become documents (URL, no text) and evidence (GDELT's character offsets, no quote)
/// on that one event; the same GLOBALEVENTID seen again stays one event; two GLOBALEVENTIDs are never merged. A GKG
/// record becomes a document and its Quotations statements of an unattributed speaker.
/// </summary>
/// <remarks>
/// Mentions files are read before events files, whatever the order given, so that each event is written once,
/// whole, with the evidence of every mention given with it; memory grows with the distinct ids and the pending
/// mentions, never with the events rows. See docs/interop.md.
/// </remarks>
public sealed class GdeltImporter
{
    // Strict UTF-8: bytes that are not UTF-8 (a UTF-16 file, say) fail instead of turning into U+FFFD. Its preamble
    // makes the reader skip a UTF-8 byte order mark, which is not data.
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: true, throwOnInvalidBytes: true);

    private readonly ImportOptions _options;

    /// <summary>An importer; strict unless <paramref name="options"/> say lenient.</summary>
    /// <param name="options">How bad rows are treated; strict by default.</param>
    public GdeltImporter(ImportOptions? options = null) => _options = options ?? new ImportOptions();

    /// <summary>What the last import read (complete once its records have all been enumerated).</summary>
    public GdeltImportReport Report { get; private set; } = new();

    /// <summary>The layout of a file, from the column count of its first row.</summary>
    /// <param name="source">The file.</param>
    /// <returns>The layout.</returns>
    /// <exception cref="NewsEventsFormatException">
    /// The file is empty, not UTF-8, or its first row has a column count no GDELT layout has (GKG 1.0's 11 among them:
    /// it is not imported), or has GKG 2.1's 27 columns without beginning with a GKGRECORDID.
    /// </exception>
    public static GdeltLayout DetectLayout(ImportSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var (layout, problem) = Detect(source);
        return layout ?? throw problem!.ToException();
    }

    /// <summary>A short description of a layout, such as <c>GDELT 2.0 events (61 columns)</c>.</summary>
    /// <param name="layout">The layout.</param>
    /// <returns>The description.</returns>
    public static string Describe(GdeltLayout layout) => layout switch
    {
        GdeltLayout.Events2 => "GDELT 2.0 events (61 columns)",
        GdeltLayout.Events1 => "GDELT 1.0 events (57 columns)",
        GdeltLayout.Events1WithSourceUrl => "GDELT 1.0 events (58 columns, with SOURCEURL)",
        GdeltLayout.Gkg21 => "GDELT GKG 2.1 (27 columns)",
        _ => "GDELT 2.0 mentions (16 columns)",
    };

    /// <summary>
    /// The records of the import, streamed: a header (its metadata names every file and its layout), then per GKG
    /// record its document, its statements and, before the first, their unattributed speaker; then the documents of the
    /// mentions files; then, per events row, the actors not written before, the row's SOURCEURL document and the event
    /// with its evidence.
    /// </summary>
    /// <param name="sources">The files: events, mentions and GKG 2.1 files in any order.</param>
    /// <param name="id">The dataset's id.</param>
    /// <param name="title">The dataset's title.</param>
    /// <returns>The records, read as they are enumerated.</returns>
    /// <exception cref="NewsEventsFormatException">A strict import met a bad row or file (its file, line and reason in the message).</exception>
    public IEnumerable<JsonLinesRecord> ReadRecords(IReadOnlyList<ImportSource> sources, DatasetId id, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(sources);
        return Iterate(sources, id, title);
    }

    /// <summary>Imports straight to JSON Lines, in memory bounded by the distinct ids and pending mentions (see <see cref="ReadRecords"/>).</summary>
    /// <param name="sources">The files.</param>
    /// <param name="utf8Output">Where the lines go.</param>
    /// <param name="id">The dataset's id.</param>
    /// <param name="title">The dataset's title.</param>
    /// <returns>The number of records written.</returns>
    /// <exception cref="NewsEventsFormatException">A strict import met a bad row or file.</exception>
    public long WriteJsonLines(IReadOnlyList<ImportSource> sources, Stream utf8Output, DatasetId id, string? title = null) =>
        JsonLinesWriter.Write(utf8Output, ReadRecords(sources, id, title));

    /// <summary>Imports into one dataset in memory.</summary>
    /// <param name="sources">The files.</param>
    /// <param name="id">The dataset's id.</param>
    /// <param name="title">The dataset's title.</param>
    /// <returns>The dataset.</returns>
    /// <exception cref="NewsEventsFormatException">A strict import met a bad row or file.</exception>
    public Dataset ReadDataset(IReadOnlyList<ImportSource> sources, DatasetId id, string? title = null) =>
        JsonLinesReader.ToDataset(ReadRecords(sources, id, title), validate: false);

    private IEnumerable<JsonLinesRecord> Iterate(IReadOnlyList<ImportSource> sources, DatasetId id, string? title)
    {
        var run = new GdeltRun(_options);
        var files = new List<(ImportSource Source, GdeltLayout Layout)>();
        var reports = new List<GdeltFileReport>();
        foreach (var source in sources)
        {
            var (layout, problem) = Detect(source);
            if (layout is { } detected)
            {
                files.Add((source, detected));
            }
            else
            {
                run.Problem(problem!);
                reports.Add(new GdeltFileReport(source.Name, null, 0, 1));
            }
        }

        yield return JsonLinesRecord.From(new JsonLinesHeader { Id = id, Title = title, Metadata = GdeltProvenance.Metadata(files, _options) });

        // GKG first, so that mentions of its documents point at them; then mentions: an event is written once, so its
        // evidence must be known when its row is read.
        var ordered = files.OrderBy(f => f.Layout switch { GdeltLayout.Gkg21 => 0, GdeltLayout.Mentions2 => 1, _ => 2 });
        var output = new List<JsonLinesRecord>();
        foreach (var (source, layout) in ordered)
        {
            var file = new GdeltRun.FileState(source.Name, layout);
            using (var rows = new SepRows(source, StrictUtf8, SepOptions, _options, GdeltRun.NotUtf8))
            {
                while (run.ReadRow(rows, file, output))
                {
                    foreach (var record in output)
                    {
                        yield return record;
                    }

                    output.Clear();
                }
            }

            reports.Add(new GdeltFileReport(file.Name, layout, file.Rows, file.BadRows));
            Report = run.Report(reports);
        }

        run.WriteEventsKnownOnlyFromMentions(output);
        foreach (var record in output)
        {
            yield return record;
        }

        Report = run.Report(reports);
    }

    // GDELT files are TAB-separated and do not quote: a quote is a character of its value.
    private static readonly SepReaderOptions SepOptions =
        Sep.New('\t').Reader(o => o with { HasHeader = false, DisableColCountCheck = true, DisableQuotesParsing = true });

    private static (GdeltLayout? Layout, ImportProblem? Problem) Detect(ImportSource source)
    {
        // The first row's problems are told here, where they stop the file, whatever the import's leniency.
        var problems = new List<ImportProblem>();
        using var rows = new SepRows(source, StrictUtf8, SepOptions, new ImportOptions { Lenient = true, Problems = problems.Add }, GdeltRun.NotUtf8);
        var step = rows.MoveNext();
        if (problems.Count > 0)
        {
            return (null, problems[0]);
        }

        if (step != SepRows.Step.Row)
        {
            return (null, new ImportProblem(source.Name, 0, "The file is empty: it has no GDELT rows."));
        }

        var count = rows.Current.ColCount;
        return GdeltColumns.LayoutOf(count) switch
        {
            GdeltLayout.Gkg21 when !GkgReader.IsRecordId(rows.Current[0].Span) =>
                (null, new ImportProblem(source.Name, 1, "The row has 27 columns, as GDELT GKG 2.1 has, but does not begin with a GKGRECORDID (such as 20150218230000-0).")),
            { } layout => (layout, null),
            null => (null, new ImportProblem(source.Name, 1, GdeltRun.UnknownColumnCount(count))),
        };
    }
}
