using Parquet;
using Parquet.Schema;

namespace NewsEvents.Parquet.Tables;

/// <summary>Reads a table's file whole, after checking that it is Parquet and has every column of the table with its type.</summary>
internal static class TableReader
{
    public static async Task<TableData<TRow>> ReadAsync<TRow>(Table<TRow> table, string folder, CancellationToken cancellationToken)
    {
        var path = System.IO.Path.Combine(folder, ((ITable)table).FileName);
        if (!File.Exists(path))
        {
            throw new NewsEventsFormatException($"{path}: the table '{table.Name}' is missing: a NewsEvents Parquet folder holds one file per table ({string.Join(", ", ParquetTables.All.Select(t => t.FileName))}).");
        }

        ParquetReader reader;
        try
        {
            reader = await ParquetReader.CreateAsync(path, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or ParquetException or InvalidDataException or NotSupportedException or ArgumentException or InvalidOperationException or IndexOutOfRangeException)
        {
            throw new NewsEventsFormatException($"{path}: is not a Parquet file ({e.Message}).", e);
        }

        await using (reader.ConfigureAwait(false))
        {
            var found = new Dictionary<Column<TRow>, DataField>();
            var fields = reader.Schema.DataFields;
            foreach (var column in table.Columns)
            {
                var field = fields.FirstOrDefault(f => f.Name == column.Name && f.Path.ToList().Count == 1)
                    ?? throw new NewsEventsFormatException($"{path}: table '{table.Name}' has no column '{column.Name}' ({column.TypeName}).");
                if (!column.Accepts(field))
                {
                    throw new NewsEventsFormatException($"{path}: table '{table.Name}', column '{column.Name}' must be {column.TypeName}{(column.IsRequired ? " without nulls" : string.Empty)}, not {Describe(field)}.");
                }

                found.Add(column, field);
            }

            var parts = table.Columns.ToDictionary(c => c, _ => new List<Array>());
            var count = 0L;
            try
            {
                for (var g = 0; g < reader.RowGroupCount; g++)
                {
                    using var group = reader.OpenRowGroupReader(g);
                    var rows = checked((int)group.RowCount);
                    foreach (var column in table.Columns)
                    {
                        parts[column].Add(await column.ReadAsync(group, found[column], rows, cancellationToken).ConfigureAwait(false));
                    }

                    count += rows;
                }
            }
            catch (Exception e) when (e is IOException or ParquetException or InvalidDataException or NotSupportedException or ArgumentException or InvalidOperationException or IndexOutOfRangeException or OverflowException)
            {
                throw new NewsEventsFormatException($"{path}: table '{table.Name}' cannot be read ({e.Message}).", e);
            }

            var total = checked((int)count);
            return new TableData<TRow>(table, path, total, parts.ToDictionary(p => p.Key, p => Concat(p.Key, p.Value, total)));
        }
    }

    private static Array Concat<TRow>(Column<TRow> column, List<Array> parts, int total)
    {
        if (parts.Count == 1)
        {
            return parts[0];
        }

        var all = column.NewArray(total);
        var at = 0;
        foreach (var part in parts)
        {
            Array.Copy(part, 0, all, at, part.Length);
            at += part.Length;
        }

        return all;
    }

    private static string Describe(DataField field) => field switch
    {
        DecimalDataField d => $"DECIMAL({d.Precision},{d.Scale})",
        _ => $"{(field.ClrType == typeof(ReadOnlyMemory<char>) ? "text" : field.ClrType.Name)}{(field.IsNullable ? " (nullable)" : string.Empty)}{(field.IsArray ? " (list)" : string.Empty)}",
    };
}
