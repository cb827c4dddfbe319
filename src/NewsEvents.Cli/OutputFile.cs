using System.Runtime.InteropServices;

namespace NewsEvents.Cli;

/// <summary>
/// A file a command writes: a temporary file beside it that is renamed into place only when the
/// whole output is written, so that a failure leaves whatever was there before untouched.
/// </summary>
/// <remarks>
/// A path that names a device or a pipe (<c>/dev/null</c>, <c>/dev/stdout</c>, a FIFO) is written
/// in place: it cannot be replaced, and nothing of it is lost by writing. A symbolic link is
/// followed: the file it leads to is replaced and the link stays.
/// </remarks>
internal sealed partial class OutputFile : IDisposable
{
    private readonly string _target;
    private readonly string? _temporary;
    private bool _committed;

    private OutputFile(string path, string target, string? temporary, FileStream stream)
    {
        Path = path;
        _target = target;
        _temporary = temporary;
        Stream = stream;
    }

    /// <summary>The path as the user gave it, for messages.</summary>
    public string Path { get; }

    /// <summary>Where to write.</summary>
    public FileStream Stream { get; }

    /// <summary>Opens the temporary file beside <paramref name="path"/> (or the device itself).</summary>
    /// <exception cref="CliException">It cannot be created (a usage error: the path is wrong).</exception>
    public static OutputFile Create(string path)
    {
        if (Directory.Exists(path))
        {
            throw CliException.Usage($"{path}: is a directory, not a file.");
        }

        string? directory = null;
        try
        {
            var target = FinalTarget(path);
            if (File.Exists(target) && !IsRegularFile(target))
            {
                return new OutputFile(path, target, null, new FileStream(target, FileMode.Open, FileAccess.Write, FileShare.ReadWrite, 64 * 1024));
            }

            directory = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(target))!;
            var temporary = System.IO.Path.Combine(directory, $".{System.IO.Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
            var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024);
            return new OutputFile(path, target, temporary, stream);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            // The system's message names the temporary file, which the user never asked for: the reason is given in
            // terms of the path and its folder instead, where one is known.
            var reason = (e, directory) switch
            {
                (DirectoryNotFoundException, not null) => $"its folder {directory} does not exist.",
                (UnauthorizedAccessException, not null) => $"permission denied: no file can be made in its folder {directory} (the output is written to a new file there, then renamed).",
                (FileNotFoundException, not null) => $"no file can be made in its folder {directory}.",
                (UnauthorizedAccessException, null) => "permission denied.",
                _ => e.Message,
            };
            throw CliException.Usage($"{path}: cannot be written: {reason}");
        }
    }

    /// <summary>Flushes the output to the disk and renames it into place.</summary>
    /// <exception cref="IOException">The output could not be flushed or renamed.</exception>
    public void Commit()
    {
        if (_temporary is null)
        {
            Stream.Flush();
            Stream.Dispose();
            _committed = true;
            return;
        }

        Stream.Flush(flushToDisk: true);
        Stream.Dispose();
        if (!OperatingSystem.IsWindows() && File.Exists(_target))
        {
            // The replacement keeps the permissions of the file it replaces.
            File.SetUnixFileMode(_temporary, File.GetUnixFileMode(_target));
        }

        File.Move(_temporary, _target, overwrite: true);
        _committed = true;
    }

    /// <summary>Closes the output; when it was not committed, removes the temporary file and leaves the target as it was.</summary>
    public void Dispose()
    {
        if (_committed)
        {
            return;
        }

        try
        {
            Stream.Dispose();
        }
        catch (IOException)
        {
            // Flushing what was buffered failed: the output is abandoned anyway.
        }

        if (_temporary is not null)
        {
            try
            {
                File.Delete(_temporary);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // The error that made the write fail is the one to report.
            }
        }
    }

    /// <summary>Whether <paramref name="path"/> and <paramref name="other"/> lead to one file (through symbolic links too).</summary>
    public static bool SameFile(string path, string other) => string.Equals(
        System.IO.Path.GetFullPath(FinalTarget(path)),
        System.IO.Path.GetFullPath(FinalTarget(other)),
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);

    /// <summary>The file <paramref name="path"/> leads to through symbolic links (itself when it is none, or does not exist).</summary>
    private static string FinalTarget(string path)
    {
        var info = new FileInfo(path);
        return info.LinkTarget is null ? path : info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? path;
    }

    /// <summary>Whether the existing <paramref name="path"/> is a regular file, not a device, pipe or socket.</summary>
    private static bool IsRegularFile(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return true;
        }

        // .NET tells files from directories only; the file type is in stat's mode, which the
        // runtime's own native library returns in its FileStatus (Flags, then Mode).
        Span<int> status = stackalloc int[64];
        try
        {
            if (Stat(path, status) != 0)
            {
                return true;
            }
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return !System.IO.Path.GetFullPath(path).StartsWith("/dev/", StringComparison.Ordinal);
        }

        const int TypeMask = 0xF000, Regular = 0x8000;
        return (status[1] & TypeMask) == Regular;
    }

    [LibraryImport("libSystem.Native", EntryPoint = "SystemNative_Stat", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Stat(string path, Span<int> output);
}
