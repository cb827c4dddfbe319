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

    /// <summary>Spans in at most this many ascending runs are merged run by run rather than radix sorted.</summary>
    private const int MostMergedRuns = 64;

    /// <summary>
    /// Builds the index in O(n) from the first <paramref name="count"/> spans of the arrays, which it takes over; items
    /// with equal starts keep their given order.
    /// </summary>
    public SpanIndex(long[] starts, long[] ends, T[] items, int count)
    {
        (_starts, _ends, _items) = (new long[count], new long[count], new T[count]);
        var runStarts = AscendingRuns(starts.AsSpan(0, count));
        if (runStarts is null)
        {
            RadixSort(starts, ends, items, count);
        }
        else
        {
            MergeRuns(starts, ends, items, runStarts);
        }

        _leaves = 1;
        while (_leaves < count)
        {
            _leaves *= 2;
        }

        // Only the inner nodes are stored: a leaf's largest end is its span's own end.
        _maxEnd = new long[_leaves];
        for (var node = _leaves - 1; node >= 1; node--)
        {
            _maxEnd[node] = Math.Max(MaxEnd(2 * node), MaxEnd((2 * node) + 1));
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

    /// <summary>Where each ascending run of the starts begins, with the end at the end; null when there are too many runs to merge.</summary>
    private static List<int>? AscendingRuns(ReadOnlySpan<long> starts)
    {
        List<int> runStarts = [0];
        for (var i = 1; i < starts.Length; i++)
        {
            if (starts[i] < starts[i - 1])
            {
                if (runStarts.Count == MostMergedRuns)
                {
                    return null;
                }

                runStarts.Add(i);
            }
        }

        runStarts.Add(starts.Length);
        return runStarts;
    }

    /// <summary>
    /// Orders spans given in a few ascending runs (as an index's items mostly come: by document, in each document in
    /// order of the text) by merging neighbouring runs, pass after pass: every read and write is in order, where a
    /// radix sort scatters its writes over as many places as its digit has values and then gathers through the order.
    /// </summary>
    private void MergeRuns(long[] starts, long[] ends, T[] items, List<int> runStarts)
    {
        // The passes alternate between the given arrays and the index's own, and must end in the index's own: an even
        // number of passes starts with a copy into them.
        var passes = 0;
        for (var runs = runStarts.Count - 1; runs > 1; runs = (runs + 1) / 2)
        {
            passes++;
        }

        var (from, to) = ((starts, ends, items), (_starts, _ends, _items));
        if (passes % 2 == 0)
        {
            var count = _starts.Length;
            Array.Copy(starts, _starts, count);
            Array.Copy(ends, _ends, count);
            Array.Copy(items, _items, count);
            (from, to) = (to, from);
        }

        while (runStarts.Count > 2)
        {
            List<int> merged = [];
            for (var r = 0; r + 1 < runStarts.Count; r += 2)
            {
                merged.Add(runStarts[r]);
                var (middle, end) = r + 2 < runStarts.Count ? (runStarts[r + 1], runStarts[r + 2]) : (runStarts[r + 1], runStarts[r + 1]);
                Merge(from, to, runStarts[r], middle, end);
            }

            merged.Add(runStarts[^1]);
            runStarts = merged;
            (from, to) = (to, from);
        }
    }

    /// <summary>Merges the ascending ranges [low, middle) and [middle, high) of one set of arrays into the same range of the other, the left first among equal starts.</summary>
    private static void Merge((long[] Starts, long[] Ends, T[] Items) from, (long[] Starts, long[] Ends, T[] Items) to, int low, int middle, int high)
    {
        var (left, right) = (low, middle);
        for (var i = low; i < high; i++)
        {
            var take = right >= high || (left < middle && from.Starts[left] <= from.Starts[right]) ? left++ : right++;
            to.Starts[i] = from.Starts[take];
            to.Ends[i] = from.Ends[take];
            to.Items[i] = from.Items[take];
        }
    }

    /// <summary>Orders spans in any order in linear time: the starts written in order by the sort itself, the ends and items gathered through it.</summary>
    private void RadixSort(long[] starts, long[] ends, T[] items, int count)
    {
        var order = RadixOrder.Of(starts.AsSpan(0, count), _starts);
        for (var i = 0; i < count; i++)
        {
            _ends[i] = ends[order[i]];
            _items[i] = items[order[i]];
        }
    }

    /// <summary>The largest end under the node: stored for an inner node, the span's own for a leaf (none past the last span).</summary>
    private long MaxEnd(int node) => node < _leaves ? _maxEnd[node] : node - _leaves < _ends.Length ? _ends[node - _leaves] : long.MinValue;

    private void Collect(int node, int low, int high, int limit, long start, ImmutableArray<T>.Builder found)
    {
        if (low >= limit || MaxEnd(node) <= start)
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
