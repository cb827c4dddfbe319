namespace NewsEvents.Interop.SchemaOrg;

/// <summary>
/// The source attributes a reviewed claim carries (format 1.1): the review's own values as the ClaimReview wrote
/// them, under their schema.org names, and the rating the import read from them.
/// </summary>
internal static class ClaimReviewAttributes
{
    public const string Prefix = "claimreview:";

    /// <summary>The review's members kept as written: the member of the ClaimReview node, or of its <c>reviewRating</c>.</summary>
    public static readonly IReadOnlyList<(string Member, bool OfRating)> Kept =
    [
        ("url", false),
        ("datePublished", false),
        ("reviewBody", false),
        ("ratingValue", true),
        ("bestRating", true),
        ("worstRating", true),
        ("alternateName", true),
    ];

    /// <summary>The <see cref="ClaimRating"/> read, camelCase (<c>mostlyFalse</c>).</summary>
    public const string Rating = Prefix + "rating";

    /// <summary><c>true</c> when the rating's name says another verdict than its numbers; absent otherwise.</summary>
    public const string RatingTextDisagrees = Prefix + "ratingTextDisagrees";

    /// <summary>The attribute name of a kept member: <c>claimreview:url</c>, <c>claimreview:reviewRating.ratingValue</c>.</summary>
    public static string NameOf((string Member, bool OfRating) kept) => Prefix + (kept.OfRating ? "reviewRating." : string.Empty) + kept.Member;

    public static SourceAttributes Of(JsonLdNode review, ClaimReview read)
    {
        var rating = review.Node("reviewRating");
        var attributes = new List<SourceAttribute>();
        foreach (var kept in Kept)
        {
            if ((kept.OfRating ? rating : review)?.Raw(kept.Member) is { } value)
            {
                attributes.Add(new SourceAttribute(NameOf(kept), value));
            }
        }

        var name = read.Rating.ToString();
        attributes.Add(new SourceAttribute(Rating, AttributeValue.FromText(char.ToLowerInvariant(name[0]) + name[1..])));
        if (read.RatingTextDisagrees)
        {
            attributes.Add(new SourceAttribute(RatingTextDisagrees, AttributeValue.FromBoolean(true)));
        }

        return SourceAttributes.Create(attributes);
    }
}
