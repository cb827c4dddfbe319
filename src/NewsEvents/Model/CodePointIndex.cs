namespace NewsEvents.Model;

/// <summary>
/// A text with a map from code points (what evidence offsets count) to UTF-16 indexes (what .NET
/// strings count), built in one pass, so that any number of spans can be located in time linear in
/// the text plus the spans, never a walk from the text's start per span.
/// </summary>
/// <remarks>
/// Text without surrogate pairs (most text) needs no map: its code points are its UTF-16 units. Other
/// text keeps the UTF-16 index of every 64th code point, 1/16 of an int per code point, and walks at
/// most 63 code points from the nearest one. A lone surrogate counts as one code point, as in
/// <see cref="CodePoints.Count(ReadOnlySpan{char})"/>.
/// </remarks>
internal sealed class CodePointIndex
{
    private const int StrideBits = 6;
    private const int StrideMask = (1 << StrideBits) - 1;

    /// <summary>The UTF-16 index of code point <c>64 × i</c>; null when every code point is one UTF-16 unit.</summary>
    private readonly int[]? _checkpoints;

    public CodePointIndex(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = text;
        if (text.AsSpan().IndexOfAnyInRange('\uD800', '\uDBFF') < 0)
        {
            Length = text.Length;
            return;
        }

        Length = CodePoints.Count(text);
        _checkpoints = new int[(Length >> StrideBits) + 1];
        var index = 0;
        for (var codePoint = 0; codePoint < Length; codePoint++)
        {
            if ((codePoint & StrideMask) == 0)
            {
                _checkpoints[codePoint >> StrideBits] = index;
            }

            index += UnitsAt(index);
        }

        if ((Length & StrideMask) == 0)
        {
            _checkpoints[Length >> StrideBits] = index;
        }
    }

    /// <summary>The text.</summary>
    public string Text { get; }

    /// <summary>The text's length in code points.</summary>
    public int Length { get; }

    /// <summary>The UTF-16 index of code point <paramref name="codePoint"/>, which lies in 0..<see cref="Length"/>.</summary>
    public int ToUtf16(int codePoint)
    {
        if (_checkpoints is null)
        {
            return codePoint;
        }

        var index = _checkpoints[codePoint >> StrideBits];
        for (var n = codePoint & StrideMask; n > 0; n--)
        {
            index += UnitsAt(index);
        }

        return index;
    }

    /// <summary>The code point at UTF-16 index <paramref name="utf16"/>, which starts a code point.</summary>
    public int ToCodePoint(int utf16)
    {
        if (_checkpoints is null)
        {
            return utf16;
        }

        var block = Array.BinarySearch(_checkpoints, utf16);
        if (block >= 0)
        {
            return block << StrideBits;
        }

        block = ~block - 1;
        var index = _checkpoints[block];
        var codePoint = block << StrideBits;
        while (index < utf16)
        {
            index += UnitsAt(index);
            codePoint++;
        }

        return codePoint;
    }

    /// <summary>The text of the span <paramref name="start"/>..<paramref name="end"/> (code points inside the text).</summary>
    public ReadOnlySpan<char> Slice(int start, int end)
    {
        var from = ToUtf16(start);
        return Text.AsSpan(from, ToUtf16(end) - from);
    }

    /// <summary>Whether the span <paramref name="start"/>..<paramref name="end"/> lies inside the text and holds exactly <paramref name="quote"/>.</summary>
    public bool Matches(int start, int end, string quote) => end <= Length && Slice(start, end).SequenceEqual(quote);

    /// <summary>
    /// The start (in code points) of every occurrence of <paramref name="quote"/>, overlapping ones
    /// included, in order; one pass over the text.
    /// </summary>
    public IEnumerable<int> Occurrences(string quote)
    {
        ArgumentException.ThrowIfNullOrEmpty(quote);
        var (utf16, codePoint) = (0, 0);
        for (var at = Text.IndexOf(quote, StringComparison.Ordinal); at >= 0; at = Text.IndexOf(quote, at + 1, StringComparison.Ordinal))
        {
            // Occurrences come in order: walk on from the previous one rather than from the start.
            if (_checkpoints is null)
            {
                codePoint = at;
            }
            else
            {
                while (utf16 < at)
                {
                    utf16 += UnitsAt(utf16);
                    codePoint++;
                }
            }

            yield return codePoint;
        }
    }

    /// <summary>
    /// The start (in code points) of the occurrence of <paramref name="quote"/> nearest to code point
    /// <paramref name="around"/> (the earlier one on a tie); -1 when it does not occur. The search looks
    /// outward in windows that double, so its cost grows with the distance to the occurrence; it stops,
    /// returning null, once it would scan more than <paramref name="budget"/> more characters.
    /// </summary>
    public int? Nearest(string quote, int around, ref long budget)
    {
        ArgumentException.ThrowIfNullOrEmpty(quote);
        var centre = ToUtf16(Math.Clamp(around, 0, Length));
        for (var radius = 64L; ; radius *= 2)
        {
            var from = (int)Math.Max(0, centre - radius);
            var to = (int)Math.Min(Text.Length, centre + quote.Length + radius);
            budget -= to - from;
            if (budget < 0)
            {
                return null;
            }

            var window = Text.AsSpan(from, to - from);
            var best = -1;
            for (var offset = window.IndexOf(quote, StringComparison.Ordinal); offset >= 0;)
            {
                var at = from + offset;
                if (best < 0 || Math.Abs(at - centre) < Math.Abs(best - centre))
                {
                    best = at;
                }

                if (at >= centre)
                {
                    break;
                }

                var next = window[(offset + 1)..].IndexOf(quote, StringComparison.Ordinal);
                offset = next < 0 ? -1 : offset + 1 + next;
            }

            if (best >= 0)
            {
                return ToCodePoint(best);
            }

            if (from == 0 && to == Text.Length)
            {
                return -1;
            }
        }
    }

    private int UnitsAt(int index) =>
        char.IsHighSurrogate(Text[index]) && index + 1 < Text.Length && char.IsLowSurrogate(Text[index + 1]) ? 2 : 1;
}
