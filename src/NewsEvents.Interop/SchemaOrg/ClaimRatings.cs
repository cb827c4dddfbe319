using System.Collections.Frozen;

namespace NewsEvents.Interop.SchemaOrg;

/// <summary>How a ClaimReview rating becomes a <see cref="ClaimRating"/>: by its numbers, else by its name.</summary>
internal static class ClaimRatings
{
    /// <summary>schema.org's default scale, when <c>bestRating</c> or <c>worstRating</c> is not given.</summary>
    public const decimal DefaultBest = 5;

    /// <summary>schema.org's default scale, when <c>worstRating</c> is not given.</summary>
    public const decimal DefaultWorst = 1;

    /// <summary>The rating names read, in English and in French, compared without case.</summary>
    public static readonly IReadOnlyList<(string Name, ClaimRating Rating, bool French)> Names =
    [
        ("True", ClaimRating.True, false),
        ("Correct", ClaimRating.True, false),
        ("Mostly True", ClaimRating.MostlyTrue, false),
        ("Half True", ClaimRating.Mixed, false),
        ("Half-True", ClaimRating.Mixed, false),
        ("Mixed", ClaimRating.Mixed, false),
        ("Mixture", ClaimRating.Mixed, false),
        ("Mostly False", ClaimRating.MostlyFalse, false),
        ("False", ClaimRating.False, false),
        ("Incorrect", ClaimRating.False, false),
        ("Pants on Fire", ClaimRating.False, false),
        ("Pants on Fire!", ClaimRating.False, false),
        ("Vrai", ClaimRating.True, true),
        ("Plutôt vrai", ClaimRating.MostlyTrue, true),
        ("À moitié vrai", ClaimRating.Mixed, true),
        ("Partiellement vrai", ClaimRating.Mixed, true),
        ("Plutôt faux", ClaimRating.MostlyFalse, true),
        ("Faux", ClaimRating.False, true),
    ];

    private static readonly FrozenDictionary<string, (ClaimRating Rating, bool French)> ByName =
        Names.ToFrozenDictionary(n => n.Name, n => (n.Rating, n.French), StringComparer.OrdinalIgnoreCase);

    /// <summary>The rating a name stands for, and whether the name is French; null for a name not in <see cref="Names"/>.</summary>
    public static (ClaimRating Rating, bool French)? OfName(string name) =>
        ByName.TryGetValue(name.Trim(), out var rating) ? rating : null;

    /// <summary>
    /// The rating of a value on a scale: the scale is cut into five equal steps around the points 0, ¼, ½, ¾ and 1 of
    /// its length, so that a 1–5 scale maps one to one and a longer scale to the nearest step.
    /// </summary>
    public static ClaimRating OfValue(decimal value, decimal best, decimal worst)
    {
        var step = (int)decimal.Round((value - worst) / (best - worst) * 4, MidpointRounding.AwayFromZero);
        return ClaimRating.False + step;
    }
}
