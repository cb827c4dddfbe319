using NewsEvents.Merging;
using NewsEvents.Streaming;
using NewsEvents.Validation;

namespace NewsEvents.Cli;

/// <summary>Reads the files the commands are given, turning every failure into a one-line <see cref="CliException"/>.</summary>
internal static class DatasetFiles
{
    /// <summary>Reads and validates the dataset in <paramref name="path"/>, with a progress bar on a terminal.</summary>
    /// <exception cref="CliException">The file is missing or unreadable (usage error), or not a valid dataset (invalid data).</exception>
    public static Dataset Load(CliConsole console, string path)
    {
        CheckExists(path);
        return ProgressDisplay.RunSteps(console, $"Reading {Path.GetFileName(path)}", new FileInfo(path).Length, advance => Load(path, advance: advance));
    }

    /// <summary>Reads and validates (unless <paramref name="validate"/> is false) the dataset in <paramref name="path"/>: one JSON document, or JSON Lines (.jsonl) read whole.</summary>
    /// <param name="path">The file.</param>
    /// <param name="validate">Whether to validate the dataset.</param>
    /// <param name="advance">Told how many bytes each read gave, when set.</param>
    /// <exception cref="CliException">The file is missing or unreadable (usage error), or not a valid dataset (invalid data).</exception>
    public static Dataset Load(string path, bool validate = true, Action<long>? advance = null) => Reading(path, () =>
    {
        if (DataFormats.Of(path) == DataFormat.JsonLines)
        {
            using var stream = Counted(OpenRead(path), advance);
            return JsonLinesReader.ReadDatasetAsync(stream, validate: validate).AsTask().GetAwaiter().GetResult();
        }

        return ReadDocument(path, new NewsEventsReaderOptions { Validate = validate }, advance);
    });

    /// <summary>Runs <paramref name="read"/>, which reads <paramref name="path"/>: data that is not a valid dataset becomes the one-line error that says so.</summary>
    /// <exception cref="CliException">The data is not a valid dataset, or the file cannot be read (invalid data).</exception>
    public static T Reading<T>(string path, Func<T> read)
    {
        try
        {
            return read();
        }
        catch (NewsEventsFormatException e)
        {
            var more = e.Violations.Length > 1 ? $" Run 'newsevents validate {path}' to list every violation." : string.Empty;
            throw CliException.InvalidData($"{path}: {e.Message}{more}", e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw CliException.InvalidData($"{path}: cannot be read: {e.Message}", e);
        }
    }

    /// <summary>
    /// Reads the datasets in <paramref name="paths"/> as one: the dataset itself when there is one
    /// path, else their merge (<see cref="DatasetMerger"/>, colliding ids prefixed with their dataset's id).
    /// </summary>
    /// <exception cref="CliException">A file is missing (usage error), not a valid dataset, or the files cannot be merged (invalid data).</exception>
    public static Dataset LoadAll(CliConsole console, IReadOnlyList<string> paths)
    {
        foreach (var path in paths)
        {
            CheckExists(path);
        }

        if (paths.Count == 1)
        {
            return Load(console, paths[0]);
        }

        var datasets = paths.Select(p => Load(console, p)).ToArray();
        try
        {
            return DatasetMerger.Merge(datasets);
        }
        catch (NewsEventsFormatException e)
        {
            throw CliException.InvalidData($"{string.Join(", ", paths)}: cannot be merged: {e.Message}", e);
        }
    }

    /// <summary>
    /// The records of <paramref name="path"/> each time the result is called, for a merge: a dataset
    /// document is read and validated once and its records handed out from memory; a JSON Lines file
    /// is read from the disk each time, and validated the first time.
    /// </summary>
    /// <exception cref="CliException">(When called) the file is not a valid dataset.</exception>
    public static Func<IEnumerable<JsonLinesRecord>> Records(string path, Action<long> advance)
    {
        if (DataFormats.Of(path) != DataFormat.JsonLines)
        {
            Dataset? dataset = null;
            return () => JsonLinesWriter.ToRecords(dataset ??= Load(path, advance: advance));
        }

        var validated = false;
        return () =>
        {
            var first = !validated;
            validated = true;
            return Stream(path, first, advance);
        };

        static IEnumerable<JsonLinesRecord> Stream(string path, bool validate, Action<long> advance)
        {
            using var stream = Counted(OpenRead(path), advance);
            var validator = validate ? new JsonLinesValidator() : null;
            foreach (var record in Read(path, stream))
            {
                validator?.Add(record);
                yield return record;
            }

            if (validator?.Complete() is { IsValid: false } report)
            {
                throw NotValid(path, report, path);
            }
        }

        static IEnumerable<JsonLinesRecord> Read(string path, Stream stream)
        {
            using var records = JsonLinesReader.Read(stream).GetEnumerator();
            while (true)
            {
                try
                {
                    if (!records.MoveNext())
                    {
                        yield break;
                    }
                }
                catch (NewsEventsFormatException e)
                {
                    throw CliException.InvalidData($"{path}: {e.Message}", e);
                }

                yield return records.Current;
            }
        }
    }

    /// <summary>The one-line error for data that broke rules: where, the first violation, how many, and the command that lists them all.</summary>
    /// <param name="where">The file or files the data came from.</param>
    /// <param name="report">What the validation found (not valid).</param>
    /// <param name="validateArguments">The files to give <c>newsevents validate</c>.</param>
    public static CliException NotValid(string where, ValidationReport report, string validateArguments) =>
        CliException.InvalidData($"{where}: {report.Violations[0]} ({Words.Count(report.Count, "violation")}). Run 'newsevents validate {validateArguments}' to list every violation.");

    /// <summary>Refuses an output file that is also one of the inputs: the output replaces its file, and the input must stay as it is.</summary>
    /// <exception cref="CliException">It is one of them (invalid data: nothing is read or written).</exception>
    public static void CheckNotAnInput(string? output, IEnumerable<string> inputs)
    {
        if (output is null or "-")
        {
            return;
        }

        foreach (var input in inputs)
        {
            if (OutputFile.SameFile(output, input))
            {
                throw CliException.InvalidData($"{output}: is also an input; write to another file (the inputs are left as they are).");
            }
        }
    }

    /// <summary>
    /// Reads the dataset document in <paramref name="path"/>, of any size: a file over 64 MiB is read a
    /// window at a time (<see cref="NewsEventsJson.Deserialize(Stream, NewsEventsReaderOptions?)"/>), never whole.
    /// </summary>
    /// <exception cref="NewsEventsFormatException">The file is not a valid dataset.</exception>
    /// <exception cref="CliException">The file is missing (usage error) or cannot be read (invalid data).</exception>
    public static Dataset ReadDocument(string path, NewsEventsReaderOptions options, Action<long>? advance = null)
    {
        using var stream = Counted(OpenRead(path), advance);
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
    public static byte[] ReadAll(string path, Action<long>? advance = null)
    {
        CheckExists(path);
        using var file = OpenRead(path);
        return ReadAll(path, file, advance);
    }

    /// <summary>Reads the rest of <paramref name="file"/>, opened from <paramref name="path"/>, as <see cref="ReadAll(string, Action{long}?)"/> reads a file.</summary>
    private static byte[] ReadAll(string path, FileStream file, Action<long>? advance)
    {
        var limit = NewsEventsReaderOptions.Default.MaxDocumentBytes;
        var length = file.CanSeek ? file.Length : -1;
        using var stream = Counted(file, advance);
        try
        {
            if (length > limit)
            {
                throw TooLarge(path, limit);
            }

            using var buffer = new MemoryStream(length > 0 ? (int)length : 0);
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

    private static Stream Counted(FileStream stream, Action<long>? advance) => advance is null ? stream : new ProgressStream(stream, advance);

    /// <summary>
    /// Opens <paramref name="path"/> to be read more than once, from the start each time: the file itself, or
    /// for a device or a pipe (which cannot seek) its bytes gathered in memory, up to the most a dataset
    /// document may hold (<see cref="ReadAll"/>).
    /// </summary>
    /// <exception cref="CliException">The file is missing (usage error), or cannot be read or is too large (invalid data).</exception>
    public static Stream OpenToReadAgain(string path)
    {
        var file = OpenRead(path);
        if (file.CanSeek)
        {
            return file;
        }

        using (file)
        {
            // Gathered from the handle already open: a pipe opened again would wait for another writer.
            return new MemoryStream(ReadAll(path, file, null), writable: false);
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
