using NewsEvents.Analysis;

namespace NewsEvents.Tests.Analysis;

public sealed class OrdinalRanksTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(40)]
    [InlineData(5_000)]
    public void Ranks_texts_as_an_ordinal_comparison_sort_does(int count)
    {
        // Units that differ in the high byte, the low byte, both, or only in being there at all (U+0000 against the
        // end of a text), lone surrogates, and long shared prefixes, so that every radix pass and the small groups'
        // comparison sort are exercised.
        string[] units = ["", "\0", "a", "b", "\u00ff", "\u0100", "\u0161", "\uD83D", "\uDE00", "\uFFFF", "aaaaaaa"];
        var random = new Random(count);
        var texts = Enumerable.Range(0, count)
            .Select(_ => string.Concat(Enumerable.Range(0, random.Next(9)).Select(_ => units[random.Next(units.Length)])))
            .ToArray();
        var distinct = texts.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

        var expected = texts.Select(t => distinct.BinarySearch(t, StringComparer.Ordinal)).ToArray();

        Assert.Equal(expected, OrdinalRanks.Of(texts));
    }
}
