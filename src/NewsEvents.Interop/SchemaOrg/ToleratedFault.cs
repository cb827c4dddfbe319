using System.Globalization;

namespace NewsEvents.Interop.SchemaOrg;

/// <summary>A fault the ClaimReview import read anyway: where, and which.</summary>
/// <param name="File">The file's name as the caller gave it.</param>
/// <param name="Path">The JSON path of the value, such as <c>$.reviewRating.ratingValue</c>.</param>
/// <param name="Kind">The fault.</param>
public sealed record ToleratedFault(string File, string Path, ClaimReviewTolerance Kind)
{
    /// <summary>Returns <c>file: path: kind</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{File}: {Path}: {Kind}");
}
