using NewsEvents.Streaming;

namespace NewsEvents.Cli;

/// <summary>Reads the files the commands are given, turning every failure into a one-line <see cref="CliException"/>.</summary>
internal static class DatasetFiles
{
    /// <summary>Reads and validates (unless <paramref name="validate"/> is false) the dataset in <paramref name="path"/>: one JSON document, or JSON Lines (.jsonl) read whole.</summary>
    /// <exception cref="CliException">The file is missing or unreadable (usage error), or not a valid dataset (invalid data).</exception>
    public static Dataset Load(string path, bool validate = true)
    {
        try
        {
            if (DataFormats.Of(path) == DataFormat.JsonLines)
            {
                using var stream = OpenRead(path);
                return JsonLinesReader.ReadDatasetAsync(stream, validate: validate).AsTask().GetAwaiter().GetResult();
            }

            return ReadDocument(path, new NewsEventsReaderOptions { Validate = validate });
        }
        catch (NewsEventsFormatException e)
        {
            var more = e.Violations.Length > 1 ? $" Run 'newsevents validate {path}' to list every violation." : string.Empty;
            throw CliException.InvalidData($"{path}: {e.Message}{more}", e);
        }
    }

    /// <summary>
    /// Reads the dataset document in <paramref name="path"/>, of any size: a file over 64 MiB is read a
    /// window at a time (<see cref="NewsEventsJson.Deserialize(Stream, NewsEventsReaderOptions?)"/>), never whole.
    /// </summary>
    /// <exception cref="NewsEventsFormatException">The file is not a valid dataset.</exception>
    /// <exception cref="CliException">The file is missing (usage error) or cannot be read (invalid data).</exception>
    public static Dataset ReadDocument(string path, NewsEventsReaderOptions options)
    {
        using var stream = OpenRead(path);
        try
        {
            return NewsEventsJson.Deserialize(stream, options with { MaxDocumentBytes = long.MaxValue });
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw CliException.InvalidData($"{path}: cannot be read: {e.Message}", e);
        }
    }

    /// <summary>Checks that <paramref name="path"/> names a readable file, before any work starts.</summary>
    /// <exception cref="CliException">It does not (a usage error).</exception>
    public static void CheckExists(string path)
    {
        if (Directory.Exists(path))
        {
            throw CliException.Usage($"{path}: is a directory, not a file.");
        }

        if (!File.Exists(path))
        {
            throw CliException.Usage($"{path}: no such file.");
        }
    }

    /// <summary>
    /// Reads the whole of <paramref name="path"/>, up to the most a dataset document may hold
    /// (<see cref="NewsEventsReaderOptions.MaxDocumentBytes"/>): a larger file is refused before it is read
    /// when its length is known, and as soon as it passes the limit when it is not (a device, a pipe).
    /// </summary>
    /// <exception cref="CliException">The file is missing (usage error), cannot be read or is too large (invalid data).</exception>
    public static byte[] ReadAll(string path)
    {
        CheckExists(path);
        var limit = NewsEventsReaderOptions.Default.MaxDocumentBytes;
        using var stream = OpenRead(path);
        try
        {
            if (stream.CanSeek && stream.Length > limit)
            {
                throw TooLarge(path, limit);
            }

            using var buffer = new MemoryStream(stream.CanSeek ? (int)stream.Length : 0);
            var chunk = new byte[64 * 1024];
            int read;
            while ((read = stream.Read(chunk)) > 0)
            {
                if (buffer.Length + read > limit)
                {
                    throw TooLarge(path, limit);
                }

                buffer.Write(chunk, 0, read);
            }

            return buffer.Length == buffer.Capacity ? buffer.GetBuffer() : buffer.ToArray();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw CliException.InvalidData($"{path}: cannot be read: {e.Message}", e);
        }
    }

    private static CliException TooLarge(string path, long limit) =>
        CliException.InvalidData(string.Create(
            System.Globalization.CultureInfo.InvariantCulture,
            $"{path}: is larger than {limit:N0} bytes, the most one JSON dataset document may hold; write such a dataset as JSON Lines (.jsonl), which has no such limit."));

    /// <summary>
    /// Writes to <paramref name="path"/> (standard output when it is null or "-") through a temporary
    /// file renamed into place at the end (<see cref="OutputFile"/>): a failure leaves the file that
    /// was there before as it was.
    /// </summary>
    /// <exception cref="CliException">The file cannot be created (a usage error) or written (invalid data, exit 1).</exception>
    public static void Write(CliConsole console, string? path, Action<Stream> write)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(write);
        if (path is null or "-")
        {
            using var stdout = new TextWriterStream(console.Out);
            write(stdout);
            stdout.Flush();
            return;
        }

        using var file = OutputFile.Create(path);
        try
        {
            write(file.Stream);
            file.Commit();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw CliException.InvalidData($"{path}: cannot be written: {e.Message}", e);
        }
    }

    /// <summary>Opens <paramref name="path"/> for reading in sequence.</summary>
    /// <exception cref="CliException">The file is missing (usage error) or cannot be opened (invalid data).</exception>
    public static FileStream OpenRead(string path)
    {
        CheckExists(path);
        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            throw CliException.InvalidData($"{path}: cannot be read: {e.Message}", e);
        }
    }
}
