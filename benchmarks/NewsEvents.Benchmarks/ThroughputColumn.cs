using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace NewsEvents.Benchmarks;

/// <summary>
/// Throughput figures computed from the measured mean and allocations: MB/s (10^6 bytes) of the
/// bytes a benchmark reads or writes (the dataset JSON, or the JSON Lines for the Lines benchmarks),
/// its ratio to the scan's MB/s, records/s, bytes allocated per record, and that allocation as a
/// ratio to the System.Text.Json reflection serializer doing the same direction of work.
/// </summary>
public sealed class ThroughputColumn(ThroughputColumn.Metric metric) : IColumn
{
    public enum Metric
    {
        MegabytesPerSecond,
        ScanRatio,
        SameBytesScanRatio,
        RecordsPerSecond,
        AllocatedPerRecord,
        AllocatedRatio,
    }

    public string Id => "Throughput." + metric;

    public string ColumnName => metric switch
    {
        Metric.MegabytesPerSecond => "MB/s",
        Metric.ScanRatio => "MB/s vs scan",
        Metric.SameBytesScanRatio => "vs scan of same bytes",
        Metric.RecordsPerSecond => "Records/s",
        Metric.AllocatedPerRecord => "Alloc/record",
        _ => "Alloc vs STJ-reflection",
    };

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => (int)metric;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => metric switch
    {
        Metric.MegabytesPerSecond => "Megabytes (10^6 bytes) of JSON read or written per second",
        Metric.ScanRatio => "MB/s divided by the Utf8JsonReader scan's MB/s over the dataset JSON",
        Metric.SameBytesScanRatio => "MB/s divided by the scan's MB/s over the same bytes (the JSON Lines scan for the Lines benchmarks)",
        Metric.RecordsPerSecond => "Records (documents, actors, events, statements, claims, relations) per second",
        Metric.AllocatedPerRecord => "Bytes allocated per record",
        _ => "Bytes allocated divided by the System.Text.Json reflection serializer's in the same direction",
    };

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var data = BenchmarkData.Instance;
        var name = benchmarkCase.Descriptor.WorkloadMethod.Name;
        var seconds = Seconds(summary, benchmarkCase);
        if (seconds is not { } s)
        {
            return "-";
        }

        var bytes = name.Contains("Lines", StringComparison.Ordinal) ? data.LinesJson.Length : data.DatasetJson.Length;
        var mbps = bytes / s / 1e6;
        switch (metric)
        {
            case Metric.MegabytesPerSecond:
                return mbps.ToString("N1", CultureInfo.InvariantCulture);
            case Metric.ScanRatio:
                var scan = summary.BenchmarksCases.FirstOrDefault(b => b.Descriptor.Baseline);
                return scan is not null && Seconds(summary, scan) is { } scanSeconds
                    ? (mbps / (data.DatasetJson.Length / scanSeconds / 1e6)).ToString("0.000", CultureInfo.InvariantCulture)
                    : "-";
            case Metric.SameBytesScanRatio:
                var lines = name.Contains("Lines", StringComparison.Ordinal);
                var reference = summary.BenchmarksCases.FirstOrDefault(b => lines
                    ? b.Descriptor.WorkloadMethod.Name == nameof(JsonBenchmarks.Scan_Utf8JsonReader_Lines)
                    : b.Descriptor.Baseline);
                return reference is not null && Seconds(summary, reference) is { } referenceSeconds
                    ? (mbps / (bytes / referenceSeconds / 1e6)).ToString("0.000", CultureInfo.InvariantCulture)
                    : "-";
            case Metric.RecordsPerSecond:
                return (data.RecordCount / s).ToString("N0", CultureInfo.InvariantCulture);
            case Metric.AllocatedPerRecord:
                return Allocated(summary, benchmarkCase) is { } allocated ? (allocated / (double)data.RecordCount).ToString("N0", CultureInfo.InvariantCulture) : "-";
            default:
                var peerName = JsonBenchmarks.AllocationPeerOf(name);
                var peer = summary.BenchmarksCases.FirstOrDefault(b => b.Descriptor.WorkloadMethod.Name == peerName);
                return peer is not null && Allocated(summary, benchmarkCase) is { } mine && Allocated(summary, peer) is { } theirs && theirs > 0
                    ? (mine / (double)theirs).ToString("0.000", CultureInfo.InvariantCulture)
                    : "-";
        }
    }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public override string ToString() => ColumnName;

    private static double? Seconds(Summary summary, BenchmarkCase benchmarkCase) =>
        summary[benchmarkCase]?.ResultStatistics?.Mean is { } nanoseconds ? nanoseconds / 1e9 : null;

    private static long? Allocated(Summary summary, BenchmarkCase benchmarkCase) =>
        summary[benchmarkCase]?.GcStats.GetBytesAllocatedPerOperation(benchmarkCase);
}
