using NewsEvents.Analysis;

namespace NewsEvents.Tests.Analysis;

public sealed class TextOrderTests
{
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
        var texts = new string?[count];
        for (var i = 0; i < count; i++)
        {
            texts[i] = (i % 11) switch
            {
                // Repeats, nulls, the empty text, prefixes of one another, and long shared beginnings with U+0000 at
                // and past them: every way a digit's run can tie.
                0 => null,
                1 => string.Empty,
                2 => texts[random.Next(i)],
                3 => new string('x', random.Next(40)) + new string('\0', random.Next(3)),
                _ => "a" + random.Next(i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)
                    + string.Concat(Enumerable.Range(0, random.Next(6)).Select(_ => alphabet[random.Next(alphabet.Length)])),
            };
        }

        var expected = Enumerable.Range(0, count).OrderBy(i => texts[i], StringComparer.Ordinal).ToArray();

        Assert.Equal(expected, TextOrder.Of(texts));
    }

    [Fact]
    public void Orders_a_text_before_the_same_text_with_trailing_U0000_and_both_before_a_longer_one()
    {
        string?[] texts = ["ab\0\0\0\0z", "ab\0", "ab", "ab\0\0\0\0", null, "ab\0\0\0\0\0"];
        var many = Enumerable.Range(0, 40).SelectMany(_ => texts).ToArray();

        var expected = Enumerable.Range(0, many.Length).OrderBy(i => many[i], StringComparer.Ordinal).ToArray();

        Assert.Equal(expected, TextOrder.Of(many));
    }
}
