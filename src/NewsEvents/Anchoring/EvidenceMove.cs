namespace NewsEvents.Anchoring;

/// <summary>An evidence span whose quote no longer matched its document's text, and where it was re-anchored.</summary>
/// <param name="Path">The JSON path of the span in the dataset: <c>$.actors[0].evidence[1]</c>.</param>
/// <param name="Before">The span as it was.</param>
/// <param name="After">The span at the nearest exact occurrence of its quote, or null when the quote does not occur in the text.</param>
public sealed record EvidenceMove(string Path, Evidence Before, Evidence? After)
{
    /// <summary>Returns <c>path: start..end → start..end "quote"</c>, or <c>path: "quote" not found</c>.</summary>
    public override string ToString() => After is { } after
        ? FormattableString.Invariant($"{Path}: {Before.Start}..{Before.End} → {after.Start}..{after.End} \"{after.Quote}\"")
        : $"{Path}: \"{Before.Quote}\" not found in document '{Before.Document}'";
}
