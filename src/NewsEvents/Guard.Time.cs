using System.Diagnostics.CodeAnalysis;

namespace NewsEvents;

/// <summary>The time rules of the one throw helper: the years a time value may name.</summary>
internal static partial class Guard
{
    /// <summary>The first year a value may name; news has no use for year 0 and before.</summary>
    internal const int MinYear = 1;

    /// <summary>
    /// The last year a value may name. 9999 is NodaTime's limit, but the end of 9999 read in a
    /// zone west of UTC lies beyond <see cref="NodaTime.Instant.MaxValue"/>; stopping a year
    /// earlier keeps every value's earliest and latest instant computable in every zone.
    /// </summary>
    internal const int MaxYear = 9998;

    internal static void Year(int year, string paramName)
    {
        if (year is < MinYear or > MaxYear)
        {
            OutOfRange($"A year must lie between {MinYear} and {MaxYear}.", paramName, year);
        }
    }
}
