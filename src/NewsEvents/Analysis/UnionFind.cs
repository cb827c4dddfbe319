namespace NewsEvents.Analysis;

/// <summary>
/// The steps every union–find of the analyses shares, over sets numbered in arrays: the root by path halving, and
/// union by size. Near-constant amortized time each, so that joining n items through m links costs O(n + m).
/// </summary>
internal static class UnionFind
{
    /// <summary>The root of the item's set, halving the path to it on the way.</summary>
    /// <param name="parent">Each item's parent; a root is its own.</param>
    /// <param name="item">The item.</param>
    public static int Root(Span<int> parent, int item)
    {
        while (parent[item] != item)
        {
            parent[item] = parent[parent[item]];
            item = parent[item];
        }

        return item;
    }

    /// <summary>Joins the sets of the two items, the smaller under the larger (the first's root on a tie).</summary>
    /// <param name="parent">Each item's parent; a root is its own.</param>
    /// <param name="size">The size of each root's set.</param>
    /// <param name="first">An item.</param>
    /// <param name="second">Another item.</param>
    public static void UnionBySize(Span<int> parent, Span<int> size, int first, int second)
    {
        var (a, b) = (Root(parent, first), Root(parent, second));
        if (a == b)
        {
            return;
        }

        if (size[a] < size[b])
        {
            (a, b) = (b, a);
        }

        parent[b] = a;
        size[a] += size[b];
    }
}
