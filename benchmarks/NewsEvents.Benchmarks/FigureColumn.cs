using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace NewsEvents.Benchmarks;

/// <summary>
/// A column of a figure computed from a benchmark's mean (and the baseline's mean, for a ratio): rows/s, records/s,
/// the ratio to the practical limit. <paramref name="figure"/> gets the summary, the case, its mean and the
/// baseline's mean in seconds (null without a baseline) and gives the text.
/// </summary>
public sealed class FigureColumn(string id, string name, string legend, Func<Summary, BenchmarkCase, double, double?, string> figure) : IColumn
{
    public string Id => id + "." + name;

    public string ColumnName => name;

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => legend;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        if (summary[benchmarkCase]?.ResultStatistics?.Mean is not { } nanoseconds)
        {
            return "-";
        }

        var baseline = summary.BenchmarksCases.FirstOrDefault(b => b.Descriptor.Baseline);
        var baselineSeconds = baseline is not null && summary[baseline]?.ResultStatistics?.Mean is { } b ? b / 1e9 : (double?)null;
        return figure(summary, benchmarkCase, nanoseconds / 1e9, baselineSeconds);
    }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public override string ToString() => ColumnName;
}
