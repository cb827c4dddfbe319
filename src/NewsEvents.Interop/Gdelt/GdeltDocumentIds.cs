using System.Globalization;

namespace NewsEvents.Interop.Gdelt;

/// <summary>
/// The id of a document made from its URL or identifier: <c>gdelt-doc-</c> and the 128-bit FNV-1a hash of the
/// identifier's UTF-16 code units, in hex. Stable across runs and machines (unlike <see cref="HashCode"/>), short
/// enough for any URL, and an order of magnitude cheaper than a cryptographic hash, which the import does not need:
/// collisions matter only among one import's documents, and 128 bits make them negligible at any GDELT size.
/// </summary>
internal static class GdeltDocumentIds
{
    private const string Prefix = "gdelt-doc-";

    private static readonly UInt128 OffsetBasis = new(0x6C62272E07BB0142, 0x62B821756295C58D);
    private static readonly UInt128 Prime = new(0x0000000001000000, 0x000000000000013B);

    public static DocumentId For(ReadOnlySpan<char> identifier)
    {
        var hash = OffsetBasis;
        foreach (var c in identifier)
        {
            hash = (hash ^ c) * Prime;
        }

        return new DocumentId(string.Create(CultureInfo.InvariantCulture, $"{Prefix}{hash:x32}"));
    }
}
