using NewsEvents.Analysis;

namespace NewsEvents.Tests.Analysis;

public sealed class RadixOrderTests
{
    [Theory]
    [InlineData(0, 0L, 10L)]
    [InlineData(1, 5L, 5L)]
    [InlineData(5_000, -3L, 3L)]
    [InlineData(5_000, -1_000_000_000_000L, 1_000_000_000_000L)]
    [InlineData(5_000, long.MinValue, long.MaxValue)]
    public void Orders_keys_as_a_stable_sort_does(int count, long low, long high)
    {
        var random = new Random(count);
        var keys = new long[count];
        for (var i = 0; i < count; i++)
        {
            // Many repeats, and the extremes themselves, so that ties and the full range are both exercised.
            keys[i] = (i % 10) switch
            {
                0 => low,
                1 => high,
                _ => low + (long)(random.NextDouble() * ((double)high - low)),
            };
        }

        var expected = Enumerable.Range(0, count).OrderBy(i => keys[i]).ToArray();

        Assert.Equal(expected, RadixOrder.Of(keys));
        var sorted = new long[count];
        Assert.Equal(expected, RadixOrder.Of(keys, sorted));
        Assert.Equal(expected.Select(i => keys[i]), sorted);
    }
}
