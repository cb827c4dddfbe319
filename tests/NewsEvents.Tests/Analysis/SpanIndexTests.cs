using NewsEvents.Analysis;

namespace NewsEvents.Tests.Analysis;

public sealed class SpanIndexTests
{
    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 1)]
    [InlineData(2_000, 1)]
    [InlineData(2_000, 2)]
    [InlineData(2_000, 5)]
    [InlineData(2_000, 64)]
    [InlineData(2_000, 65)]
    [InlineData(2_000, 2_000)]
    public void Finds_every_overlapping_span_in_order_of_start_equal_starts_in_their_given_order(int count, int runs)
    {
        // Spans given as several ascending runs (merged run by run when there are few, radix sorted when there are
        // many), with repeated starts inside and across runs, and empty spans (which overlap nothing).
        var random = new Random(count + runs);
        var spans = Enumerable.Range(0, runs)
            .SelectMany(run => Enumerable.Range(0, count / runs + (run < count % runs ? 1 : 0)).Select(_ => (long)random.Next(500)).Order())
            .Select((start, i) => (Start: start, End: start + random.Next(0, 40), Item: i))
            .ToArray();
        var (starts, ends, items) = (spans.Select(s => s.Start).Append(-7).ToArray(), spans.Select(s => s.End).Append(-7).ToArray(), spans.Select(s => s.Item).Append(-1).ToArray());

        var index = new SpanIndex<int>(starts, ends, items, spans.Length);

        Assert.Equal(spans.Length, index.Count);
        foreach (var (start, end) in new[] { (0L, 1L), (0, 600), (100, 101), (250, 300), (499, 560), (-10, 0), (600, 700) })
        {
            var expected = spans.Where(s => s.Start < end && start < s.End)
                .OrderBy(s => s.Start).Select(s => s.Item).ToArray();
            Assert.Equal(expected, index.Overlapping(start, end).ToArray());
        }
    }
}
