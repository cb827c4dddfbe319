using System.Runtime.InteropServices;

namespace NewsEvents.Analysis;

/// <summary>
/// Disjoint sets (union–find) of any items, each numbered on first use, joined by <see cref="UnionFind"/>.
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
        // Both numbered before the lists are read as spans: numbering a new item grows them.
        var (a, b) = (Id(first), Id(second));
        UnionFind.UnionBySize(CollectionsMarshal.AsSpan(_parent), CollectionsMarshal.AsSpan(_size), a, b);
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

    private int Root(int id) => UnionFind.Root(CollectionsMarshal.AsSpan(_parent), id);
}
