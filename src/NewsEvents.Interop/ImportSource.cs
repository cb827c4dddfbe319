namespace NewsEvents.Interop;

/// <summary>A file to import: its name (for provenance and error messages) and how to open it, once or more.</summary>
/// <param name="Name">The name reported in problems and recorded in the dataset's metadata.</param>
/// <param name="Open">Opens the file's bytes; called again for each pass an import makes over it.</param>
public sealed record ImportSource(string Name, Func<Stream> Open)
{
    /// <summary>A file on disk, named by its file name.</summary>
    /// <param name="path">The file's path.</param>
    /// <returns>The source.</returns>
    public static ImportSource FromFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return new ImportSource(Path.GetFileName(path), () => new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan));
    }

    /// <summary>Bytes in memory.</summary>
    /// <param name="name">The name to report.</param>
    /// <param name="bytes">The file's bytes.</param>
    /// <returns>The source.</returns>
    public static ImportSource FromBytes(string name, byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        return new ImportSource(name, () => new MemoryStream(bytes, writable: false));
    }
}
