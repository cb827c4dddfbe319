using System.Collections.Immutable;
using System.Globalization;

namespace NewsEvents.Parquet.Tables;

/// <summary>
/// The rows of a child table grouped by their owner (kind and id), each group in the order of its positions.
/// Every row must belong to an owner that exists: a row that names none is reported, never dropped.
/// </summary>
internal sealed class ChildRows<TItem>
{
    private readonly Dictionary<(string Kind, string Owner), List<(int Position, TItem Item)>> _groups = [];
    private readonly Dictionary<(string Kind, string Owner), int> _firstRow = [];
    private readonly HashSet<(string Kind, string Owner)> _taken = [];
    private readonly Func<(string Kind, string Owner), int, NewsEventsFormatException> _orphan;

    private ChildRows(Func<(string Kind, string Owner), int, NewsEventsFormatException> orphan) => _orphan = orphan;

    public static ChildRows<TItem> Read<TRow>(TableData<TRow> data, TextColumn<TRow>? kind, TextColumn<TRow> owner, ValueColumn<TRow, int> position, Func<int, string> kindOf, Func<int, TItem> item)
    {
        var rows = new ChildRows<TItem>((key, row) => data.Error(owner, row, $"'{key.Owner}' ({key.Kind}) is not in the folder; every row of '{data.Table.Name}' belongs to an item that is."));
        for (var row = 0; row < data.Count; row++)
        {
            var key = (kind is null ? kindOf(row) : data.RequiredText(kind, row), data.RequiredText(owner, row));
            if (!rows._groups.TryGetValue(key, out var group))
            {
                group = [];
                rows._groups.Add(key, group);
                rows._firstRow.Add(key, row);
            }

            group.Add((data.Value(position, row), item(row)));
        }

        return rows;
    }

    /// <summary>The items of one owner in their order; the owner is marked as found.</summary>
    public ImmutableArray<TItem> Of(string kind, string owner)
    {
        var key = (kind, owner);
        if (!_groups.TryGetValue(key, out var group))
        {
            return [];
        }

        _taken.Add(key);
        return [.. group.OrderBy(g => g.Position).Select(g => g.Item)];
    }

    /// <summary>Reports the first row whose owner was never asked for: it names an item the folder does not hold.</summary>
    public void CheckAllTaken()
    {
        foreach (var (key, row) in _firstRow.OrderBy(f => f.Value))
        {
            if (!_taken.Contains(key))
            {
                throw _orphan(key, row);
            }
        }
    }

    public static string Describe(int row) => (row + 1).ToString(CultureInfo.InvariantCulture);
}
