namespace NewsEvents.Validation;

/// <summary>
/// The ids a pass defined and referenced, as their number and the sum of their fingerprints: two passes over the
/// same records tally alike, and records that changed between them do not (but for a chance of 2^-64, the
/// fingerprints being seeded afresh in each process).
/// </summary>
internal sealed class IdTally
{
    private const string Changed = "The records changed between the passes: records validated in flat memory must be the same each time they are read.";

    // Mixed into each fingerprint, so that an id moved to another collection tallies otherwise.
    private const ulong CollectionMix = 0x9E37_79B9_7F4A_7C15;

    private long _count;
    private ulong _sum;

    public void Add(ItemCollection collection, ulong fingerprint)
    {
        _count++;
        _sum += fingerprint ^ ((ulong)collection * CollectionMix);
    }

    /// <summary>Throws when this pass met other ids than <paramref name="earlier"/>.</summary>
    /// <exception cref="InvalidOperationException">The ids differ: the records changed.</exception>
    public void ThrowIfOther(IdTally earlier)
    {
        if (_count != earlier._count || _sum != earlier._sum)
        {
            Guard.State(Changed);
        }
    }
}
