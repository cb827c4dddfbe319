using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using NewsEvents.Interop;
using NewsEvents.Interop.Gdelt;
using NewsEvents.Streaming;
using nietras.SeparatedValues;

namespace NewsEvents.Benchmarks;

/// <summary>
/// The GDELT import against Sep's own parse of the same bytes, every column of every row read as a span: the
/// practical limit of reading the file at all. The bytes are the 100 rows of the GDELT 2.0 events sample, repeated
/// with a new GLOBALEVENTID and SOURCEURL per row (so that every row is a new event and a new document), to
/// <see cref="Rows"/> rows. Set NEWSEVENTS_BENCH_GDELT_ROWS to change the count.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(GdeltImportConfig))]
public class GdeltImportBenchmarks
{
    public static readonly int Rows = int.TryParse(Environment.GetEnvironmentVariable("NEWSEVENTS_BENCH_GDELT_ROWS"), CultureInfo.InvariantCulture, out var rows) ? rows : 20_000;

    public static readonly byte[] EventsTsv = MakeEvents(Rows);

    private static readonly DatasetId Id = new("bench");
    private readonly MemoryStream _output = new(EventsTsv.Length * 4);

    [Benchmark(Baseline = true)]
    public long Sep_EveryColumnAsSpan()
    {
        using var text = new StreamReader(new MemoryStream(EventsTsv), Encoding.UTF8);
        using var reader = Sep.New('\t').Reader(o => o with { HasHeader = false, DisableColCountCheck = true, DisableQuotesParsing = true }).From(text);
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

    [Benchmark]
    public long Import_Records()
    {
        long count = 0;
        foreach (var record in new GdeltImporter().ReadRecords([ImportSource.FromBytes("events.tsv", EventsTsv)], Id))
        {
            count += (int)record.Kind;
        }

        return count;
    }

    [Benchmark]
    public long Import_ToJsonLines()
    {
        _output.Position = 0;
        return new GdeltImporter().WriteJsonLines([ImportSource.FromBytes("events.tsv", EventsTsv)], _output, Id);
    }

    private static byte[] MakeEvents(int rows)
    {
        var sample = File.ReadAllLines(Path.Combine(RepositoryRoot(), "tests", "NewsEvents.Interop.Tests", "Fixtures", "gdelt2_events_sample.tsv"));
        var text = new StringBuilder();
        for (var i = 0; i < rows; i++)
        {
            var columns = sample[i % sample.Length].Split('\t');
            columns[0] = (1_000_000_000L + i).ToString(CultureInfo.InvariantCulture);
            columns[60] += "?row=" + i.ToString(CultureInfo.InvariantCulture);
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
