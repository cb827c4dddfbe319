using System.Collections.Immutable;

namespace NewsEvents.Interop.SchemaOrg;

/// <summary>What a ClaimReview import read: the dataset, each review whole, and the faults it read anyway.</summary>
public sealed record ClaimReviewImport
{
    /// <summary>The claims, their claimants and reviewers, the reviewers' verdicts and the documents.</summary>
    public required Dataset Dataset { get; init; }

    /// <summary>The reviews, in the order read, each naming its claim in <see cref="Dataset"/>.</summary>
    public ImmutableArray<ClaimReview> Reviews { get; init; } = [];

    /// <summary>Each real-world fault read anyway, where it was.</summary>
    public ImmutableArray<ToleratedFault> Tolerated { get; init; } = [];

    /// <summary>The nodes of other types than ClaimReview met beside the reviews (a page's <c>WebPage</c>, say), left out.</summary>
    public int OtherNodes { get; init; }

    /// <summary>The reviews read again (the same URL and claimReviewed as one read before), left out: the first read is kept.</summary>
    public int RepeatedReviews { get; init; }

    /// <inheritdoc />
    public bool Equals(ClaimReviewImport? other) =>
        other is not null && Dataset.Equals(other.Dataset) && Reviews.SequenceEqual(other.Reviews)
        && Tolerated.SequenceEqual(other.Tolerated) && OtherNodes == other.OtherNodes
        && RepeatedReviews == other.RepeatedReviews;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Dataset, Reviews.Length, Tolerated.Length, OtherNodes);

    /// <summary>Returns the number of reviews and of tolerated faults.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"ClaimReviewImport {Dataset.Id}: {Reviews.Length} reviews, {Tolerated.Length} tolerated faults";
}
