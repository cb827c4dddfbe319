using System.Collections.Immutable;

namespace NewsEvents.Analysis;

/// <summary>
/// A static index of half-open spans answering "which spans overlap [start, end)" in
/// O(log n + k log n): the spans sorted by start, under a tree of the largest end in each range.
/// </summary>
/// <typeparam name="T">The item each span belongs to.</typeparam>
internal sealed class SpanIndex<T>
{
    private readonly long[] _starts;
    private readonly long[] _ends;
    private readonly T[] _items;
    private readonly long[] _maxEnd;
    private readonly int _leaves;

    /// <summary>Builds the index in O(n); items with equal starts keep their given order.</summary>
    public SpanIndex(List<(long Start, long End, T Item)> spans)
    {
        // Ordered by start in linear time; equal starts keep their positions.
        var starts = new long[spans.Count];
        for (var i = 0; i < starts.Length; i++)
        {
            starts[i] = spans[i].Start;
        }

        var order = RadixOrder.Of(starts);
        _starts = new long[order.Length];
        _ends = new long[order.Length];
        _items = new T[order.Length];
        for (var i = 0; i < order.Length; i++)
        {
            (_starts[i], _ends[i], _items[i]) = spans[order[i]];
        }

        _leaves = 1;
        while (_leaves < order.Length)
        {
            _leaves *= 2;
        }

        _maxEnd = new long[2 * _leaves];
        Array.Fill(_maxEnd, long.MinValue);
        for (var i = 0; i < order.Length; i++)
        {
            _maxEnd[_leaves + i] = _ends[i];
        }

        for (var node = _leaves - 1; node >= 1; node--)
        {
            _maxEnd[node] = Math.Max(_maxEnd[2 * node], _maxEnd[(2 * node) + 1]);
        }
    }

    /// <summary>The number of spans.</summary>
    public int Count => _items.Length;

    /// <summary>The items whose span overlaps [start, end), in order of span start.</summary>
    public ImmutableArray<T> Overlapping(long start, long end)
    {
        // Only spans starting before the query's end can overlap it.
        var limit = SortedSearch.LowerBound(_starts, end);
        if (limit == 0)
        {
            return [];
        }

        var found = ImmutableArray.CreateBuilder<T>();
        Collect(1, 0, _leaves, limit, start, found);
        return found.ToImmutable();
    }

    private void Collect(int node, int low, int high, int limit, long start, ImmutableArray<T>.Builder found)
    {
        if (low >= limit || _maxEnd[node] <= start)
        {
            return;
        }

        if (high - low == 1)
        {
            found.Add(_items[low]);
            return;
        }

        var middle = (low + high) / 2;
        Collect(2 * node, low, middle, limit, start, found);
        Collect((2 * node) + 1, middle, high, limit, start, found);
    }
}
