namespace NewsEvents.Validation;

/// <summary>
/// A statement met in the first pass, as its fingerprint: the statement itself with its speaker's fingerprint
/// (0: none), or a claim made through it with one of the claim's claimant and attribution chain (0: none named);
/// sorted by statement, the statement first, then by the number of the item.
/// </summary>
internal readonly record struct SpeakerEntry : IComparable<SpeakerEntry>
{
    private const ulong ClaimBit = 1UL << 63;

    // Whether a claim, and the item's number, packed.
    private readonly ulong _tag;

    public SpeakerEntry(ulong statement, ulong actor, bool claim, long ordinal)
    {
        (Statement, Actor) = (statement, actor);
        _tag = (claim ? ClaimBit : 0) | (ulong)ordinal;
    }

    public ulong Statement { get; }

    /// <summary>The statement's speaker, or one who may have made the claim.</summary>
    public ulong Actor { get; }

    public bool IsClaim => (_tag & ClaimBit) != 0;

    public long Ordinal => (long)(_tag & ~ClaimBit);

    public int CompareTo(SpeakerEntry other)
    {
        var byStatement = Statement.CompareTo(other.Statement);
        if (byStatement != 0)
        {
            return byStatement;
        }

        var byItem = _tag.CompareTo(other._tag);
        return byItem != 0 ? byItem : Actor.CompareTo(other.Actor);
    }
}
