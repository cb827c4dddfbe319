using System.Collections.Immutable;

namespace NewsEvents.Interop.SchemaOrg;

/// <summary>
/// A fact-checker's review of a claim, as a ClaimReview gives it: the rating as a closed set with the original text
/// and numbers, the reviewer, the date, the review's URL and body, and the documents the claim appeared in.
/// </summary>
/// <remarks>
/// In the dataset, the review is the reviewed claim's relay (the reviewer), the reviewer's verdict as a claim of its
/// own, the documents, and the review's values as the claim's <c>claimreview:</c> source attributes; this record
/// gathers them, typed.
/// </remarks>
public sealed record ClaimReview
{
    /// <summary>The reviewed claim.</summary>
    public required ClaimId Claim { get; init; }

    /// <summary>The reviewer's verdict as a claim of its own, when the rating says true or false to some degree.</summary>
    public ClaimId? Verdict { get; init; }

    /// <summary>The fact-checker (<c>author</c>), when given.</summary>
    public ActorId? Reviewer { get; init; }

    /// <summary>The verdict: from the rating's numbers when it has them, else from its name.</summary>
    public ClaimRating Rating { get; init; }

    /// <summary>The rating's name as written (<c>alternateName</c>: "Pants on Fire", "Faux").</summary>
    public string? RatingText { get; init; }

    /// <summary>The rating's value (<c>ratingValue</c>).</summary>
    public decimal? RatingValue { get; init; }

    /// <summary>The best value of the scale (<c>bestRating</c>, 5 when not given).</summary>
    public decimal? BestRating { get; init; }

    /// <summary>The worst value of the scale (<c>worstRating</c>, 1 when not given).</summary>
    public decimal? WorstRating { get; init; }

    /// <summary>Whether the rating's name says another verdict than its numbers (which <see cref="Rating"/> follows).</summary>
    public bool RatingTextDisagrees { get; init; }

    /// <summary>When the review was published (<c>datePublished</c>).</summary>
    public TimeValue? Published { get; init; }

    /// <summary>The review's URL (<c>url</c>).</summary>
    public string? Url { get; init; }

    /// <summary>The review's text (<c>reviewBody</c>).</summary>
    public string? Body { get; init; }

    /// <summary>The review itself as a document, when it has a URL.</summary>
    public DocumentId? Document { get; init; }

    /// <summary>The documents the claim appeared in (<c>itemReviewed.appearance</c> and <c>firstAppearance</c>), first appearance first.</summary>
    public ImmutableArray<DocumentId> Appearances { get; init; } = [];

    /// <inheritdoc />
    public bool Equals(ClaimReview? other) =>
        other is not null && Claim == other.Claim && Verdict == other.Verdict && Reviewer == other.Reviewer && Rating == other.Rating
        && RatingText == other.RatingText && RatingValue == other.RatingValue && BestRating == other.BestRating
        && WorstRating == other.WorstRating && RatingTextDisagrees == other.RatingTextDisagrees && Equals(Published, other.Published)
        && Url == other.Url && Body == other.Body && Document == other.Document && Appearances.SequenceEqual(other.Appearances);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Claim, Rating, RatingText, Url);

    /// <summary>Returns <c>ClaimReview of claim: rating ("text")</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => RatingText is null ? $"ClaimReview of {Claim}: {Rating}" : $"ClaimReview of {Claim}: {Rating} (\"{RatingText}\")";
}
