namespace NewsEvents.Interop.SchemaOrg;

/// <summary>
/// A fact-checker's verdict on a claim, as a closed set: the five steps of the usual rating scales, and two cases
/// without a step. The rating's own text is kept beside it (<see cref="ClaimReview.RatingText"/>).
/// </summary>
public enum ClaimRating
{
    /// <summary>The review gives no rating (no <c>reviewRating</c>).</summary>
    NotRated,

    /// <summary>The rating has no number on a scale and a name outside the known ones ("Misleading", "Trompeur").</summary>
    Unrecognized,

    /// <summary>False: the bottom of the scale ("False", "Pants on Fire", "Faux").</summary>
    False,

    /// <summary>Mostly false: the second step from the bottom.</summary>
    MostlyFalse,

    /// <summary>Mixed: the middle of the scale ("Half True").</summary>
    Mixed,

    /// <summary>Mostly true: the second step from the top.</summary>
    MostlyTrue,

    /// <summary>True: the top of the scale.</summary>
    True,
}
