using NodaTime;

namespace NewsEvents.Time;

/// <summary>
/// Finds a length of time inside an expression that names no date: "a nine-month war", "talks that
/// lasted about eight hours", "a 10-day truce".
/// </summary>
internal static class DurationScanner
{
    // Words before a number that make the length inexact; Quantity keeps the exact qualifier.
    private static readonly string[] Qualifiers =
        ["about", "around", "roughly", "approximately", "nearly", "almost", "some", "over", "under", "more", "less", "least", "up", "than", "to", "fewer"];

    // Words around an amount that make it an offset or a span from the anchor rather than a duration.
    private static readonly string[] OffsetBefore = ["in", "past", "last", "next", "coming", "recent", "within"];
    private static readonly string[] OffsetAfter = ["ago", "from", "later", "earlier", "before", "after", "hence"];

    public static Reading Scan(ReadOnlySpan<string> tokens)
    {
        // "half an hour", "a year and a half": fractions are not read, and reading the whole part alone would mislead.
        if (tokens.Contains("half"))
        {
            return Reading.None;
        }

        for (int i = 0; i < tokens.Length; i++)
        {
            NumberRead read = ExpressionVocabulary.TryNumber(tokens[i..], out long n, out int consumed);
            if (read == NumberRead.NotNumber)
            {
                continue;
            }

            int j = i + consumed;
            if (j < tokens.Length && tokens[j] == "-")
            {
                j++;
            }

            if (j >= tokens.Length || !ExpressionVocabulary.TryUnit(tokens[j], out TimeUnit unit))
            {
                continue;
            }

            if ((i > 0 && Array.IndexOf(OffsetBefore, tokens[i - 1]) >= 0)
                || (j + 1 < tokens.Length && Array.IndexOf(OffsetAfter, tokens[j + 1]) >= 0))
            {
                continue;
            }

            if (read == NumberRead.TooLarge || n > ExpressionVocabulary.MaxNumber / 10)
            {
                return Reading.Fail(UnresolvedReason.OutOfRange, "The number is too large to name a duration.");
            }

            bool approximate = i > 0 && Array.IndexOf(Qualifiers, tokens[i - 1]) >= 0;
            int k = (int)n;
            Period period = unit switch
            {
                TimeUnit.Minute => Period.FromMinutes(n),
                TimeUnit.Hour => Period.FromHours(n),
                TimeUnit.Day => Period.FromDays(k),
                TimeUnit.Week => Period.FromWeeks(k),
                TimeUnit.Month => Period.FromMonths(k),
                TimeUnit.Year => Period.FromYears(k),
                _ => Period.FromYears(k * 10),
            };
            return Reading.OfDuration(period, approximate);
        }

        return Reading.None;
    }
}
