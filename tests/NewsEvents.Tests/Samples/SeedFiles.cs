namespace NewsEvents.Tests.Samples;

/// <summary>The files of the repository's seeds/ folder, found from the test's own location.</summary>
internal static class SeedFiles
{
    public const string ArticleFileName = "000_f47ba37e55af6183.txt";

    public const string DatasetFileName = "moscow-talks-2020-01-13.json";

    public static string ArticlePath => Path.Combine(SeedsFolder, ArticleFileName);

    public static string DatasetPath => Path.Combine(SeedsFolder, DatasetFileName);

    private static string SeedsFolder => NewsEvents.Tests.Docs.RepositoryFiles.PathOf("seeds");
}
