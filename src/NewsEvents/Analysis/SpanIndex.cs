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

    /// <summary>
    /// Builds the index in O(n) from the first <paramref name="count"/> spans of the arrays, which it takes over; items
    /// with equal starts keep their given order.
    /// </summary>
    public SpanIndex(long[] starts, long[] ends, T[] items, int count)
    {
        // Ordered by start in linear time, the starts written in order by the sort itself; only the ends and the items
        // are gathered through the order, from arrays of their own rather than from records holding all three.
        _starts = new long[count];
        var order = RadixOrder.Of(starts.AsSpan(0, count), _starts);
        _ends = new long[count];
        _items = new T[count];
        for (var i = 0; i < count; i++)
        {
            _ends[i] = ends[order[i]];
            _items[i] = items[order[i]];
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
