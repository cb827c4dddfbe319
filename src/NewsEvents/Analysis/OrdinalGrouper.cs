using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace NewsEvents.Analysis;

/// <summary>
/// Collects items under dense integer keys, keeping the items' order: the pairs are kept as they come, then counted
/// per key and placed, one exact array per key. Linear, with no hashing and one allocation a key.
/// </summary>
/// <typeparam name="TValue">The items.</typeparam>
internal sealed class OrdinalGrouper<TValue>(int pairs)
    where TValue : class
{
    /// <summary>The longest run of one value searched pair by pair for a repeated key; a longer one keeps a set of its keys.</summary>
    private const int LongestScannedRun = 16;

    /// <summary>Up to this many keys, pairs are placed straight into their keys' arrays (<see cref="PlaceDirectly"/>).</summary>
    private const int MostKeysPlacedDirectly = 256;

    private int[] _keys = new int[Math.Max(4, pairs)];
    private TValue[] _values = new TValue[Math.Max(4, pairs)];
    private int _count;

    // The pairs of the value added last, from _runStart on, and their keys once the run outgrows a scan (null before).
    private int _runStart;
    private HashSet<int>? _runKeys;

    public void Add(int key, TValue value)
    {
        if (_count == 0 || !ReferenceEquals(_values[_count - 1], value))
        {
            _runStart = _count;
            _runKeys = null;
        }
        else
        {
            _runKeys?.Add(key);
        }

        if (_count == _keys.Length)
        {
            Array.Resize(ref _keys, 2 * _count);
            Array.Resize(ref _values, 2 * _count);
        }

        _keys[_count] = key;
        _values[_count++] = value;
    }

    /// <summary>
    /// Adds unless the pairs added since the last of another value hold the key already (an actor named twice in one
    /// item: an item's pairs come one after another).
    /// </summary>
    /// <remarks>
    /// Only the latest pairs are read, which are in the cache: a table of the last value of every key, read at the key,
    /// would be a cache miss apiece once the keys number hundreds of thousands.
    /// </remarks>
    public void AddOnce(int key, TValue value)
    {
        if (_count > 0 && ReferenceEquals(_values[_count - 1], value) && RunHolds(key))
        {
            return;
        }

        Add(key, value);
    }

    /// <summary>The groups, indexed by key, for keys 0 to <paramref name="keys"/> − 1; empty for a key without items.</summary>
    public ImmutableArray<TValue>[] Build(int keys)
    {
        var starts = new int[keys + 1];
        for (var i = 0; i < _count; i++)
        {
            starts[_keys[i] + 1]++;
        }

        for (var key = 0; key < keys; key++)
        {
            starts[key + 1] += starts[key];
        }

        var groups = new ImmutableArray<TValue>[keys];
        if (keys <= MostKeysPlacedDirectly)
        {
            PlaceDirectly(starts, groups);
            return groups;
        }

        // Placed first in one array, in order of key, then copied out a key at a time: a pair placed straight into its
        // key's own array reads where that array lies before writing to it, a second scattered read once the arrays
        // outgrow the caches. Written through a reference, because a store into an array of a shared generic type
        // checks the array's element type at every store.
        var flat = new TValue[_count];
        ref var first = ref MemoryMarshal.GetArrayDataReference(flat);
        var placed = starts.AsSpan(0, keys).ToArray();
        for (var i = 0; i < _count; i++)
        {
            Unsafe.Add(ref first, placed[_keys[i]]++) = _values[i];
        }

        for (var key = 0; key < keys; key++)
        {
            var count = starts[key + 1] - starts[key];
            groups[key] = ImmutableCollectionsMarshal.AsImmutableArray(count == 0 ? [] : flat.AsSpan(starts[key], count).ToArray());
        }

        return groups;
    }

    /// <summary>
    /// Places each pair straight into its key's array: with few keys, the places written to stay in the cache, and the
    /// array in between (a copy of every pair) is not needed.
    /// </summary>
    private void PlaceDirectly(int[] starts, ImmutableArray<TValue>[] groups)
    {
        var arrays = new TValue[groups.Length][];
        for (var key = 0; key < arrays.Length; key++)
        {
            arrays[key] = starts[key + 1] == starts[key] ? [] : new TValue[starts[key + 1] - starts[key]];
        }

        var next = new int[groups.Length];
        for (var i = 0; i < _count; i++)
        {
            var key = _keys[i];
            Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(arrays[key]), next[key]++) = _values[i];
        }

        for (var key = 0; key < arrays.Length; key++)
        {
            groups[key] = ImmutableCollectionsMarshal.AsImmutableArray(arrays[key]);
        }
    }

    private bool RunHolds(int key)
    {
        if (_runKeys is null && _count - _runStart <= LongestScannedRun)
        {
            return _keys.AsSpan(_runStart, _count - _runStart).Contains(key);
        }

        // Only an item naming more than a few actors gets here, rarely: its set is made anew.
        _runKeys ??= [.. _keys.AsSpan(_runStart, _count - _runStart)];
        return _runKeys.Contains(key);
    }
}
