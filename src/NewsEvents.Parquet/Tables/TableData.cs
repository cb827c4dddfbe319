using System.Globalization;

namespace NewsEvents.Parquet.Tables;

/// <summary>
/// The rows of one table file, read back column by column. Every accessor names the file, the column and the
/// row (counted from 1) when the value breaks a rule, so a bad folder is reported where it is bad.
/// </summary>
internal sealed class TableData<TRow>(Table<TRow> table, string path, int count, Dictionary<Column<TRow>, Array> values)
{
    public Table<TRow> Table { get; } = table;

    public string Path { get; } = path;

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
            throw new NewsEventsFormatException(string.Create(CultureInfo.InvariantCulture, $"{Path}: row {row + 1}: {e.Message}"), e);
        }
    }

    public NewsEventsFormatException Error(Column<TRow> column, int row, string message) =>
        new(string.Create(CultureInfo.InvariantCulture, $"{Path}: table '{Table.Name}', column '{column.Name}', row {row + 1}: {message}"));
}
