namespace NewsEvents.Validation;

/// <summary>
/// A compact set of ids, each with the position that defined it (a line, or an index), for the rule set (<see cref="RuleSet"/>):
/// the ids' characters are copied into large shared chunks and found through an open-addressing
/// table, so that holding millions of ids costs about 50 bytes each instead of a string object and a
/// dictionary entry each, and no array ever needs to grow past a few megabytes by copying, except
/// the table itself.
/// </summary>
internal sealed class IdSet
{
    private const int CharChunkSize = 1 << 16;
    private const int EntryChunkBits = 12;
    private const int EntryChunkSize = 1 << EntryChunkBits;

    private readonly List<char[]> _chars = [];
    private readonly List<Entry[]> _entries = [];
    private int _charsUsed = CharChunkSize;
    private int[] _buckets = new int[1024];
    private int _count;

    /// <summary>The number of ids held.</summary>
    public int Count => _count;

    /// <summary>Adds an id; false, with the position that defined it first, when it is already held.</summary>
    public bool TryAdd(string id, long line, out long firstLine)
    {
        var hash = string.GetHashCode(id.AsSpan());
        var slot = Find(id, hash);
        if (_buckets[slot] != 0)
        {
            firstLine = EntryAt(_buckets[slot] - 1).Line;
            return false;
        }

        firstLine = 0;
        if (_charsUsed + id.Length > CharChunkSize)
        {
            _chars.Add(new char[CharChunkSize]);
            _charsUsed = 0;
        }

        id.AsSpan().CopyTo(_chars[^1].AsSpan(_charsUsed));
        var index = _count;
        if ((index & (EntryChunkSize - 1)) == 0)
        {
            _entries.Add(new Entry[EntryChunkSize]);
        }

        _entries[index >> EntryChunkBits][index & (EntryChunkSize - 1)] = new Entry(_chars.Count - 1, _charsUsed, id.Length, hash, line);
        _charsUsed += id.Length;
        _buckets[slot] = index + 1;
        _count++;
        if (_count * 4L >= _buckets.Length * 3L)
        {
            Grow();
        }

        return true;
    }

    /// <summary>Whether the id is held.</summary>
    public bool Contains(string id) => IndexOf(id) >= 0;

    /// <summary>The index of an id (ids are numbered from 0 in the order they were added), or -1 when it is not held.</summary>
    public int IndexOf(string id) => _buckets[Find(id, string.GetHashCode(id.AsSpan()))] - 1;

    /// <summary>Whether the id numbered <paramref name="index"/> is <paramref name="id"/>.</summary>
    public bool IsAt(int index, string? id)
    {
        ref var entry = ref EntryAt(index);
        return id is not null && entry.Length == id.Length && _chars[entry.Chunk].AsSpan(entry.Offset, entry.Length).SequenceEqual(id);
    }

    /// <summary>The id numbered <paramref name="index"/>, as a new string.</summary>
    public string IdAt(int index)
    {
        ref var entry = ref EntryAt(index);
        return new string(_chars[entry.Chunk].AsSpan(entry.Offset, entry.Length));
    }

    private ref Entry EntryAt(int index) => ref _entries[index >> EntryChunkBits][index & (EntryChunkSize - 1)];

    /// <summary>The slot holding <paramref name="id"/>, or the empty slot where it would go.</summary>
    private int Find(string id, int hash)
    {
        var mask = _buckets.Length - 1;
        var slot = hash & mask;
        while (_buckets[slot] is var held and not 0)
        {
            ref var entry = ref EntryAt(held - 1);
            if (entry.Hash == hash && entry.Length == id.Length && _chars[entry.Chunk].AsSpan(entry.Offset, entry.Length).SequenceEqual(id))
            {
                return slot;
            }

            slot = (slot + 1) & mask;
        }

        return slot;
    }

    private void Grow()
    {
        var buckets = new int[_buckets.Length * 2];
        var mask = buckets.Length - 1;
        for (var i = 0; i < _count; i++)
        {
            var slot = EntryAt(i).Hash & mask;
            while (buckets[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            buckets[slot] = i + 1;
        }

        _buckets = buckets;
    }

    private readonly record struct Entry(int Chunk, int Offset, int Length, int Hash, long Line);
}
