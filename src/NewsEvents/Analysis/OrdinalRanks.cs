namespace NewsEvents.Analysis;

/// <summary>
/// The order and the ranks of texts in ordinal order (by UTF-16 code unit, the order of <see cref="string.CompareOrdinal(string, string)"/>),
/// found by a most-significant-first radix sort: a few code units of every text at a time, as one integer key,
/// ordered by <see cref="RadixOrder"/>; only the texts that agree on all the code units so far are read further.
/// Each text is read once a chunk as far as it differs from the others, so the work is linear in practice where
/// a comparison sort makes n log n comparisons, each reading two texts from wherever they lie in memory.
/// </summary>
internal static class OrdinalRanks
{
    /// <summary>
    /// Code units a key holds: each as 17 bits, the unit plus one, so that a text that has ended (0) comes before
    /// any unit, U+0000 included. Three fit in a positive 64-bit key.
    /// </summary>
    private const int UnitsPerKey = 3;

    private const int BitsPerUnit = 17;

    /// <summary>Below this many texts a comparison sort is cheaper than another radix pass.</summary>
    private const int SmallGroup = 32;

    /// <summary>
    /// Each text's rank: dense from 0, equal texts sharing one, a text before another exactly when it is ordinally less.
    /// </summary>
    public static int[] Of(ReadOnlySpan<string> texts)
    {
        var order = Order(texts);
        var ranks = new int[texts.Length];
        for (var i = 1; i < order.Length; i++)
        {
            ranks[order[i]] = ranks[order[i - 1]] + (string.Equals(texts[order[i]], texts[order[i - 1]], StringComparison.Ordinal) ? 0 : 1);
        }

        return ranks;
    }

    /// <summary>
    /// The positions of the texts in ordinal order of text, as a stable sort gives them: equal texts keep their given
    /// order (every step is stable: <see cref="RadixOrder"/> and the small groups' insertion sort).
    /// </summary>
    public static int[] Order(ReadOnlySpan<string> texts)
    {
        var order = new int[texts.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        var keys = new long[texts.Length];
        var placed = new int[texts.Length];
        var pending = new Stack<(int Start, int Length, int Depth)>();
        pending.Push((0, texts.Length, 0));
        while (pending.TryPop(out var group))
        {
            var (start, length, depth) = group;
            var slice = order.AsSpan(start, length);
            if (length <= SmallGroup)
            {
                SortByComparison(slice, texts);
                continue;
            }

            for (var i = 0; i < length; i++)
            {
                keys[start + i] = KeyAt(texts[slice[i]], depth);
            }

            var by = RadixOrder.Of(keys.AsSpan(start, length));
            for (var i = 0; i < length; i++)
            {
                placed[i] = slice[by[i]];
            }

            placed.AsSpan(0, length).CopyTo(slice);

            // Texts with equal keys that go on past them are told apart by their next units; those that end within
            // the key are equal.
            for (int run = 0, next = 1; run < length; run = next, next = run + 1)
            {
                var key = keys[start + by[run]];
                while (next < length && keys[start + by[next]] == key)
                {
                    next++;
                }

                if (next - run > 1 && (key & ((1L << BitsPerUnit) - 1)) != 0)
                {
                    pending.Push((start + run, next - run, depth + UnitsPerKey));
                }
            }
        }

        return order;
    }

    private static void SortByComparison(Span<int> slice, ReadOnlySpan<string> texts)
    {
        // Insertion sort: the group is small, and a span of texts cannot be captured by a comparison delegate.
        for (var i = 1; i < slice.Length; i++)
        {
            var item = slice[i];
            var at = i - 1;
            while (at >= 0 && string.CompareOrdinal(texts[slice[at]], texts[item]) > 0)
            {
                slice[at + 1] = slice[at];
                at--;
            }

            slice[at + 1] = item;
        }
    }

    /// <summary>The units of the text from <paramref name="depth"/> on, as one key (an ended text's units are 0).</summary>
    private static long KeyAt(string text, int depth)
    {
        long key = 0;
        for (var unit = depth; unit < depth + UnitsPerKey; unit++)
        {
            key = (key << BitsPerUnit) | (unit < text.Length ? text[unit] + 1L : 0L);
        }

        return key;
    }
}
