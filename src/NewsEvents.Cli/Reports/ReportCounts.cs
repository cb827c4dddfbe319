namespace NewsEvents.Cli.Reports;

/// <summary>How many items of each kind a dataset holds.</summary>
internal sealed record ReportCounts(int Documents, int Actors, int Events, int Statements, int Claims, int Relations);
