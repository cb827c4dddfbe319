using System.Globalization;

namespace NewsEvents.Parquet.Tables;

/// <summary>
/// The rows of a table, read back column by column from its files in order. Every accessor names the file, the
/// column and the row (counted from 1 in that file) when the value breaks a rule, so a bad folder is reported
/// where it is bad.
/// </summary>
/// <param name="table">The table.</param>
/// <param name="files">Each file of the table and the number (from 0) of its first row among the table's rows.</param>
/// <param name="count">The rows of all the files.</param>
/// <param name="values">Each column's values, the files' rows one after the other.</param>
internal sealed class TableData<TRow>(Table<TRow> table, IReadOnlyList<(string Path, int FirstRow)> files, int count, Dictionary<Column<TRow>, Array> values)
{
    public Table<TRow> Table { get; } = table;

    /// <summary>The table's first file.</summary>
    public string Path => files[0].Path;

    public int Count { get; } = count;

    public string? Text(TextColumn<TRow> column, int row) => ((string?[])values[column])[row];

    public string RequiredText(TextColumn<TRow> column, int row) =>
        Text(column, row) ?? throw Error(column, row, "has no value; the column requires one.");

    public T Value<T>(ValueColumn<TRow, T> column, int row)
        where T : struct =>
        ((T?[])values[column])[row] ?? throw Error(column, row, "has no value; the column requires one.");

    public T? Optional<T>(OptionalColumn<TRow, T> column, int row)
        where T : struct =>
        ((T?[])values[column])[row];

    public TEnum Name<TEnum>(TextColumn<TRow> column, int row)
        where TEnum : struct, Enum
    {
        var name = RequiredText(column, row);
        return FormatNames<TEnum>.TryParse(name, out var value)
            ? value
            : throw Error(column, row, $"'{name}' is not one of: {FormatNames<TEnum>.List}.");
    }

    public TEnum? OptionalName<TEnum>(TextColumn<TRow> column, int row)
        where TEnum : struct, Enum =>
        Text(column, row) is null ? null : Name<TEnum>(column, row);

    /// <summary>Makes a value of the model from a row, reporting a rule of the model it breaks at that row.</summary>
    public T Make<T>(int row, Func<T> make)
    {
        try
        {
            return make();
        }
        catch (Exception e) when (e is ArgumentException or FormatException or InvalidOperationException && e is not NewsEventsFormatException)
        {
            var (path, rowInFile) = Locate(row);
            throw new NewsEventsFormatException(string.Create(CultureInfo.InvariantCulture, $"{path}: row {rowInFile}: {e.Message}"), e);
        }
    }

    public NewsEventsFormatException Error(Column<TRow> column, int row, string message)
    {
        var (path, rowInFile) = Locate(row);
        return new(string.Create(CultureInfo.InvariantCulture, $"{path}: table '{Table.Name}', column '{column.Name}', row {rowInFile}: {message}"));
    }

    /// <summary>The file a row was read from, and its number there, from 1.</summary>
    private (string Path, int Row) Locate(int row)
    {
        var file = files.Count - 1;
        while (files[file].FirstRow > row)
        {
            file--;
        }

        return (files[file].Path, row - files[file].FirstRow + 1);
    }
}
