namespace NewsEvents.Tests.Samples;

/// <summary>The files of the repository's seeds/ folder, found from the test's own location.</summary>
internal static class SeedFiles
{
    public const string ArticleFileName = "000_f47ba37e55af6183.txt";

    public const string DatasetFileName = "moscow-talks-2020-01-13.json";

    public static string ArticlePath => Path.Combine(SeedsFolder, ArticleFileName);

    public static string DatasetPath => Path.Combine(SeedsFolder, DatasetFileName);

    private static string SeedsFolder => Path.Combine(RepositoryRoot(), "seeds");

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "NewsEvents.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} holds NewsEvents.sln.");
    }
}
