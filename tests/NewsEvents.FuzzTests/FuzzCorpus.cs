using NewsEvents.Generation;
using NewsEvents.Samples;

namespace NewsEvents.FuzzTests;

/// <summary>The valid datasets mutations start from: the embedded sample and small generated ones.</summary>
public static class FuzzCorpus
{
    private static readonly Lazy<byte[][]> Datasets = new(() =>
    [
        NewsEventsJson.SerializeToUtf8Bytes(SampleDatasets.MoscowTalks),
        .. Enumerable.Range(1, 6).Select(seed => NewsEventsJson.SerializeToUtf8Bytes(
            new SyntheticDatasetGenerator(seed, SyntheticDatasetOptions.ForEvents(seed * 2) with { ActorCount = 12 }).GenerateDataset())),
    ]);

    /// <summary>A valid dataset as canonical JSON, the sample one time in four.</summary>
    public static byte[] Dataset(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var all = Datasets.Value;
        return random.Next(4) == 0 ? all[0] : all[1 + random.Next(all.Length - 1)];
    }

    /// <summary>A small valid dataset (never the sample): for targets that run many commands on each input.</summary>
    public static byte[] SmallDataset(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var all = Datasets.Value;
        return all[1 + random.Next(all.Length - 1)];
    }
}
