namespace NewsEvents.Validation;

/// <summary>
/// Values gathered into chunks that are filled and never copied to grow (the first ones small, then
/// 256 Ki values each), then each sorted, and searched by halving each chunk: a set in as little
/// memory as its values take, for the fingerprints of <see cref="FingerprintIdBook"/>.
/// </summary>
internal sealed class SortedChunks<T>
    where T : struct, IComparable<T>
{
    private const int FirstChunk = 1024;
    private const int LargestChunk = 1 << 18;

    private readonly List<T[]> _chunks = [];
    private int _used;

    public long Count { get; private set; }

    public void Add(T value)
    {
        if (_chunks.Count == 0 || _used == _chunks[^1].Length)
        {
            _chunks.Add(new T[_chunks.Count == 0 ? FirstChunk : Math.Min(_chunks[^1].Length * 2, LargestChunk)]);
            _used = 0;
        }

        _chunks[^1][_used++] = value;
        Count++;
    }

    /// <summary>Sorts each chunk (the last as far as it is filled: trimming it would copy it).</summary>
    public void Seal()
    {
        for (var c = 0; c < _chunks.Count; c++)
        {
            Filled(c).Sort();
        }
    }

    /// <summary>Finds a value by its key (the values sorted by it), in each chunk.</summary>
    public bool Find(ulong key, Func<T, ulong> keyOf, out T found)
    {
        for (var c = 0; c < _chunks.Count; c++)
        {
            var chunk = Filled(c);
            if (Search(chunk, key, keyOf) is var index and >= 0)
            {
                found = chunk[index];
                return true;
            }
        }

        found = default;
        return false;
    }

    /// <summary>Adds to <paramref name="repeated"/> every key that more than one value has (within a chunk or across chunks).</summary>
    public void Repeated(Func<T, ulong> keyOf, HashSet<ulong> repeated)
    {
        for (var c = 0; c < _chunks.Count; c++)
        {
            var chunk = Filled(c);
            for (var i = 0; i < chunk.Length; i++)
            {
                var key = keyOf(chunk[i]);
                if ((i > 0 && keyOf(chunk[i - 1]) == key) || InLaterChunk(c, key, keyOf))
                {
                    repeated.Add(key);
                }
            }
        }
    }

    private Span<T> Filled(int chunk) => chunk == _chunks.Count - 1 ? _chunks[chunk].AsSpan(0, _used) : _chunks[chunk];

    private bool InLaterChunk(int chunk, ulong key, Func<T, ulong> keyOf)
    {
        for (var c = chunk + 1; c < _chunks.Count; c++)
        {
            if (Search(Filled(c), key, keyOf) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static int Search(ReadOnlySpan<T> chunk, ulong key, Func<T, ulong> keyOf)
    {
        int low = 0, high = chunk.Length - 1;
        while (low <= high)
        {
            var middle = low + ((high - low) >> 1);
            var at = keyOf(chunk[middle]);
            if (at == key)
            {
                return middle;
            }

            if (at < key)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return -1;
    }
}
