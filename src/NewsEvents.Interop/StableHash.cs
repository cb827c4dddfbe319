namespace NewsEvents.Interop;

/// <summary>
/// Ids made from text: the 128-bit FNV-1a hash of the text's UTF-16 code units, in hex. Stable across runs and
/// machines (unlike <see cref="HashCode"/>), short enough for any URL, and an order of magnitude cheaper than a
/// cryptographic hash, which an import does not need: collisions matter only among one import's ids, and 128 bits
/// make them negligible at any size.
/// </summary>
internal static class StableHash
{
    private const ulong OffsetBasisHigh = 0x6C62272E07BB0142;
    private const ulong OffsetBasisLow = 0x62B821756295C58D;

    // The FNV 128-bit prime is 2^88 + 0x13B: a product by it is a product by 0x13B plus a shift, done here in 64-bit
    // halves, several times cheaper than UInt128's general multiplication, and the same bits.
    private const ulong PrimeLow = 0x13B;
    private const int PrimeShift = 88 - 64;

    /// <summary><paramref name="prefix"/> followed by the 32 hex digits of the hash of <paramref name="text"/>.</summary>
    public static string Id(string prefix, ReadOnlySpan<char> text) => Id(prefix, Of(text));

    /// <summary>The hash of <paramref name="text"/>: equal texts give equal hashes, and different ones, at 128 bits, practically never do.</summary>
    public static UInt128 Of(ReadOnlySpan<char> text)
    {
        var high = OffsetBasisHigh;
        var low = OffsetBasisLow;
        foreach (var c in text)
        {
            low ^= c;
            var carry = Math.BigMul(low, PrimeLow, out var product);
            high = (high * PrimeLow) + carry + (low << PrimeShift);
            low = product;
        }

        return new UInt128(high, low);
    }

    /// <summary><paramref name="prefix"/> followed by the 32 hex digits of <paramref name="hash"/>.</summary>
    public static string Id(string prefix, UInt128 hash) =>
        string.Create(prefix.Length + 32, (prefix, hash), static (destination, state) =>
        {
            state.prefix.CopyTo(destination);
            var digits = destination[state.prefix.Length..];
            var rest = state.hash;
            for (var i = digits.Length - 1; i >= 0; i--)
            {
                digits[i] = "0123456789abcdef"[(int)(rest & 0xF)];
                rest >>= 4;
            }
        });
}
