namespace NewsEvents.Interop.SchemaOrg;

/// <summary>A fault of real-world ClaimReview markup that the import reads anyway, and reports (<see cref="ToleratedFault"/>).</summary>
public enum ClaimReviewTolerance
{
    /// <summary>A node without <c>@context</c>: read as schema.org.</summary>
    MissingContext,

    /// <summary><c>"type"</c> written instead of <c>"@type"</c>.</summary>
    TypeWithoutAt,

    /// <summary>An array <c>@type</c> (<c>["Review", "ClaimReview"]</c>): the node is read as the type sought among them.</summary>
    TypeArray,

    /// <summary>A number of the rating (<c>ratingValue</c>, <c>bestRating</c>, <c>worstRating</c>) written as a string (<c>"1"</c>).</summary>
    NumberAsString,

    /// <summary>A rating named in French (<c>"Faux"</c>, <c>"Plutôt vrai"</c>).</summary>
    FrenchRatingName,

    /// <summary>A text that is empty or blank (<c>"headline": ""</c>): read as absent.</summary>
    BlankText,

    /// <summary>A date-time with a fraction of a second, which a time value does not hold: the fraction is dropped and the original text kept as the value's expression.</summary>
    FractionOfSecond,
}
