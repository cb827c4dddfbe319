using System.Text.RegularExpressions;
using NewsEvents.Tests.Docs;

namespace NewsEvents.Parquet.Tests.TestSupport;

/// <summary>
/// The DuckDB queries of docs/parquet.md, read from the document itself: each is the <c>sql</c> block that
/// starts with its comment line (<c>-- events per status</c>), so the tests run exactly what users read.
/// </summary>
internal static partial class ParquetQueries
{
    private static readonly Lazy<Dictionary<string, string>> Blocks = new(ReadBlocks);

    public static string EventsPerStatus => Query("events per status");

    public static string EventsPerMonth => Query("events per month");

    public static string ClaimsPerClaimant => Query("claims per claimant");

    public static string EventsPerParticipant => Query("events per participant");

    public static string IndependentSourcesPerClaim => Query("independent sources per claim");

    public static string Query(string name) =>
        Blocks.Value.TryGetValue(name, out var sql) ? sql : throw new InvalidOperationException($"docs/parquet.md has no sql block starting '-- {name}'.");

    private static Dictionary<string, string> ReadBlocks()
    {
        var blocks = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match match in SqlBlock().Matches(RepositoryFiles.ReadText("docs", "parquet.md").ReplaceLineEndings("\n")))
        {
            blocks[match.Groups[1].Value.Trim()] = match.Groups[2].Value;
        }

        return blocks;
    }

    [GeneratedRegex(@"```sql\n-- ([^\n:]+)[^\n]*\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex SqlBlock();
}
