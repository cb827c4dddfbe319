using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace NewsEvents.Analysis;

/// <summary>
/// Ids of one kind mapped to dense ordinals, in order of first mention: the dataset's items first, then ids only
/// referenced (an invalid dataset's dangling references, which the index still answers for). An id is hashed once per
/// mention; everything keyed by it is then an array indexed by its ordinal.
/// </summary>
/// <typeparam name="TId">The kind of id.</typeparam>
/// <typeparam name="TItem">The item the id names.</typeparam>
internal sealed class IdTable<TId, TItem>(int capacity)
    where TId : notnull
    where TItem : class
{
    private readonly Dictionary<TId, int> _ordinals = new(capacity);
    private TItem?[] _items = new TItem?[capacity];

    /// <summary>The number of ids, items and references.</summary>
    public int Count => _ordinals.Count;

    /// <summary>Adds an item under its id, unless the id is taken: the first item with an id is the one found.</summary>
    public void Add(TId id, TItem item)
    {
        var ordinal = OrdinalOf(id);
        _items[ordinal] ??= item;
    }

    /// <summary>The id's ordinal, given a new one when the id is new.</summary>
    public int OrdinalOf(TId id)
    {
        ref var ordinal = ref CollectionsMarshal.GetValueRefOrAddDefault(_ordinals, id, out var exists);
        if (!exists)
        {
            ordinal = _ordinals.Count - 1;
            if (ordinal == _items.Length)
            {
                Array.Resize(ref _items, Math.Max(4, 2 * _items.Length));
            }
        }

        return ordinal;
    }

    /// <summary>The ordinal of the id, item or reference, or −1 for an id never mentioned.</summary>
    public int MentionOrdinal(TId id) => _ordinals.TryGetValue(id, out var ordinal) ? ordinal : -1;

    /// <summary>The ordinal of the item with the id, or −1 when no item has it (unknown, or only referenced).</summary>
    public int ItemOrdinal(TId id) => _ordinals.TryGetValue(id, out var ordinal) && _items[ordinal] is not null ? ordinal : -1;

    /// <summary>The item with the ordinal (from <see cref="ItemOrdinal"/>).</summary>
    public TItem ItemAt(int ordinal) => _items[ordinal]!;

    /// <summary>The item with the id, or null.</summary>
    public TItem? Find(TId id) => _ordinals.TryGetValue(id, out var ordinal) ? _items[ordinal] : null;

    /// <summary>The group of the id in groups indexed by ordinal; empty for an id never mentioned.</summary>
    public ImmutableArray<T> Group<T>(ImmutableArray<T>[] groups, TId id) =>
        _ordinals.TryGetValue(id, out var ordinal) ? groups[ordinal] : [];
}
