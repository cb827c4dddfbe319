using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace NewsEvents.Benchmarks.Analysis;

/// <summary>The mean time divided by the number of events (the <c>Events</c> parameter), in nanoseconds.</summary>
public sealed class PerEventColumn : IColumn
{
    public string Id => "Analysis.PerEvent";

    public string ColumnName => "ns/event";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Mean time divided by the number of events of the dataset";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase)
    {
        var report = summary[benchmarkCase];
        var events = benchmarkCase.Parameters.Items.FirstOrDefault(p => p.Name == "Events")?.Value as int?;
        return report?.ResultStatistics is { } stats && events is > 0
            ? (stats.Mean / events.Value).ToString("N0", CultureInfo.InvariantCulture)
            : "-";
    }

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}
