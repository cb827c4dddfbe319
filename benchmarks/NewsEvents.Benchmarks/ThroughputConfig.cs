using BenchmarkDotNet.Configs;

namespace NewsEvents.Benchmarks;

/// <summary>The default configuration plus the throughput columns: MB/s, records/s, bytes allocated per record and their ratios.</summary>
public sealed class ThroughputConfig : ManualConfig
{
    public ThroughputConfig()
    {
        AddColumn(
            new ThroughputColumn(ThroughputColumn.Metric.MegabytesPerSecond),
            new ThroughputColumn(ThroughputColumn.Metric.ScanRatio),
            new ThroughputColumn(ThroughputColumn.Metric.SameBytesScanRatio),
            new ThroughputColumn(ThroughputColumn.Metric.RecordsPerSecond),
            new ThroughputColumn(ThroughputColumn.Metric.AllocatedPerRecord),
            new ThroughputColumn(ThroughputColumn.Metric.AllocatedRatio));
        SummaryStyle = BenchmarkDotNet.Reports.SummaryStyle.Default.WithMaxParameterColumnWidth(40);

        // Shared build machines can be slow: do not give up on building the benchmark process after two minutes.
        WithBuildTimeout(TimeSpan.FromMinutes(15));
    }
}
