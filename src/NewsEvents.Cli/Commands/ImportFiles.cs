using NewsEvents.Interop;

namespace NewsEvents.Cli.Commands;

/// <summary>
/// The files of an import, for the importers (<see cref="Sources"/>) and for the progress bar drawn on a terminal while
/// they are read (<see cref="Run{T}"/>). The bar counts, for each file, the furthest byte read: an importer opens a
/// file more than once (its layout is detected from its start), and each file still counts its length once.
/// </summary>
internal sealed class ImportFiles
{
    private readonly long[] _furthest;
    private Action<long>? _progress;

    public ImportFiles(IReadOnlyList<string> paths)
    {
        foreach (var path in paths)
        {
            DatasetFiles.CheckExists(path);
        }

        _furthest = new long[paths.Count];
        Sources = [.. paths.Select((path, index) => new ImportSource(Path.GetFileName(path), () => Open(path, index)))];
        TotalBytes = paths.Sum(p => new FileInfo(p).Length);
        Description = paths.Count == 1 ? $"import {Path.GetFileName(paths[0])}" : $"import {Path.GetFileName(paths[0])} and {Words.Count(paths.Count - 1, "more file")}";
    }

    /// <summary>The files as the importers take them, named by their file names.</summary>
    public IReadOnlyList<ImportSource> Sources { get; }

    public long TotalBytes { get; }

    private string Description { get; }

    /// <summary>Runs <paramref name="work"/>, which reads the files, with the progress bar on a terminal (never on a pipe).</summary>
    public T Run<T>(CliConsole console, Func<T> work) =>
        ProgressDisplay.Run(console, Description, TotalBytes, progress =>
        {
            // What was read before (the detection of the source) is read again by the import: the bar starts at 0.
            Array.Clear(_furthest);
            _progress = progress;
            try
            {
                return work();
            }
            finally
            {
                _progress = null;
            }
        });

    /// <summary>Runs <paramref name="work"/>, which reads the files, with the progress bar on a terminal.</summary>
    public void Run(CliConsole console, Action work) => Run(console, () =>
    {
        work();
        return true;
    });

    private ProgressStream Open(string path, int index)
    {
        var file = ImportSource.FromFile(path).Open();
        return new ProgressStream(file, _ =>
        {
            if (file.Position > _furthest[index])
            {
                _furthest[index] = file.Position;
                _progress?.Invoke(_furthest.Sum());
            }
        });
    }
}
