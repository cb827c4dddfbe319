namespace NewsEvents.Cli.Reports;

/// <summary>One bar of the events-per-month chart: its month (2019-04), year (2019) or decade (2010s), and how many events fall in it.</summary>
internal sealed record ChartRow(string Period, int Events);
