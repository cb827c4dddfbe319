namespace NewsEvents.Analysis;

/// <summary>
/// Places items into contiguous partitions by the high bits of a key, stably, so that the work that follows (a sort, a
/// gather, a grouping) reads and writes within one partition at a time, a range small enough to stay in the cache.
/// </summary>
/// <remarks>
/// A permutation of millions of items applied in one go reads or writes each item at a random place in arrays of tens
/// of megabytes, a cache miss apiece, where the same permutation of a hundred thousand items stays in the cache: the
/// cost per item grows with the size. Placed by partition first (a counting pass that reads in order and writes to a
/// few hundred places in order), then permuted within each partition, every access lands in a range of about
/// <see cref="ItemsPerPartition"/> items at any size.
/// </remarks>
internal static class CachePartitions
{
    /// <summary>About as many items a partition as fit the faster caches with the arrays that work on them.</summary>
    private const int ItemsPerPartition = 1 << 13;

    /// <summary>The most partitions: more writing positions than this in one pass thrash the cache in their turn.</summary>
    private const int MaxBits = 10;

    /// <summary>The bits a key from 0 to <paramref name="max"/> takes.</summary>
    public static int KeyBits(int max) => 32 - int.LeadingZeroCount(max);

    /// <summary>How many high bits of a key of <paramref name="keyBits"/> bits number a partition, for <paramref name="items"/> items.</summary>
    public static int BitsFor(int items, int keyBits)
    {
        var bits = 0;
        while (bits < MaxBits && bits < keyBits && ((long)ItemsPerPartition << bits) < items)
        {
            bits++;
        }

        return bits;
    }

    /// <summary>
    /// What <see cref="Place{T, TEntries}"/> places: how many entries, and each entry and its partition by the entry's
    /// position. A struct, so that the placement is made for each kind of entries, without a call through a delegate
    /// per entry; a ref struct where the entries are a span.
    /// </summary>
    /// <typeparam name="T">The entries.</typeparam>
    public interface IEntries<out T>
    {
        /// <summary>How many entries.</summary>
        int Count { get; }

        /// <summary>The entry at the position.</summary>
        T At(int position);

        /// <summary>The partition of the entry at the position.</summary>
        int PartitionOf(int position);
    }

    /// <summary>
    /// The entries placed by partition (partitions in ascending order, entries within one in their given order), and
    /// the start of each partition in them, with the end of the last at the end.
    /// </summary>
    /// <param name="entries">The entries, each with its partition, from 0 to <paramref name="partitions"/> − 1.</param>
    /// <param name="partitions">How many partitions.</param>
    public static (T[] Placed, int[] Starts) Place<T, TEntries>(TEntries entries, int partitions)
        where TEntries : IEntries<T>, allows ref struct
    {
        var starts = new int[partitions + 1];
        for (var i = 0; i < entries.Count; i++)
        {
            starts[entries.PartitionOf(i) + 1]++;
        }

        for (var p = 0; p < partitions; p++)
        {
            starts[p + 1] += starts[p];
        }

        var next = starts[..partitions];
        var placed = new T[entries.Count];
        for (var i = 0; i < entries.Count; i++)
        {
            placed[next[entries.PartitionOf(i)]++] = entries.At(i);
        }

        return (placed, starts);
    }

    /// <summary>
    /// Orders the items by key in place, equal keys in their given order: the items placed by the keys' high bits into
    /// one array as long as theirs, each partition then ordered by <see cref="RadixOrder"/> and written back. In place,
    /// so that the only array as long as the items is the placement: a caller's key and payload arrays made for the
    /// result would be two more, taken fresh from the system at a size where the collector has kept none.
    /// </summary>
    /// <param name="items">The items: keys from 0 to 2^<paramref name="keyBits"/> − 1, and payloads.</param>
    /// <param name="keyBits">The bits the keys take.</param>
    public static void Sort<T>(Span<(long Key, T Payload)> items, int keyBits)
    {
        var shift = keyBits - BitsFor(items.Length, keyBits);
        var (placed, starts) = Place<(long Key, T Payload), ByHighBits<T>>(new ByHighBits<T>(items, shift), 1 << (keyBits - shift));
        var longest = LongestPartition(starts);
        var (keys, sorted) = (new long[longest], new long[longest]);
        for (var p = 0; p + 1 < starts.Length; p++)
        {
            var (start, length) = (starts[p], starts[p + 1] - starts[p]);
            for (var i = 0; i < length; i++)
            {
                keys[i] = placed[start + i].Key;
            }

            var order = RadixOrder.Of(keys.AsSpan(0, length), sorted.AsSpan(0, length));
            for (var i = 0; i < length; i++)
            {
                items[start + i] = (sorted[i], placed[start + order[i]].Payload);
            }
        }
    }

    /// <summary>Keyed items, each in the partition of its key's bits from <c>shift</c> up.</summary>
    private readonly ref struct ByHighBits<T> : IEntries<(long Key, T Payload)>
    {
        private readonly ReadOnlySpan<(long Key, T Payload)> _items;
        private readonly int _shift;

        public ByHighBits(ReadOnlySpan<(long Key, T Payload)> items, int shift)
        {
            _items = items;
            _shift = shift;
        }

        public int Count => _items.Length;

        public (long Key, T Payload) At(int position) => _items[position];

        public int PartitionOf(int position) => (int)(_items[position].Key >>> _shift);
    }

    private static int LongestPartition(int[] starts)
    {
        var longest = 0;
        for (var p = 0; p + 1 < starts.Length; p++)
        {
            longest = Math.Max(longest, starts[p + 1] - starts[p]);
        }

        return longest;
    }
}
