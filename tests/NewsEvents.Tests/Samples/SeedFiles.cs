using NewsEvents.Samples;

namespace NewsEvents.Tests.Samples;

/// <summary>The files of the repository's seeds/ folder, found from the test's own location, and the embedded sample each one is.</summary>
internal static class SeedFiles
{
    public static readonly SeedSample MoscowTalks = new(
        SampleDatasets.MoscowTalksId,
        "000_f47ba37e55af6183.txt",
        () => SampleDatasets.MoscowTalks,
        () => SampleDatasets.MoscowTalksJson,
        SampleDatasets.OpenMoscowTalksJson);

    public static readonly SeedSample DranmirClashes = new(
        SampleDatasets.DranmirClashesId,
        "001_e2b07b891ccbaa52.txt",
        () => SampleDatasets.DranmirClashes,
        () => SampleDatasets.DranmirClashesJson,
        SampleDatasets.OpenDranmirClashesJson);

    public static TheoryData<string> Ids => [MoscowTalks.Id, DranmirClashes.Id];

    public static SeedSample Of(string id) => new[] { MoscowTalks, DranmirClashes }.Single(s => s.Id == id);

    public static string PathOf(string fileName) => Path.Combine(NewsEvents.Tests.Docs.RepositoryFiles.PathOf("seeds"), fileName);
}
