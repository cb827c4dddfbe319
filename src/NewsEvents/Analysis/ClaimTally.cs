namespace NewsEvents.Analysis;

/// <summary>Counts of claims by status.</summary>
/// <param name="Claims">How many claims.</param>
/// <param name="Corroborated">How many are corroborated.</param>
/// <param name="Contested">How many are contested.</param>
/// <param name="SingleSource">How many are single-source.</param>
/// <param name="Uncontested">How many are uncontested.</param>
public sealed record ClaimTally(int Claims, int Corroborated, int Contested, int SingleSource, int Uncontested)
{
    /// <summary>No claims.</summary>
    public static ClaimTally Empty { get; } = new(0, 0, 0, 0, 0);

    /// <summary>How many statuses a claim can have: the length of the counts <see cref="Of"/> reads.</summary>
    internal const int Statuses = (int)ClaimStatus.Contested + 1;

    /// <summary>The tally of counts by status (indexed by the status's value); <see cref="Empty"/> when there are none.</summary>
    internal static ClaimTally Of(ReadOnlySpan<int> byStatus)
    {
        var (uncontested, single, corroborated, contested) =
            (byStatus[(int)ClaimStatus.Uncontested], byStatus[(int)ClaimStatus.SingleSource], byStatus[(int)ClaimStatus.Corroborated], byStatus[(int)ClaimStatus.Contested]);
        var claims = uncontested + single + corroborated + contested;
        return claims == 0 ? Empty : new(claims, corroborated, contested, single, uncontested);
    }

    /// <summary>This tally with one more claim of the status.</summary>
    public ClaimTally Add(ClaimStatus status) => status switch
    {
        ClaimStatus.Corroborated => this with { Claims = Claims + 1, Corroborated = Corroborated + 1 },
        ClaimStatus.Contested => this with { Claims = Claims + 1, Contested = Contested + 1 },
        ClaimStatus.SingleSource => this with { Claims = Claims + 1, SingleSource = SingleSource + 1 },
        _ => this with { Claims = Claims + 1, Uncontested = Uncontested + 1 },
    };

    /// <summary>Returns the counts.</summary>
    public override string ToString() =>
        $"{AnalysisText.Count(Claims)} claim(s): {AnalysisText.Count(Corroborated)} corroborated, {AnalysisText.Count(Contested)} contested, {AnalysisText.Count(SingleSource)} single-source, {AnalysisText.Count(Uncontested)} uncontested";
}
