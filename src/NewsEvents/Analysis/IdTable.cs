using System.Collections.Immutable;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;

namespace NewsEvents.Analysis;

/// <summary>
/// Ids of one kind mapped to dense ordinals, in order of first mention: the dataset's items first, then ids only
/// referenced (an invalid dataset's dangling references, which the index still answers for). An id is hashed once per
/// mention; everything keyed by it is then an array indexed by its ordinal.
/// </summary>
/// <remarks>
/// At a million events the ids' strings are scattered over gigabytes of heap, and a dictionary keyed by them reads
/// three places per look-up: its bucket, its entry, and the stored key's string to confirm the match, each a cache
/// miss once the table outgrows the caches. Here a look-up reads one slot of a compact array, most often: an id of up
/// to <see cref="MaxInlineLength"/> ASCII characters is held in the slot itself, so equal slots are equal ids; a
/// longer id's slot holds its length and hash, and its text is confirmed against a copy in one array of characters
/// (never the stored id's string).
/// </remarks>
/// <typeparam name="TId">The kind of id.</typeparam>
/// <typeparam name="TItem">The item the id names.</typeparam>
internal sealed class IdTable<TId, TItem>
    where TId : struct, IEntityId<TId>
    where TItem : class
{
    /// <summary>The longest id held in its slot: eight 7-bit characters fill 56 bits, with the length above them.</summary>
    private const int MaxInlineLength = 8;

    private const ulong InlineFlag = 1UL << 63;

    // Mixed into every slot's position, so that the positions of ids made to collide cannot be known in advance.
    private static readonly ulong PositionSeed = (ulong)Random.Shared.NextInt64() | 1;

    private Slot[] _slots;
    private int _shift;
    private char[] _longTexts = [];
    private int _longTextsLength;
    private TItem?[] _items;
    private TId[] _ids;
    private int _nullOrdinal = -1;

    /// <summary>Makes a table sized for <paramref name="capacity"/> ids; it grows when more are mentioned.</summary>
    public IdTable(int capacity)
    {
        capacity = Math.Max(4, capacity);
        _slots = new Slot[SlotsFor(capacity)];
        _shift = 64 - BitOperations.Log2((uint)_slots.Length);
        _items = new TItem?[capacity];
        _ids = new TId[capacity];
    }

    /// <summary>The number of ids, items and references.</summary>
    public int Count { get; private set; }

    /// <summary>Adds an item under its id, unless the id is taken: the first item with an id is the one found.</summary>
    /// <returns>The id's ordinal.</returns>
    public int Add(TId id, TItem item)
    {
        var ordinal = OrdinalOf(id);
        _items[ordinal] ??= item;
        return ordinal;
    }

    /// <summary>The id's ordinal, given a new one when the id is new.</summary>
    public int OrdinalOf(TId id)
    {
        var text = id.Value;
        if (text is null)
        {
            if (_nullOrdinal < 0)
            {
                _nullOrdinal = NewOrdinal(id);
            }

            return _nullOrdinal;
        }

        if (2 * (Count + 1) > _slots.Length)
        {
            Grow();
        }

        var key = KeyOf(text);
        ref var slot = ref _slots[Probe(key, text)];
        if (slot.Ordinal == 0)
        {
            slot.Key = key;
            if ((key & InlineFlag) == 0)
            {
                slot.Text = CopyText(text);
            }

            slot.Ordinal = NewOrdinal(id) + 1;
        }

        return slot.Ordinal - 1;
    }

    /// <summary>
    /// Starts loading the slot where the id is or would go, so that its look-up a few ids later finds it in the cache.
    /// Once the table outgrows the caches, nearly every look-up misses them; loads started ahead overlap those misses.
    /// </summary>
    public void Prefetch(TId id)
    {
        if (Sse.IsSupported && id.Value is { } text)
        {
            unsafe
            {
                Sse.Prefetch0(Unsafe.AsPointer(ref _slots[Position(KeyOf(text))]));
            }
        }
    }

    /// <summary>Starts loading the slots of the ids (see <see cref="Prefetch(TId)"/>).</summary>
    public void Prefetch(ImmutableArray<TId> ids)
    {
        foreach (var id in ids)
        {
            Prefetch(id);
        }
    }

    /// <summary>The ordinal of the id, item or reference, or −1 for an id never mentioned.</summary>
    public int MentionOrdinal(TId id)
    {
        var text = id.Value;
        if (text is null)
        {
            return _nullOrdinal;
        }

        var key = KeyOf(text);
        return _slots[Probe(key, text)].Ordinal - 1;
    }

    /// <summary>The ordinal of the item with the id, or −1 when no item has it (unknown, or only referenced).</summary>
    public int ItemOrdinal(TId id) => MentionOrdinal(id) is var ordinal && ordinal >= 0 && _items[ordinal] is not null ? ordinal : -1;

    /// <summary>The item with the ordinal (from <see cref="ItemOrdinal"/>).</summary>
    public TItem ItemAt(int ordinal) => _items[ordinal]!;

    /// <summary>The item with the ordinal, or null when its id is only referenced.</summary>
    public TItem? FoundAt(int ordinal) => _items[ordinal];

    /// <summary>The id with the ordinal.</summary>
    public TId IdAt(int ordinal) => _ids[ordinal];

    /// <summary>The item with the id, or null.</summary>
    public TItem? Find(TId id) => MentionOrdinal(id) is var ordinal && ordinal >= 0 ? _items[ordinal] : null;

    /// <summary>The group of the id in groups indexed by ordinal; empty for an id never mentioned.</summary>
    public ImmutableArray<T> Group<T>(ImmutableArray<T>[] groups, TId id) =>
        MentionOrdinal(id) is var ordinal && ordinal >= 0 ? groups[ordinal] : [];

    private static int SlotsFor(int ids) => (int)Math.Min(BitOperations.RoundUpToPowerOf2((uint)(2 * ids)), 1u << 30);

    /// <summary>
    /// An id of up to eight ASCII characters as itself (flag, length, seven bits a character, the first highest); a
    /// longer one as its length and hash, flag clear, to be confirmed against its text.
    /// </summary>
    private static ulong KeyOf(string text)
    {
        if (text.Length <= MaxInlineLength)
        {
            var packed = 0UL;
            var ascii = true;
            foreach (var c in text)
            {
                ascii &= c < 128;
                packed = (packed << 7) | (c & 127u);
            }

            if (ascii)
            {
                return InlineFlag | ((ulong)text.Length << 56) | (packed << (7 * (MaxInlineLength - text.Length)));
            }
        }

        return ((ulong)(uint)text.Length << 32) | (uint)text.GetHashCode();
    }

    /// <summary>The slot holding the key's id, or the empty slot where it would go (linear probing).</summary>
    private int Probe(ulong key, string text)
    {
        var mask = _slots.Length - 1;
        for (var i = Position(key); ; i = (i + 1) & mask)
        {
            ref var slot = ref _slots[i];
            if (slot.Ordinal == 0 || (slot.Key == key && ((key & InlineFlag) != 0 || TextAt(slot.Text, text.Length).SequenceEqual(text))))
            {
                return i;
            }
        }
    }

    private int Position(ulong key)
    {
        var mixed = (key ^ PositionSeed) * 0x9E3779B97F4A7C15UL;
        mixed ^= mixed >> 32;
        return (int)((mixed * 0xBF58476D1CE4E5B9UL) >> _shift);
    }

    private ReadOnlySpan<char> TextAt(int start, int length) => _longTexts.AsSpan(start, length);

    private int CopyText(string text)
    {
        if (_longTextsLength + text.Length > _longTexts.Length)
        {
            Array.Resize(ref _longTexts, Math.Max(_longTextsLength + text.Length, Math.Max(1024, 2 * _longTexts.Length)));
        }

        text.CopyTo(_longTexts.AsSpan(_longTextsLength));
        _longTextsLength += text.Length;
        return _longTextsLength - text.Length;
    }

    private int NewOrdinal(TId id)
    {
        if (Count == _items.Length)
        {
            Array.Resize(ref _items, 2 * Count);
            Array.Resize(ref _ids, 2 * Count);
        }

        _ids[Count] = id;
        return Count++;
    }

    private void Grow()
    {
        var old = _slots;
        _slots = new Slot[2 * old.Length];
        _shift--;
        var mask = _slots.Length - 1;
        foreach (var slot in old)
        {
            if (slot.Ordinal != 0)
            {
                var i = Position(slot.Key);
                while (_slots[i].Ordinal != 0)
                {
                    i = (i + 1) & mask;
                }

                _slots[i] = slot;
            }
        }
    }

    /// <summary>One id: its key, its ordinal plus one (0 for an empty slot), and where a long id's text is copied.</summary>
    [StructLayout(LayoutKind.Sequential)]
    private struct Slot
    {
        public ulong Key;
        public int Ordinal;
        public int Text;
    }
}
