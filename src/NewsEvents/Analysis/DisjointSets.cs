namespace NewsEvents.Analysis;

/// <summary>
/// Disjoint sets (union–find) with path halving and union by size: each operation in near-constant
/// amortized time, so that joining n items through m links costs O(n + m).
/// </summary>
/// <typeparam name="T">The items; each is added on first use.</typeparam>
internal sealed class DisjointSets<T>
    where T : notnull
{
    private readonly Dictionary<T, int> _ids;
    private readonly List<T> _items = [];
    private readonly List<int> _parent = [];
    private readonly List<int> _size = [];

    public DisjointSets(IEqualityComparer<T>? comparer = null) => _ids = new(comparer);

    /// <summary>The items met so far, in the order they were first met.</summary>
    public IEnumerable<T> Items => _items;

    public bool Contains(T item) => _ids.ContainsKey(item);

    /// <summary>The representative of the item's set (the item is added when new).</summary>
    public T Find(T item) => _items[Root(Id(item))];

    public void Union(T first, T second)
    {
        var (a, b) = (Root(Id(first)), Root(Id(second)));
        if (a == b)
        {
            return;
        }

        if (_size[a] < _size[b])
        {
            (a, b) = (b, a);
        }

        _parent[b] = a;
        _size[a] += _size[b];
    }

    private int Id(T item)
    {
        if (!_ids.TryGetValue(item, out var id))
        {
            id = _items.Count;
            _ids.Add(item, id);
            _items.Add(item);
            _parent.Add(id);
            _size.Add(1);
        }

        return id;
    }

    private int Root(int id)
    {
        while (_parent[id] != id)
        {
            _parent[id] = _parent[_parent[id]];
            id = _parent[id];
        }

        return id;
    }
}
