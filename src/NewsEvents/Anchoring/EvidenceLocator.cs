using System.Collections.Immutable;

namespace NewsEvents.Anchoring;

/// <summary>
/// Finds quotes in a document's text and gives their offsets in code points, so that nobody counts
/// code points by hand: every occurrence of a quote, or the one nearest to where a span was.
/// </summary>
/// <remarks>
/// Each call indexes the text by code point once (<see cref="Model.CodePoints"/>): finding costs time
/// linear in the text. Matching is ordinal, code unit for code unit, as validation compares quotes.
/// </remarks>
public static class EvidenceLocator
{
    /// <summary>Every occurrence of <paramref name="quote"/> in <paramref name="text"/>, overlapping ones included, in order.</summary>
    /// <param name="text">The document's text.</param>
    /// <param name="quote">The words to find; not empty.</param>
    /// <returns>The occurrences, none when the quote does not occur.</returns>
    /// <exception cref="ArgumentException"><paramref name="quote"/> is empty.</exception>
    public static ImmutableArray<QuoteOccurrence> FindAll(string text, string quote)
    {
        var index = Index(text, quote);
        var length = CodePoints.Count(quote);
        return [.. index.Occurrences(quote).Select(start => new QuoteOccurrence(start, start + length))];
    }

    /// <summary>The occurrence of <paramref name="quote"/> nearest to code point <paramref name="around"/> (the earlier one of two as near), or null when it does not occur.</summary>
    /// <param name="text">The document's text.</param>
    /// <param name="quote">The words to find; not empty.</param>
    /// <param name="around">Where to look from, in code points: where the span was.</param>
    /// <returns>The nearest occurrence, or null.</returns>
    /// <exception cref="ArgumentException"><paramref name="quote"/> is empty.</exception>
    public static QuoteOccurrence? FindNearest(string text, string quote, int around) => Nearest(Index(text, quote), quote, around);

    /// <summary>The nearest occurrence in a text already indexed, searching as far as the text goes.</summary>
    internal static QuoteOccurrence? Nearest(CodePointIndex index, string quote, int around)
    {
        var unlimited = long.MaxValue;
        return index.Nearest(quote, around, ref unlimited) is { } start && start >= 0
            ? new QuoteOccurrence(start, start + CodePoints.Count(quote))
            : null;
    }

    private static CodePointIndex Index(string text, string quote)
    {
        Guard.NotNull(text, nameof(text));
        if (string.IsNullOrEmpty(quote))
        {
            Guard.Fail("The quote to find must not be empty.", nameof(quote));
        }

        return new CodePointIndex(text);
    }
}
