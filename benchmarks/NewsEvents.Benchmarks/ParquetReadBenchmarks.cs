// A console benchmark has no synchronization context to return to: ConfigureAwait would only add noise.
#pragma warning disable CA2007

using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using NewsEvents.Parquet;

namespace NewsEvents.Benchmarks;

/// <summary>
/// Reading a folder of tables back into a dataset (<see cref="NewsEventsParquet.ReadAsync"/>, which also validates
/// it) against Parquet.Net reading every column of the same files into arrays: the practical limit of reading the
/// tables at all. The folder is the export of <see cref="ParquetExportBenchmarks"/>'s generated events.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ParquetReadConfig))]
public class ParquetReadBenchmarks
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "newsevents-parquet-read-bench-" + Guid.NewGuid().ToString("N"));

    [GlobalSetup]
    public void Setup() => NewsEventsParquet.WriteJsonLinesAsync(new MemoryStream(ParquetExportBenchmarks.Lines), _folder).GetAwaiter().GetResult();

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);

    [Benchmark(Baseline = true)]
    public async Task<int> ParquetNet_ColumnsToArrays()
    {
        var columns = 0;
        foreach (var file in Directory.GetFiles(_folder, "*.parquet"))
        {
            var (_, _, groups) = await ParquetExportBenchmarks.ReadColumns(file);
            columns += groups.Sum(g => g.Length);
        }

        return columns;
    }

    [Benchmark]
    public Task<Dataset> Read_ToDataset() => NewsEventsParquet.ReadAsync(_folder);

    /// <summary>BenchmarkDotNet's columns, records per second, and the ratio of records per second to Parquet.Net's reading of the columns into arrays.</summary>
    public sealed class ParquetReadConfig : ManualConfig
    {
        public ParquetReadConfig()
        {
            AddColumn(
                new FigureColumn("ParquetRead", "Records/s", "Records of the folder (header, documents, actors, events, statements, claims, relations) read back per second", (_, _, seconds, _) =>
                    (ParquetExportBenchmarks.Records / seconds).ToString("N0", CultureInfo.InvariantCulture)),
                new FigureColumn("ParquetRead", "vs arrays", "Records/s divided by Parquet.Net's reading of the same columns into arrays", (_, _, seconds, baseline) =>
                    baseline is { } b ? (b / seconds).ToString("0.000", CultureInfo.InvariantCulture) : "-"));
            WithBuildTimeout(TimeSpan.FromMinutes(15));
        }
    }
}
