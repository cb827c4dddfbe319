using Parquet;
using Parquet.Schema;

namespace NewsEvents.Parquet.Tables;

/// <summary>
/// Reads a table's files whole (its first file, then its part files in order), after checking that each is
/// Parquet and has every column of the table with its type.
/// </summary>
internal static class TableReader
{
    public static async Task<TableData<TRow>> ReadAsync<TRow>(Table<TRow> table, string folder, CancellationToken cancellationToken)
    {
        var parts = table.Columns.ToDictionary(c => c, _ => new List<Array>());
        var files = new List<(string Path, int FirstRow)>();
        var count = 0L;
        foreach (var path in FilesOf(table, folder))
        {
            files.Add((path, checked((int)count)));
            count += await ReadFileAsync(table, path, parts, cancellationToken).ConfigureAwait(false);
        }

        var total = checked((int)count);
        return new TableData<TRow>(table, files, total, parts.ToDictionary(p => p.Key, p => Concat(p.Key, p.Value, total)));
    }

    /// <summary>
    /// The table's files in order: the first, which must be there, then its part files, numbered from 2 without a
    /// gap. A part file past a gap (or any other file the table's glob would read) is refused, not left out.
    /// </summary>
    private static List<string> FilesOf(ITable table, string folder)
    {
        var first = System.IO.Path.Combine(folder, table.FileName);
        if (!File.Exists(first))
        {
            throw new NewsEventsFormatException($"{first}: the table '{table.Name}' is missing: a NewsEvents Parquet folder holds one file per table ({string.Join(", ", ParquetTables.All.Select(t => t.FileName))}), and its part files when it has more row groups than a file holds.");
        }

        List<string> files = [first];
        while (File.Exists(System.IO.Path.Combine(folder, table.PartFileName(files.Count + 1))))
        {
            files.Add(System.IO.Path.Combine(folder, table.PartFileName(files.Count + 1)));
        }

        var stray = Directory.EnumerateFiles(folder, table.FilePattern).OrderBy(f => f.Length).ThenBy(f => f, StringComparer.Ordinal).FirstOrDefault(f => !files.Contains(f));
        if (stray is not null)
        {
            throw new NewsEventsFormatException($"{stray}: is not a file of the table '{table.Name}', whose files are {table.FileName} and part files numbered from 2 without a gap (the next would be {table.PartFileName(files.Count + 1)}); engines reading '{table.FilePattern}' would read it as rows of the table.");
        }

        return files;
    }

    /// <summary>Reads one file's row groups, each column's values added to its parts; returns the rows read.</summary>
    private static async Task<long> ReadFileAsync<TRow>(Table<TRow> table, string path, Dictionary<Column<TRow>, List<Array>> parts, CancellationToken cancellationToken)
    {
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

            return count;
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
