namespace NewsEvents.Validation;

/// <summary>
/// An id met in the first pass, as its fingerprint: a definition, or a reference to it, with the number of the
/// item where it was met; sorted by collection and fingerprint, definitions before references, then by number.
/// </summary>
internal readonly record struct IdEntry : IComparable<IdEntry>
{
    private const int CollectionShift = 61;
    private const ulong ReferenceBit = 1UL << 60;
    private const ulong OrdinalMask = ReferenceBit - 1;

    // The collection, whether a reference, and the item's number, packed so that an entry takes 16 bytes.
    private readonly ulong _tag;

    public IdEntry(ItemCollection collection, ulong fingerprint, bool reference, long ordinal)
    {
        Fingerprint = fingerprint;
        _tag = ((ulong)collection << CollectionShift) | (reference ? ReferenceBit : 0) | ((ulong)ordinal & OrdinalMask);
    }

    public ulong Fingerprint { get; }

    public ItemCollection Collection => (ItemCollection)(_tag >> CollectionShift);

    public bool IsReference => (_tag & ReferenceBit) != 0;

    public long Ordinal => (long)(_tag & OrdinalMask);

    /// <summary>Whether two entries name the same id the same way (two references, whose last is kept).</summary>
    public static bool SameReference(IdEntry earlier, IdEntry later) =>
        earlier.IsReference && later.IsReference && earlier.SameId(later);

    public bool SameId(IdEntry other) => Fingerprint == other.Fingerprint && Collection == other.Collection;

    public int CompareTo(IdEntry other)
    {
        var byCollection = (_tag >> CollectionShift).CompareTo(other._tag >> CollectionShift);
        if (byCollection != 0)
        {
            return byCollection;
        }

        var byId = Fingerprint.CompareTo(other.Fingerprint);
        return byId != 0 ? byId : (_tag & ~(7UL << CollectionShift)).CompareTo(other._tag & ~(7UL << CollectionShift));
    }
}
