namespace NewsEvents.Analysis;

/// <summary>
/// The stable order of 64-bit keys by a least-significant-digit radix sort: linear in the keys, where a comparison
/// sort adds a factor of log n (1.2× from 100,000 to 1,000,000 items by itself). Only the bits in which the keys
/// differ are sorted on, 11 at a time.
/// </summary>
internal static class RadixOrder
{
    private const int DigitBits = 11;
    private const int Buckets = 1 << DigitBits;

    /// <summary>The positions of the keys in ascending order of key; equal keys keep their given order.</summary>
    public static int[] Of(ReadOnlySpan<long> keys) => Of(keys, []);

    /// <summary>
    /// The positions of the keys in ascending order of key, equal keys in their given order; and, unless
    /// <paramref name="sorted"/> is empty, the keys in that order written to it (as long as the keys), so that a caller
    /// reads them in order instead of gathering them through the positions.
    /// </summary>
    public static int[] Of(ReadOnlySpan<long> keys, Span<long> sorted)
    {
        var order = new int[keys.Length];
        if (keys.Length == 0)
        {
            return order;
        }

        var min = long.MaxValue;
        var max = long.MinValue;
        foreach (var key in keys)
        {
            min = Math.Min(min, key);
            max = Math.Max(max, key);
        }

        // Offsets from the least key, unsigned: their order is the keys' order, and only the range's bits are sorted on.
        var digits = new ulong[keys.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            digits[i] = (ulong)(keys[i] - min);
            order[i] = i;
        }

        var range = (ulong)(max - min);
        var bits = 64 - (int)ulong.LeadingZeroCount(range);
        var nextDigits = new ulong[keys.Length];
        var nextOrder = new int[keys.Length];
        var counts = new int[Buckets];
        for (var shift = 0; shift < bits; shift += DigitBits)
        {
            Array.Clear(counts);
            foreach (var digit in digits)
            {
                counts[(int)((digit >> shift) & (Buckets - 1))]++;
            }

            var total = 0;
            for (var b = 0; b < Buckets; b++)
            {
                (counts[b], total) = (total, total + counts[b]);
            }

            for (var i = 0; i < digits.Length; i++)
            {
                var slot = counts[(int)((digits[i] >> shift) & (Buckets - 1))]++;
                nextDigits[slot] = digits[i];
                nextOrder[slot] = order[i];
            }

            (digits, nextDigits) = (nextDigits, digits);
            (order, nextOrder) = (nextOrder, order);
        }

        for (var i = 0; i < sorted.Length; i++)
        {
            sorted[i] = (long)digits[i] + min;
        }

        return order;
    }
}
