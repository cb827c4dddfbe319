namespace NewsEvents.Tests.Samples;

/// <summary>One sample: its id (also the name of its dataset file), its article as received, and how the package exposes it.</summary>
internal sealed record SeedSample(string Id, string ArticleFileName, Func<Dataset> Dataset, Func<string> Json, Func<Stream> Open)
{
    public string DatasetFileName => Id + ".json";

    public string ArticlePath => SeedFiles.PathOf(ArticleFileName);

    public string DatasetPath => SeedFiles.PathOf(DatasetFileName);
}
