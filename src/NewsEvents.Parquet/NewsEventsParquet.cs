using System.Globalization;
using NewsEvents.Parquet.Tables;
using NewsEvents.Streaming;
using NewsEvents.Validation;

namespace NewsEvents.Parquet;

/// <summary>
/// Writes NewsEvents data as a folder of normalized Parquet tables, one file per table named after it
/// (<c>events.parquet</c>, <c>claims.parquet</c>, <c>evidence.parquet</c>…), and reads such a folder back.
/// The tables and their columns are listed in docs/parquet.md.
/// </summary>
/// <remarks>
/// A folder is written whole or not at all: the tables are written into a new folder beside the target,
/// which takes the target's place only once every table is complete (an existing folder of that name is
/// replaced). Data that is not valid NewsEvents is refused with a <see cref="NewsEventsFormatException"/>
/// and leaves nothing behind.
/// </remarks>
public static class NewsEventsParquet
{
    /// <summary>The file names of the tables of a folder, in the order they are documented.</summary>
    public static IReadOnlyList<string> TableFiles { get; } = [.. ParquetTables.All.Select(t => t.FileName)];

    /// <summary>Writes a dataset as a folder of tables.</summary>
    /// <param name="dataset">The dataset; it is validated first.</param>
    /// <param name="folder">The folder to write; replaced if it exists.</param>
    /// <param name="options">How to write; <see cref="ParquetExportOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Stops the export; nothing is left behind.</param>
    /// <returns>The number of records written: the dataset's header and each of its entities.</returns>
    /// <exception cref="NewsEventsFormatException">The dataset is not valid, or holds a number the tables cannot hold exactly.</exception>
    /// <exception cref="IOException">The folder cannot be written.</exception>
    public static Task<long> WriteAsync(Dataset dataset, string folder, ParquetExportOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        NewsEventsJson.ThrowIfInvalid(DatasetValidator.Validate(dataset));
        return WriteAsync(JsonLinesWriter.ToRecords(dataset).ToAsyncEnumerable(), folder, options, validate: false, cancellationToken);
    }

    /// <summary>
    /// Writes records (a header, then entities, as a JSON Lines stream holds them) as a folder of tables, row
    /// group by row group: memory holds at most a row group of each table, whatever the number of records.
    /// The records are validated as they pass, as <see cref="JsonLinesValidator"/> does (see
    /// <see cref="ParquetExportOptions.ValidateAcrossRecords"/> for the memory that takes).
    /// </summary>
    /// <param name="records">The records, the header first.</param>
    /// <param name="folder">The folder to write; replaced if it exists.</param>
    /// <param name="options">How to write; <see cref="ParquetExportOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Stops the export; nothing is left behind.</param>
    /// <returns>The number of records written.</returns>
    /// <exception cref="NewsEventsFormatException">The records are not a valid dataset.</exception>
    /// <exception cref="IOException">The folder cannot be written.</exception>
    public static Task<long> WriteAsync(IAsyncEnumerable<JsonLinesRecord> records, string folder, ParquetExportOptions? options = null, CancellationToken cancellationToken = default) =>
        WriteAsync(records, folder, options, validate: (options ?? ParquetExportOptions.Default).ValidateAcrossRecords, cancellationToken);

    /// <summary>Writes a JSON Lines stream (a header line, then one entity a line) as a folder of tables, in bounded memory.</summary>
    /// <param name="utf8JsonLines">The JSON Lines, UTF-8.</param>
    /// <param name="folder">The folder to write; replaced if it exists.</param>
    /// <param name="options">How to write; <see cref="ParquetExportOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Stops the export; nothing is left behind.</param>
    /// <returns>The number of records written.</returns>
    /// <exception cref="NewsEventsFormatException">A line is not a valid record, or the records are not a valid dataset.</exception>
    /// <exception cref="IOException">The folder cannot be written.</exception>
    public static Task<long> WriteJsonLinesAsync(Stream utf8JsonLines, string folder, ParquetExportOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8JsonLines);
        return WriteAsync(JsonLinesReader.ReadAsync(utf8JsonLines, cancellationToken: cancellationToken), folder, options, cancellationToken);
    }

    /// <summary>Reads a folder of tables back into the dataset it was written from.</summary>
    /// <param name="folder">The folder.</param>
    /// <param name="cancellationToken">Stops the reading.</param>
    /// <returns>The dataset, validated.</returns>
    /// <exception cref="NewsEventsFormatException">
    /// A table is missing, is not Parquet, lacks a column or has one of another type, holds a value the format
    /// does not allow, or names an item the folder does not hold; the message names the file, the table, the
    /// column and the row.
    /// </exception>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public static Task<Dataset> ReadAsync(string folder, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(folder);
        return FolderReader.ReadAsync(folder, cancellationToken);
    }

    private static async Task<long> WriteAsync(IAsyncEnumerable<JsonLinesRecord> records, string folder, ParquetExportOptions? options, bool validate, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentException.ThrowIfNullOrEmpty(folder);
        options ??= ParquetExportOptions.Default;
        var target = Path.GetFullPath(folder.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar));
        if (File.Exists(target))
        {
            throw new IOException($"{folder}: is a file; the tables are written to a folder.");
        }

        var partial = NewSibling(target, "partial");
        Directory.CreateDirectory(partial);
        try
        {
            long count;
            var validator = validate ? new JsonLinesValidator() : null;
            var writer = await FolderWriter.CreateAsync(partial, options.RowGroupSize, cancellationToken).ConfigureAwait(false);
            await using (writer.ConfigureAwait(false))
            {
                await foreach (var record in records.WithCancellation(cancellationToken).ConfigureAwait(false))
                {
                    validator?.Add(record);
                    await writer.AddAsync(record, cancellationToken).ConfigureAwait(false);
                }

                if (validator is not null)
                {
                    NewsEventsJson.ThrowIfInvalid(validator.Complete());
                }

                await writer.CompleteAsync(cancellationToken).ConfigureAwait(false);
                count = writer.RecordCount;
            }

            Replace(target, partial);
            return count;
        }
        catch
        {
            DeleteQuietly(partial);
            throw;
        }
    }

    /// <summary>Puts the complete folder in the target's place; a folder already there is moved aside first and removed after.</summary>
    private static void Replace(string target, string complete)
    {
        if (!Directory.Exists(target))
        {
            Directory.Move(complete, target);
            return;
        }

        var old = NewSibling(target, "old");
        Directory.Move(target, old);
        try
        {
            Directory.Move(complete, target);
        }
        catch
        {
            Directory.Move(old, target);
            throw;
        }

        DeleteQuietly(old);
    }

    private static string NewSibling(string target, string what) =>
        string.Create(CultureInfo.InvariantCulture, $"{target}.{what}-{Guid.NewGuid():N}");

    private static void DeleteQuietly(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The export's own failure is the one to report; a leftover folder of this name is harmless.
        }
    }
}
