using System.Collections.Immutable;
using NewsEvents.Analysis;

namespace NewsEvents.Cli.Reports;

/// <summary>A claim: who asserts what, how surely, through whom, and how it stands against the others.</summary>
internal sealed record ClaimEntry
{
    public required string Id { get; init; }

    public required string ClaimantId { get; init; }

    public required string Claimant { get; init; }

    public required string Proposition { get; init; }

    public required ClaimPolarity Polarity { get; init; }

    public required ClaimCertainty Certainty { get; init; }

    /// <summary>How the claimant holds it, in words: <c>asserts</c>, <c>denies, probable</c>, <c>raises</c>.</summary>
    public string Stance => (Polarity switch
    {
        ClaimPolarity.Positive => "asserts",
        ClaimPolarity.Negative => "denies",
        _ => "raises",
    }) + (Certainty == ClaimCertainty.Underspecified ? string.Empty : $", {Words.Spaced(Certainty)}");

    /// <summary>The relays between the reader and the claimant, outermost first, by name (the article reports that TASS reported...).</summary>
    public ReportList<string> Attribution { get; init; } = ReportList<string>.Empty;

    /// <summary>The claims this one supports, contradicts or repeats, as "supports c2".</summary>
    public ReportList<string> Links { get; init; } = ReportList<string>.Empty;

    /// <summary>Where the claim stands: uncontested, single-source, corroborated or contested.</summary>
    public required ClaimStatus Status { get; init; }

    /// <summary>The independent origins asserting the claim, by name (two outlets repeating one agency are one).</summary>
    public ReportList<string> Sources { get; init; } = ReportList<string>.Empty;

    /// <summary>The ids of the claims that contradict it.</summary>
    public ReportList<string> ContradictedBy { get; init; } = ReportList<string>.Empty;

    /// <summary>The numbers of the contradictions it is in (see <see cref="AnalysisReport.Contradictions"/>).</summary>
    public ImmutableArray<int> Contradictions { get; init; } = [];
}
