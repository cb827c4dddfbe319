using System.Collections.Immutable;
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
    private int[] _keys = new int[Math.Max(4, pairs)];
    private TValue[] _values = new TValue[Math.Max(4, pairs)];
    private TValue?[] _last = new TValue?[16];
    private int _count;

    public void Add(int key, TValue value)
    {
        if (key >= _last.Length)
        {
            Array.Resize(ref _last, Math.Max(key + 1, 2 * _last.Length));
        }

        _last[key] = value;
        if (_count == _keys.Length)
        {
            Array.Resize(ref _keys, 2 * _count);
            Array.Resize(ref _values, 2 * _count);
        }

        _keys[_count] = key;
        _values[_count++] = value;
    }

    /// <summary>Adds unless the value was just added under the key (an actor named twice in one item).</summary>
    public void AddOnce(int key, TValue value)
    {
        if (key >= _last.Length || !ReferenceEquals(_last[key], value))
        {
            Add(key, value);
        }
    }

    /// <summary>The groups, indexed by key, for keys 0 to <paramref name="keys"/> − 1; empty for a key without items.</summary>
    public ImmutableArray<TValue>[] Build(int keys)
    {
        var counts = new int[keys];
        for (var i = 0; i < _count; i++)
        {
            counts[_keys[i]]++;
        }

        var arrays = new TValue[keys][];
        var groups = new ImmutableArray<TValue>[keys];
        for (var key = 0; key < keys; key++)
        {
            arrays[key] = counts[key] == 0 ? [] : new TValue[counts[key]];
            groups[key] = ImmutableCollectionsMarshal.AsImmutableArray(arrays[key]);
            counts[key] = 0;
        }

        for (var i = 0; i < _count; i++)
        {
            var key = _keys[i];
            arrays[key][counts[key]++] = _values[i];
        }

        return groups;
    }
}
