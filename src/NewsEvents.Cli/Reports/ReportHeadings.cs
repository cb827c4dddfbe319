using NewsEvents.Analysis;

namespace NewsEvents.Cli.Reports;

/// <summary>The headings the text and the HTML report share, written once so that the two say the same.</summary>
internal static class ReportHeadings
{
    public static string Timeline(int events, int marked) =>
        $"Timeline ({Words.Count(events, "event")}{(marked == 0 ? string.Empty : $"; {marked} marked as planned, cancelled, failed, hypothetical, denied or disputed")})";

    public static string WhoSaidWhat(int statements, int speakers) =>
        $"Who said what ({Words.Count(statements, "statement")} by {Words.Count(speakers, "speaker")})";

    /// <param name="claims">How many claims.</param>
    /// <param name="byStatus">How many claims have each status, in the statuses' order.</param>
    public static string Claims(int claims, IEnumerable<KeyValuePair<ClaimStatus, int>> byStatus)
    {
        var tally = string.Join(", ", byStatus.Select(g => $"{g.Value} {Words.Spaced(g.Key)}"));
        return $"Claims ({claims}{(tally.Length == 0 ? string.Empty : $": {tally}")})";
    }

    public static string Figures(int groups, int disputed) =>
        $"Figures ({Words.Count(groups, "group")}{(disputed == 0 ? string.Empty : $", {disputed} disputed")})";
}
