using System.Runtime.InteropServices;

namespace NewsEvents.Validation;

/// <summary>Ids as 64-bit fingerprints, for validation in flat memory (<see cref="IdGathering"/>, <see cref="SortedIdBook"/>).</summary>
internal static class IdFingerprint
{
    /// <summary>The fingerprint that stands for no speaker: <see cref="Of"/> never gives it.</summary>
    public const ulong NoSpeaker = 0;

    /// <summary>
    /// A 64-bit fingerprint of an id: two independent 32-bit hashes of its characters, each seeded afresh in each
    /// process (so that no input can be made to collide on purpose), never <see cref="NoSpeaker"/>.
    /// </summary>
    public static ulong Of(string id)
    {
        var hash = new HashCode();
        hash.AddBytes(MemoryMarshal.AsBytes(id.AsSpan()));
        var value = ((ulong)(uint)hash.ToHashCode() << 32) | (uint)string.GetHashCode(id.AsSpan());
        return value == NoSpeaker ? 1 : value;
    }
}
