using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace NewsEvents.Interop;

/// <summary>
/// Values made from text, a slot per hash of the text, each slot keeping the last: a bounded memory of the values a
/// file repeats (places, codes), whatever the file holds. Two texts that share a slot only cost a value made again.
/// </summary>
/// <typeparam name="T">The values.</typeparam>
/// <param name="bits">The table has 2^bits slots.</param>
internal sealed class TextTable<T>(int bits)
{
    private readonly (string? Key, T Value)[] _slots = new (string?, T)[1 << bits];

    /// <summary>The value made from <paramref name="key"/>, when its slot still holds it.</summary>
    public bool TryGet(ReadOnlySpan<char> key, out T value)
    {
        ref var slot = ref _slots[SlotOf(key, bits)];
        value = slot.Value;
        return slot.Key is { } known && key.SequenceEqual(known);
    }

    /// <summary>Keeps <paramref name="value"/> as the one made from <paramref name="key"/>.</summary>
    public void Set(string key, T value) => _slots[SlotOf(key, bits)] = (key, value);

    /// <summary>
    /// The slot of a text among 2^<paramref name="bits"/>: from its length and its first and last four characters,
    /// which tell values apart cheaply; the text itself is compared when a slot is read.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int SlotOf(ReadOnlySpan<char> text, int bits)
    {
        ulong mixed;
        if (text.Length >= 4)
        {
            var chars = MemoryMarshal.Cast<char, ulong>(text[..4])[0] ^ (MemoryMarshal.Cast<char, ulong>(text[^4..])[0] * 31);
            mixed = chars ^ (ulong)text.Length;
        }
        else
        {
            mixed = (ulong)text.Length;
            foreach (var c in text)
            {
                mixed = (mixed << 16) | c;
            }
        }

        return (int)((mixed * 0x9E3779B97F4A7C15UL) >> (64 - bits));
    }
}
