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

    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 2)]
    [InlineData(31, 3)]
    [InlineData(5_000, 4)]
    [InlineData(20_000, 5)]
    public void Orders_texts_as_a_stable_ordinal_sort_does(int count, int seed)
    {
        var random = new Random(seed);
        string[] alphabet = ["a", "b", "\0", "é", "\uFFFF", "\uD83D\uDE00", "1"];
        var texts = new string[count];
        for (var i = 0; i < count; i++)
        {
            texts[i] = (i % 11) switch
            {
                // Repeats, the empty text, prefixes of one another, and long shared beginnings with U+0000 at and
                // past them: every way a digit's run can tie.
                1 => string.Empty,
                2 => texts[random.Next(i)],
                3 => new string('x', random.Next(40)) + new string('\0', random.Next(3)),
                _ => "a" + random.Next(i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)
                    + string.Concat(Enumerable.Range(0, random.Next(6)).Select(_ => alphabet[random.Next(alphabet.Length)])),
            };
        }

        var expected = Enumerable.Range(0, count).OrderBy(i => texts[i], StringComparer.Ordinal).ToArray();

        Assert.Equal(expected, OrdinalRanks.Order(texts));
    }

    [Fact]
    public void Orders_a_text_before_the_same_text_with_trailing_U0000_and_both_before_a_longer_one()
    {
        string[] texts = ["ab\0\0\0\0z", "ab\0", "ab", "ab\0\0\0\0", "", "ab\0\0\0\0\0"];
        var many = Enumerable.Range(0, 40).SelectMany(_ => texts).ToArray();

        var expected = Enumerable.Range(0, many.Length).OrderBy(i => many[i], StringComparer.Ordinal).ToArray();

        Assert.Equal(expected, OrdinalRanks.Order(many));
    }
}
