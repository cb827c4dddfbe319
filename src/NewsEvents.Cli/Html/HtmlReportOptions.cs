using NewsEvents.Cli.Reports;

namespace NewsEvents.Cli.Html;

/// <summary>How much of each section an HTML report shows (as <c>newsevents analyze</c>: <c>--top N</c>, <c>--full</c>).</summary>
public sealed record HtmlReportOptions
{
    /// <summary>The default: sections of up to 50 items whole, longer ones cut to the 20 that matter most.</summary>
    public static HtmlReportOptions Default { get; } = new();

    /// <summary>Show at most this many items of every section (at least 1); null for the default caps.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int? Top
    {
        get;
        init => field = value is null or >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(Top), value, "HtmlReportOptions.Top must be at least 1.");
    }

    /// <summary>Show every section whole, however long (the report is then as large as the data). Not with <see cref="Top"/>.</summary>
    public bool Full { get; init; }

    /// <summary>The caps these options stand for.</summary>
    /// <exception cref="ArgumentException">Both <see cref="Top"/> and <see cref="Full"/> are set.</exception>
    internal ReportCaps Caps => Full && Top is not null
        ? throw new ArgumentException("HtmlReportOptions.Top and HtmlReportOptions.Full cannot be used together: Full shows every item.")
        : ReportCaps.Of(Top, Full);
}
