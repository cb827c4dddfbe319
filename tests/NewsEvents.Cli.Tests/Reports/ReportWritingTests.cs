using NewsEvents.Cli.Reports;
using NewsEvents.Generation;

namespace NewsEvents.Cli.Tests.Reports;

/// <summary>What writing a report costs, text and JSON alike (<see cref="TextReportWriter"/>, <see cref="JsonReportWriter"/>).</summary>
public sealed class ReportWritingTests
{
    [Theory]
    [InlineData("text")]
    [InlineData("json")]
    public void Writing_a_cut_report_of_ten_times_the_events_allocates_far_less_than_ten_times_as_much(string format)
    {
        var small = Allocated(format, AnalysisReportBuilder.Build(new SyntheticDatasetGenerator(5, SyntheticDatasetOptions.ForEvents(1000)).GenerateDataset(), ReportCaps.Default));
        var large = Allocated(format, AnalysisReportBuilder.Build(new SyntheticDatasetGenerator(5, SyntheticDatasetOptions.ForEvents(10_000)).GenerateDataset(), ReportCaps.Default));

        // Only the shown entries are made; what grows with the data is choosing them (an actor's entry is made to rank it).
        ((double)large / small).Should().BeLessThan(4, $"writing allocated {small:N0} bytes at 1,000 events and {large:N0} at 10,000");
    }

    private static long Allocated(string format, AnalysisReport report)
    {
        Write(format, report);
        var before = GC.GetAllocatedBytesForCurrentThread();
        Write(format, report);
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    private static void Write(string format, AnalysisReport report)
    {
        if (format == "json")
        {
            JsonReportWriter.Write(TextWriter.Null, report);
        }
        else
        {
            TextReportWriter.Write(TextWriter.Null, report);
        }
    }
}
