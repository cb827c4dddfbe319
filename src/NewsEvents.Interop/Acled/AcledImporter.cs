using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using NewsEvents.Streaming;
using nietras.SeparatedValues;
using NodaTime;

namespace NewsEvents.Interop.Acled;

/// <summary>
/// Reads ACLED files — the current export and the legacy 2016 layout (<see cref="AcledLayout"/>) — into NewsEvents
/// records: one event per row (<c>acled-</c> and its event_id_cnty), its actors, and a document per source. Every
/// column is kept exactly as the event's source attribute <c>acled:</c> and its name, so that <see cref="AcledExporter"/>
/// writes the rows back byte for byte. Strict by default: the first bad row stops the import with its file and line.
/// </summary>
public sealed class AcledImporter
{
    /// <summary>The year ACLED's coverage begins: an earlier date is an erratum (0025 written for 2025), kept and marked.</summary>
    public const int FirstYearCovered = 1997;

    /// <summary>What ACLED's fatalities mean, said on every killed quantity it gives.</summary>
    public const string FatalitiesMeaning = "ACLED fatalities: the most conservative estimate of the reports";

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: true, throwOnInvalidBytes: true);

    // ACLED quotes values that hold commas, quotes or line breaks.
    private static readonly SepReaderOptions SepOptions = Sep.New(',').Reader(o => o with { HasHeader = false, DisableColCountCheck = true, Unescape = true });

    private readonly ImportOptions _options;

    /// <summary>Creates an importer.</summary>
    /// <param name="options">Strict or lenient, where problems go, the clock of the provenance; the defaults when null.</param>
    public AcledImporter(ImportOptions? options = null) => _options = options ?? new ImportOptions();

    /// <summary>What the last import read, complete once its records were enumerated.</summary>
    public AcledImportReport Report { get; private set; } = new();

    /// <summary>The text encoding of <paramref name="layout"/>: UTF-8 for the current export, windows-1252 for the legacy file.</summary>
    /// <param name="layout">The layout.</param>
    /// <returns>The encoding.</returns>
    public static Encoding EncodingOf(AcledLayout layout)
    {
        if (layout == AcledLayout.Current)
        {
            return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        }

        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }

    /// <summary>The layout of <paramref name="source"/>, told by its header, or <see langword="null"/> when it is not an ACLED file.</summary>
    /// <param name="source">The file.</param>
    /// <returns>The layout, or null.</returns>
    public static AcledLayout? DetectLayout(ImportSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        using var stream = source.Open();
        var start = new byte[64];
        var read = stream.ReadAtLeast(start, start.Length, throwOnEndOfStream: false);
        var bom = read >= 3 && start[0] == 0xEF && start[1] == 0xBB && start[2] == 0xBF;
        var text = Encoding.ASCII.GetString(start, bom ? 3 : 0, bom ? read - 3 : read);
        return text.StartsWith(AcledColumns.Current[0] + ",", StringComparison.Ordinal) ? AcledLayout.Current
            : text.StartsWith(AcledColumns.Legacy2016[0] + ",", StringComparison.Ordinal) ? AcledLayout.Legacy2016
            : null;
    }

    /// <summary>Describes <paramref name="layout"/> for people.</summary>
    /// <param name="layout">The layout.</param>
    /// <returns>The words.</returns>
    public static string Describe(AcledLayout layout) =>
        layout == AcledLayout.Current ? "ACLED export (31 columns)" : "ACLED legacy 2016 file (25 columns and 7 empty, windows-1252)";

    /// <summary>Reads the files as JSON Lines records: a header with the provenance, then documents, actors and events as rows are read.</summary>
    /// <param name="sources">The files.</param>
    /// <param name="id">The dataset's id.</param>
    /// <param name="title">The dataset's title, if any.</param>
    /// <returns>The records, made as they are enumerated.</returns>
    /// <exception cref="NewsEventsFormatException">In a strict import, at the first bad row or file: its file, line and reason.</exception>
    public IEnumerable<JsonLinesRecord> ReadRecords(IReadOnlyList<ImportSource> sources, DatasetId id, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(sources);
        return Iterate(sources, id, title);
    }

    /// <summary>Reads the files into one dataset in memory.</summary>
    /// <param name="sources">The files.</param>
    /// <param name="id">The dataset's id.</param>
    /// <param name="title">The dataset's title, if any.</param>
    /// <returns>The dataset.</returns>
    /// <exception cref="NewsEventsFormatException">In a strict import, at the first bad row or file.</exception>
    public Dataset ReadDataset(IReadOnlyList<ImportSource> sources, DatasetId id, string? title = null) =>
        JsonLinesReader.ToDataset(ReadRecords(sources, id, title), validate: false);

    /// <summary>Streams the files to JSON Lines.</summary>
    /// <param name="sources">The files.</param>
    /// <param name="utf8Output">Where the lines go.</param>
    /// <param name="id">The dataset's id.</param>
    /// <param name="title">The dataset's title, if any.</param>
    /// <returns>The number of lines written.</returns>
    public long WriteJsonLines(IReadOnlyList<ImportSource> sources, Stream utf8Output, DatasetId id, string? title = null) =>
        JsonLinesWriter.Write(utf8Output, ReadRecords(sources, id, title));

    private IEnumerable<JsonLinesRecord> Iterate(IReadOnlyList<ImportSource> sources, DatasetId id, string? title)
    {
        var run = new AcledRun(_options);
        var files = new List<(ImportSource Source, AcledLayout Layout)>();
        var reports = new List<AcledFileReport>();
        foreach (var source in sources)
        {
            if (DetectLayout(source) is { } layout)
            {
                files.Add((source, layout));
            }
            else
            {
                run.Problem(new ImportProblem(source.Name, 1, IsEmpty(source)
                    ? "The file is empty: it has no ACLED header."
                    : $"The file does not start with an ACLED header ('{AcledColumns.Current[0]},…' for the export, '{AcledColumns.Legacy2016[0]},…' for the legacy 2016 file)."));
                reports.Add(new AcledFileReport(source.Name, null, 0, 1));
            }
        }

        yield return JsonLinesRecord.From(new JsonLinesHeader
        {
            Id = id,
            Title = title,
            Metadata = new DatasetMetadata
            {
                Description = "Imported from ACLED by NewsEvents.Interop. " + FatalitiesMeaning + "; notes are each event's summary.",
                Coded = TimeValue.At(Instant.FromUnixTimeSeconds(_options.Clock.GetCurrentInstant().ToUnixTimeSeconds())),
                License = "ACLED's terms of use: its data may not be redistributed; record the date of access and the filters of the export (acleddata.com/terms-of-use).",
                SourceFiles = [.. files.Select(f => $"{f.Source.Name}: {Describe(f.Layout)}")],
            },
        });

        var output = new List<JsonLinesRecord>();
        foreach (var (source, layout) in files)
        {
            var file = new AcledRun.FileState(source.Name, layout);
            using (var rows = new SepRows(source, layout == AcledLayout.Current ? StrictUtf8 : EncodingOf(layout), SepOptions, _options, AcledRun.NotDecodable))
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

            reports.Add(new AcledFileReport(file.Name, layout, file.Rows, file.BadRows));
            Report = run.Report(reports);
        }

        Report = run.Report(reports);
    }

    private static bool IsEmpty(ImportSource source)
    {
        using var stream = source.Open();
        return stream.ReadByte() < 0;
    }
}
