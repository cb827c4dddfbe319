namespace NewsEvents.Analysis;

/// <summary>Binary search over sorted keys, shared by the analyses' span and time look-ups.</summary>
internal static class SortedSearch
{
    /// <summary>The number of keys less than <paramref name="value"/>: the index of the first key not less than it.</summary>
    public static int LowerBound(long[] sorted, long value)
    {
        int low = 0, high = sorted.Length;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (sorted[middle] < value)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
