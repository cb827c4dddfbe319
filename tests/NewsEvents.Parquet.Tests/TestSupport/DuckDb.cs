using DuckDB.NET.Data;

namespace NewsEvents.Parquet.Tests.TestSupport;

/// <summary>An in-memory DuckDB database over a folder of tables: each table is a view of its files (its glob), named after it.</summary>
internal sealed class DuckDb : IDisposable
{
    private readonly DuckDBConnection _connection;

    public DuckDb(string folder)
    {
        _connection = new DuckDBConnection("Data Source=:memory:");
        _connection.Open();
        // As docs/parquet.md asks: months and days are counted in UTC, as the library counts them.
        Execute("SET TimeZone = 'UTC'");
        for (var i = 0; i < NewsEventsParquet.TableFiles.Count; i++)
        {
            Execute($"CREATE VIEW {Path.GetFileNameWithoutExtension(NewsEventsParquet.TableFiles[i])} AS SELECT * FROM read_parquet('{Path.Combine(folder, NewsEventsParquet.TableFilePatterns[i])}')");
        }
    }

    public void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>The rows of a query, each as its values (DBNull as null).</summary>
    public List<object?[]> Query(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            rows.Add(row);
        }

        return rows;
    }

    /// <summary>A query of two columns, a key and a count, as a dictionary.</summary>
    public Dictionary<string, long> Counts(string sql) =>
        Query(sql).ToDictionary(r => Convert.ToString(r[0], System.Globalization.CultureInfo.InvariantCulture)!, r => Convert.ToInt64(r[1], System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Rewrites a table's file with the rows of a query (over the file as <c>t</c>), as another tool would.</summary>
    public static void Rewrite(string folder, string table, string select)
    {
        var path = Path.Combine(folder, table + ".parquet");
        var copy = path + ".new";
        using (var db = new DuckDBConnection("Data Source=:memory:"))
        {
            db.Open();
            using var command = db.CreateCommand();
            command.CommandText = $"CREATE VIEW t AS SELECT * FROM read_parquet('{path}'); COPY ({select}) TO '{copy}' (FORMAT parquet)";
            command.ExecuteNonQuery();
        }

        File.Move(copy, path, overwrite: true);
    }

    public void Dispose() => _connection.Dispose();
}
