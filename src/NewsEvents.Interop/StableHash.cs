using System.Globalization;

namespace NewsEvents.Interop;

/// <summary>
/// Ids made from text: the 128-bit FNV-1a hash of the text's UTF-16 code units, in hex. Stable across runs and
/// machines (unlike <see cref="HashCode"/>), short enough for any URL, and an order of magnitude cheaper than a
/// cryptographic hash, which an import does not need: collisions matter only among one import's ids, and 128 bits
/// make them negligible at any size.
/// </summary>
internal static class StableHash
{
    private static readonly UInt128 OffsetBasis = new(0x6C62272E07BB0142, 0x62B821756295C58D);
    private static readonly UInt128 Prime = new(0x0000000001000000, 0x000000000000013B);

    /// <summary><paramref name="prefix"/> followed by the 32 hex digits of the hash of <paramref name="text"/>.</summary>
    public static string Id(string prefix, ReadOnlySpan<char> text)
    {
        var hash = OffsetBasis;
        foreach (var c in text)
        {
            hash = (hash ^ c) * Prime;
        }

        return string.Create(CultureInfo.InvariantCulture, $"{prefix}{hash:x32}");
    }
}
