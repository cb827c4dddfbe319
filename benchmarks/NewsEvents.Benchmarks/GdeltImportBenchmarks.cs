using System.Globalization;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using NewsEvents.Interop;
using NewsEvents.Interop.Gdelt;
using NewsEvents.Streaming;
using nietras.SeparatedValues;

namespace NewsEvents.Benchmarks;

/// <summary>
/// The GDELT import against Sep's own parse of the same bytes, every column of every row read as a span: the
/// practical limit of reading the file at all; and two floors of any importer that keeps every column, measured on
/// the same bytes: every value made a string, and every row written as JSON Lines straight from the spans. The bytes are the 100 rows of the GDELT 2.0 events sample, repeated
/// with a new GLOBALEVENTID and SOURCEURL per row (so that every row is a new event and a new document), to
/// <see cref="Rows"/> rows. Set NEWSEVENTS_BENCH_GDELT_ROWS to change the count. <see cref="Import_Records_UrlsAsInSample"/>
/// imports the same rows with the SOURCEURLs repeating as the sample's do (several events of one article), new ones
/// for each pass over the sample.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(GdeltImportConfig))]
public class GdeltImportBenchmarks
{
    public static readonly int Rows = int.TryParse(Environment.GetEnvironmentVariable("NEWSEVENTS_BENCH_GDELT_ROWS"), CultureInfo.InvariantCulture, out var rows) ? rows : 20_000;

    public static readonly byte[] EventsTsv = MakeEvents(Rows, urlPerRow: true);

    public static readonly byte[] EventsTsvUrlsAsInSample = MakeEvents(Rows, urlPerRow: false);

    private static readonly DatasetId Id = new("bench");
    private readonly MemoryStream _output = new(EventsTsv.Length * 4);

    /// <summary>The bytes of JSON Lines the last operation that writes them wrote.</summary>
    public long OutputBytes => _output.Position;

    // Each column's attribute name, as the import names it, for the JSON Lines written straight from the spans.
    private static readonly JsonEncodedText[] AttributeNames = [.. GdeltColumns.Events2.Select(c => JsonEncodedText.Encode("gdelt:" + c.Name))];
    private static readonly JsonEncodedText KindName = JsonEncodedText.Encode("kind");
    private static readonly JsonEncodedText EventKind = JsonEncodedText.Encode("event");
    private static readonly JsonEncodedText RecordName = JsonEncodedText.Encode("record");
    private static readonly JsonEncodedText IdName = JsonEncodedText.Encode("id");
    private static readonly JsonEncodedText AttributesName = JsonEncodedText.Encode("attributes");

    [Benchmark(Baseline = true)]
    public long Sep_EveryColumnAsSpan()
    {
        using var reader = OpenSep();
        long length = 0;
        foreach (var row in reader)
        {
            for (var i = 0; i < row.ColCount; i++)
            {
                length += row[i].Span.Length;
            }
        }

        return length;
    }

    /// <summary>A floor: what any importer that keeps every column must at least do, make each value a string.</summary>
    [Benchmark]
    public long Sep_EveryColumnAsString()
    {
        using var reader = OpenSep();
        long length = 0;
        foreach (var row in reader)
        {
            for (var i = 0; i < row.ColCount; i++)
            {
                length += row[i].ToString().Length;
            }
        }

        return length;
    }

    /// <summary>
    /// A floor of the import to JSON Lines: each row written as one JSON line, an event record holding its id and its
    /// 61 columns as named string attributes, with Utf8JsonWriter straight from Sep's spans: no checking, no model.
    /// </summary>
    [Benchmark]
    public long Sep_ToJsonLinesFromSpans()
    {
        _output.Position = 0;
        using var reader = OpenSep();
        using var json = new Utf8JsonWriter(_output, new JsonWriterOptions { SkipValidation = true });
        Span<char> id = stackalloc char[64];
        "gdelt-".CopyTo(id);
        foreach (var row in reader)
        {
            json.WriteStartObject();
            json.WriteString(KindName, EventKind);
            json.WriteStartObject(RecordName);
            var number = row[0].Span;
            number.CopyTo(id[6..]);
            json.WriteString(IdName, id[..(6 + number.Length)]);
            json.WriteStartObject(AttributesName);
            for (var i = 0; i < row.ColCount; i++)
            {
                json.WriteString(AttributeNames[i], row[i].Span);
            }

            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
            json.Flush();
            _output.WriteByte((byte)'\n');
            json.Reset();
        }

        return _output.Position;
    }

    [Benchmark]
    public long Import_Records() => ImportRecords(EventsTsv);

    /// <summary>The import of rows whose SOURCEURLs repeat as the sample's do: a document per article, not per row.</summary>
    [Benchmark]
    public long Import_Records_UrlsAsInSample() => ImportRecords(EventsTsvUrlsAsInSample);

    [Benchmark]
    public long Import_ToJsonLines()
    {
        _output.Position = 0;
        return new GdeltImporter().WriteJsonLines([ImportSource.FromBytes("events.tsv", EventsTsv)], _output, Id);
    }

    private static long ImportRecords(byte[] tsv)
    {
        long count = 0;
        foreach (var record in new GdeltImporter().ReadRecords([ImportSource.FromBytes("events.tsv", tsv)], Id))
        {
            count += (int)record.Kind;
        }

        return count;
    }

    private static SepReader OpenSep() =>
        Sep.New('\t').Reader(o => o with { HasHeader = false, DisableColCountCheck = true, DisableQuotesParsing = true })
            .From(new StreamReader(new MemoryStream(EventsTsv), Encoding.UTF8));

    private static byte[] MakeEvents(int rows, bool urlPerRow)
    {
        var sample = File.ReadAllLines(Path.Combine(RepositoryRoot(), "tests", "NewsEvents.Interop.Tests", "Fixtures", "gdelt2_events_sample.tsv"));
        var text = new StringBuilder();
        for (var i = 0; i < rows; i++)
        {
            var columns = sample[i % sample.Length].Split('\t');
            columns[0] = (1_000_000_000L + i).ToString(CultureInfo.InvariantCulture);
            columns[60] += (urlPerRow ? "?row=" : "?pass=") + (urlPerRow ? i : i / sample.Length).ToString(CultureInfo.InvariantCulture);
            text.Append(string.Join('\t', columns)).Append('\n');
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "NewsEvents.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (NewsEvents.sln) is not above the benchmark's directory.");
    }

    /// <summary>BenchmarkDotNet's columns and rows/s, MB/s, bytes allocated per row and the ratio to Sep's parse.</summary>
    public sealed class GdeltImportConfig : ManualConfig
    {
        public GdeltImportConfig()
        {
            AddColumn(
                new FigureColumn("GdeltImport", "Rows/s", "GDELT events rows read per second", (_, _, seconds, _) => (Rows / seconds).ToString("N0", CultureInfo.InvariantCulture)),
                new FigureColumn("GdeltImport", "MB/s", "Megabytes (10^6 bytes) of TSV read per second", (_, _, seconds, _) => (EventsTsv.Length / seconds / 1e6).ToString("N1", CultureInfo.InvariantCulture)),
                new FigureColumn("GdeltImport", "Alloc/row", "Bytes allocated per row", (summary, benchmarkCase, _, _) =>
                    summary[benchmarkCase]?.GcStats.GetBytesAllocatedPerOperation(benchmarkCase) is { } bytes ? (bytes / (double)Rows).ToString("N0", CultureInfo.InvariantCulture) : "-"),
                new FigureColumn("GdeltImport", "vs Sep parse", "Rows/s divided by Sep's parse of the same bytes (every column read as a span)", (_, _, seconds, baseline) =>
                    baseline is { } b ? (b / seconds).ToString("0.000", CultureInfo.InvariantCulture) : "-"));
            WithBuildTimeout(TimeSpan.FromMinutes(15));
        }
    }
}
