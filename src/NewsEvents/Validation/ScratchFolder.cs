using System.Globalization;

namespace NewsEvents.Validation;

/// <summary>A folder of the library's own for files of passing use (sorted runs of ids), removed when the work ends, however it ends.</summary>
internal static class ScratchFolder
{
    /// <summary>Creates a new folder, with a name no other work uses, in <paramref name="parent"/>.</summary>
    /// <exception cref="IOException">The folder cannot be created.</exception>
    public static string Create(string parent, string purpose)
    {
        var folder = Path.Combine(parent, string.Create(CultureInfo.InvariantCulture, $"newsevents-{purpose}-{Guid.NewGuid():N}"));
        Directory.CreateDirectory(folder);
        return folder;
    }

    /// <summary>Removes a folder of the library's own; failing to is not worth an error of its own.</summary>
    public static void DeleteQuietly(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The work's own result or failure is the one to report; a leftover folder of this name is harmless.
        }
    }
}
