namespace NewsEvents.Tests.Docs;

/// <summary>Finds files of the repository from the test's output folder.</summary>
internal static class RepositoryFiles
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    /// <summary>The folder that holds NewsEvents.sln.</summary>
    public static string Root => LazyRoot.Value;

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    public static string ReadText(params string[] parts) => File.ReadAllText(PathOf(parts));

    /// <summary>The files under <paramref name="folder"/> (relative to the root) matching <paramref name="pattern"/>, sorted; none when the folder does not exist.</summary>
    public static string[] Glob(string folder, string pattern, SearchOption option = SearchOption.AllDirectories)
    {
        var path = PathOf(folder);
        return Directory.Exists(path) ? [.. Directory.GetFiles(path, pattern, option).Order(StringComparer.Ordinal)] : [];
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NewsEvents.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} holds NewsEvents.sln.");
    }
}
