// A console benchmark has no synchronization context to return to: ConfigureAwait would only add noise.
#pragma warning disable CA2007

using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using NewsEvents.Generation;
using NewsEvents.Parquet;
using NewsEvents.Streaming;
using Parquet;
using Parquet.Schema;

namespace NewsEvents.Benchmarks;

/// <summary>
/// The Parquet export from JSON Lines against Parquet.Net writing the same columns, in the same row groups, from
/// arrays it already holds: the practical limit of writing the tables at all. The data is
/// <see cref="Events"/> generated events (NEWSEVENTS_BENCH_PARQUET_EVENTS changes the count); the arrays are the
/// columns of the export's own files, read back once before the run.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ParquetExportConfig))]
public class ParquetExportBenchmarks
{
    public static readonly int Events = int.TryParse(Environment.GetEnvironmentVariable("NEWSEVENTS_BENCH_PARQUET_EVENTS"), CultureInfo.InvariantCulture, out var events) ? events : 20_000;

    private static readonly Lazy<(byte[] Lines, long Records)> Data = new(() =>
    {
        using var lines = new MemoryStream();
        var records = JsonLinesWriter.Write(lines, new SyntheticDatasetGenerator(42, SyntheticDatasetOptions.ForEvents(Events)).GenerateRecords());
        return (lines.ToArray(), records);
    });

    private readonly string _root = Path.Combine(Path.GetTempPath(), "newsevents-parquet-bench-" + Guid.NewGuid().ToString("N"));
    private List<(string File, ParquetSchema Schema, List<(DataField Field, Array Values)[]> Groups)> _columns = [];

    public static long Records => Data.Value.Records;

    /// <summary>The generated events as JSON Lines, shared with <see cref="ParquetReadBenchmarks"/>.</summary>
    internal static byte[] Lines => Data.Value.Lines;

    [GlobalSetup]
    public void Setup()
    {
        Directory.CreateDirectory(_root);
        var source = Path.Combine(_root, "source");
        NewsEventsParquet.WriteJsonLinesAsync(new MemoryStream(Data.Value.Lines), source).GetAwaiter().GetResult();
        _columns = [.. Directory.GetFiles(source, "*.parquet").Order(StringComparer.Ordinal).Select(file => ReadColumns(file).GetAwaiter().GetResult())];
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_root, recursive: true);

    [IterationCleanup]
    public void RemoveOutput()
    {
        foreach (var name in new[] { "arrays", "export" })
        {
            var folder = Path.Combine(_root, name);
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    [Benchmark(Baseline = true)]
    public async Task<int> ParquetNet_ColumnsFromArrays()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_root, "arrays")).FullName;
        var written = 0;
        foreach (var (file, schema, groups) in _columns)
        {
            await using var stream = File.Create(Path.Combine(folder, file));
            await using var writer = await ParquetWriter.CreateAsync(schema, stream, new ParquetOptions { CompressionMethod = CompressionMethod.Snappy });
            foreach (var group in groups)
            {
                using var rowGroup = writer.CreateRowGroup();
                foreach (var (field, values) in group)
                {
                    await WriteAsync(rowGroup, field, values);
                    written++;
                }
            }
        }

        return written;
    }

    [Benchmark]
    public Task<long> Export_FromJsonLines() =>
        NewsEventsParquet.WriteJsonLinesAsync(new MemoryStream(Data.Value.Lines), Path.Combine(_root, "export"), new ParquetExportOptions { ValidateAcrossRecords = false });

    [Benchmark]
    public Task<long> Export_FromJsonLines_Validated() =>
        NewsEventsParquet.WriteJsonLinesAsync(new MemoryStream(Data.Value.Lines), Path.Combine(_root, "export"));

    /// <summary>Every column of a table file as arrays, row group by row group, with Parquet.Net alone.</summary>
    internal static async Task<(string, ParquetSchema, List<(DataField, Array)[]>)> ReadColumns(string path)
    {
        await using var reader = await ParquetReader.CreateAsync(path);
        var groups = new List<(DataField, Array)[]>();
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            using var group = reader.OpenRowGroupReader(g);
            var count = (int)group.RowCount;
            var columns = new List<(DataField, Array)>();
            foreach (var field in reader.Schema.DataFields)
            {
                columns.Add((field, await ReadAsync(group, field, count)));
            }

            groups.Add([.. columns]);
        }

        return (Path.GetFileName(path), reader.Schema, groups);
    }

    private static async Task<Array> ReadAsync(ParquetRowGroupReader group, DataField field, int count)
    {
        if (field.ClrType == typeof(ReadOnlyMemory<char>))
        {
            var strings = new string?[count];
            await group.ReadAsync(field, strings.AsMemory());
            return strings;
        }

        return field.ClrType == typeof(int) ? await Values<int>(group, field, count)
            : field.ClrType == typeof(bool) ? await Values<bool>(group, field, count)
            : field.ClrType == typeof(double) ? await Values<double>(group, field, count)
            : field.ClrType == typeof(decimal) ? await Values<decimal>(group, field, count)
            : field.ClrType == typeof(DateTime) ? await Values<DateTime>(group, field, count)
            : throw new NotSupportedException(field.ToString());
    }

    private static async Task<Array> Values<T>(ParquetRowGroupReader group, DataField field, int count)
        where T : struct
    {
        if (field.IsNullable)
        {
            var nullable = new T?[count];
            await group.ReadAsync<T>(field, nullable.AsMemory());
            return nullable;
        }

        var values = new T[count];
        await group.ReadAsync<T>(field, values.AsMemory());
        return values;
    }

    private static Task WriteAsync(ParquetRowGroupWriter group, DataField field, Array values) => values switch
    {
        string?[] strings => group.WriteAsync(field, strings!),
        int[] v => group.WriteAsync<int>(field, v.AsMemory()),
        int?[] v => group.WriteAsync<int>(field, v.AsMemory()),
        bool?[] v => group.WriteAsync<bool>(field, v.AsMemory()),
        double?[] v => group.WriteAsync<double>(field, v.AsMemory()),
        decimal?[] v => group.WriteAsync<decimal>(field, v.AsMemory()),
        DateTime?[] v => group.WriteAsync<DateTime>(field, v.AsMemory()),
        _ => throw new NotSupportedException(values.GetType().Name),
    };

    /// <summary>BenchmarkDotNet's columns, records per second, and the ratio of records per second to Parquet.Net's writing of the arrays.</summary>
    public sealed class ParquetExportConfig : ManualConfig
    {
        public ParquetExportConfig()
        {
            AddColumn(
                new FigureColumn("ParquetExport", "Records/s", "JSON Lines records (header, documents, actors, events, statements, claims, relations) written as tables per second", (_, _, seconds, _) =>
                    (Records / seconds).ToString("N0", CultureInfo.InvariantCulture)),
                new FigureColumn("ParquetExport", "vs arrays", "Records/s divided by Parquet.Net's writing of the same columns from arrays", (_, _, seconds, baseline) =>
                    baseline is { } b ? (b / seconds).ToString("0.000", CultureInfo.InvariantCulture) : "-"));
            WithBuildTimeout(TimeSpan.FromMinutes(15));
        }
    }
}
