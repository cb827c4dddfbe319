namespace NewsEvents.Analysis;

/// <summary>
/// The stable ordinal order of texts by a most-significant-digit radix sort, four characters a digit: linear in the
/// characters that tell the texts apart, where a comparison sort adds a factor of log n and reads two texts scattered
/// over the heap at every comparison. Null sorts first, as <see cref="string.CompareOrdinal(string, string)"/> has it.
/// </summary>
internal static class TextOrder
{
    private const int CharsPerDigit = 4;

    // Below this many texts a range is ordered by comparison: a radix pass would cost more than its few comparisons.
    private const int SmallRange = 32;

    /// <summary>The positions of the texts in ordinal order of text; equal texts keep their given order.</summary>
    public static int[] Of(IReadOnlyList<string?> texts)
    {
        var order = new int[texts.Count];
        var nulls = 0;
        for (var i = 0; i < texts.Count; i++)
        {
            if (texts[i] is null)
            {
                order[nulls++] = i;
            }
        }

        for (int i = 0, next = nulls; i < texts.Count; i++)
        {
            if (texts[i] is not null)
            {
                order[next++] = i;
            }
        }

        Comparison<int> compare = (x, y) =>
        {
            var c = string.CompareOrdinal(texts[x], texts[y]);
            return c != 0 ? c : x.CompareTo(y);
        };

        // Ranges still to order, each with the number of leading characters its texts share: a stack, not recursion,
        // as a long shared beginning would otherwise recurse once a digit.
        var pending = new Stack<(int Start, int Length, int Depth)>();
        pending.Push((nulls, texts.Count - nulls, 0));
        while (pending.TryPop(out var range))
        {
            if (range.Length < SmallRange)
            {
                order.AsSpan(range.Start, range.Length).Sort(compare);
                continue;
            }

            OrderByDigit(texts, order, range, pending);
        }

        return order;
    }

    /// <summary>
    /// Orders the range by the four characters after its shared beginning, then cuts it into runs of equal digits:
    /// in each, the texts that end within the digit come first, shorter first (they differ only by trailing
    /// U+0000), and the rest is pushed to be ordered by the next digit.
    /// </summary>
    private static void OrderByDigit(IReadOnlyList<string?> texts, int[] order, (int Start, int Length, int Depth) range, Stack<(int, int, int)> pending)
    {
        var (start, length, depth) = range;
        var digits = new long[length];
        for (var i = 0; i < length; i++)
        {
            digits[i] = Digit(texts[order[start + i]]!, depth);
        }

        var byDigit = RadixOrder.Of(digits);
        var positions = order.AsSpan(start, length).ToArray();
        var sortedDigits = new long[length];
        for (var i = 0; i < length; i++)
        {
            order[start + i] = positions[byDigit[i]];
            sortedDigits[i] = digits[byDigit[i]];
        }

        for (int runStart = 0, runEnd; runStart < length; runStart = runEnd)
        {
            runEnd = runStart + 1;
            while (runEnd < length && sortedDigits[runEnd] == sortedDigits[runStart])
            {
                runEnd++;
            }

            if (runEnd - runStart > 1)
            {
                var continuing = EndedFirst(texts, order.AsSpan(start + runStart, runEnd - runStart), depth + CharsPerDigit);
                if (continuing > 1)
                {
                    pending.Push((start + runEnd - continuing, continuing, depth + CharsPerDigit));
                }
            }
        }
    }

    /// <summary>
    /// The four characters from <paramref name="depth"/>, 16 bits each, the first highest, U+0000 past the end; its
    /// top bit flipped, so that the signed order of the digits is their unsigned order.
    /// </summary>
    private static long Digit(string text, int depth)
    {
        var digit = 0UL;
        for (var i = depth; i < depth + CharsPerDigit; i++)
        {
            digit = (digit << 16) | (i < text.Length ? text[i] : 0u);
        }

        return (long)(digit ^ (1UL << 63));
    }

    /// <summary>
    /// Puts the texts of a run that end by <paramref name="end"/> first, by length (stable), the others after them in
    /// their order; returns how many others there are.
    /// </summary>
    private static int EndedFirst(IReadOnlyList<string?> texts, Span<int> run, int end)
    {
        var ended = new List<int>[CharsPerDigit + 1];
        var continuing = new List<int>(run.Length);
        foreach (var position in run)
        {
            var textLength = texts[position]!.Length;
            if (textLength > end)
            {
                continuing.Add(position);
            }
            else
            {
                (ended[textLength - (end - CharsPerDigit)] ??= []).Add(position);
            }
        }

        var next = 0;
        foreach (var sameLength in ended)
        {
            foreach (var position in sameLength ?? [])
            {
                run[next++] = position;
            }
        }

        foreach (var position in continuing)
        {
            run[next++] = position;
        }

        return continuing.Count;
    }
}
