namespace NewsEvents.Cli.Reports;

/// <summary>
/// The <c>keep</c> items of highest rank among those added, ties in the order they were added: what a stable
/// sort by rank, most first, then the first <c>keep</c> give, holding <c>keep</c> items instead of all of them.
/// </summary>
/// <typeparam name="T">The items.</typeparam>
internal sealed class HighestRanked<T>(int keep)
{
    // The queue's head is the item to drop first: the lowest ranked, and of equals the latest added.
    private readonly PriorityQueue<T, (long Rank, int At)> _kept = new(Math.Min(keep, 1024), LeastKeptFirst.Instance);

    private int _added;

    public void Add(T item, long rank)
    {
        var priority = (rank, _added++);
        if (_kept.Count < keep)
        {
            _kept.Enqueue(item, priority);
        }
        else
        {
            _kept.EnqueueDequeue(item, priority);
        }
    }

    /// <summary>The kept items, the highest ranked first, ties in the order they were added.</summary>
    public List<T> HighestFirst() =>
        [.. _kept.UnorderedItems.OrderByDescending(kept => kept.Priority, LeastKeptFirst.Instance).Select(kept => kept.Element)];

    private sealed class LeastKeptFirst : IComparer<(long Rank, int At)>
    {
        public static LeastKeptFirst Instance { get; } = new();

        public int Compare((long Rank, int At) x, (long Rank, int At) y) =>
            x.Rank != y.Rank ? x.Rank.CompareTo(y.Rank) : y.At.CompareTo(x.At);
    }
}
