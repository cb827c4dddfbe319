using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using NewsEvents.Generation;
using NewsEvents.Streaming;

namespace NewsEvents.Benchmarks;

/// <summary>The bytes every benchmark works on, made once per process from the same seed.</summary>
public sealed class BenchmarkData
{
    private static readonly Lazy<BenchmarkData> Shared = new(() => new BenchmarkData());

    private BenchmarkData()
    {
        // Two builds compare like with like only on the same bytes, and the generator changes between
        // commits: NEWSEVENTS_BENCH_DATASET names a dataset file read instead, written by the first run.
        var file = Environment.GetEnvironmentVariable("NEWSEVENTS_BENCH_DATASET");
        if (!string.IsNullOrEmpty(file) && File.Exists(file))
        {
            Dataset = NewsEventsJson.Deserialize(File.ReadAllBytes(file));
        }
        else
        {
            var events = int.TryParse(Environment.GetEnvironmentVariable("NEWSEVENTS_BENCH_EVENTS"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 2000;
            Dataset = new SyntheticDatasetGenerator(1, SyntheticDatasetOptions.ForEvents(events)).GenerateDataset();
        }

        DatasetJson = NewsEventsJson.SerializeToUtf8Bytes(Dataset);
        if (!string.IsNullOrEmpty(file) && !File.Exists(file))
        {
            File.WriteAllBytes(file, DatasetJson);
        }

        using var lines = new MemoryStream();
        JsonLinesWriter.Write(lines, JsonLinesWriter.ToRecords(Dataset));
        LinesJson = lines.ToArray();
        Records = JsonLinesWriter.ToRecords(Dataset).ToList();
        RecordCount = Records.Count - 1;

        // System.Text.Json's reflection-based serializer with the canonical settings and converters.
        ReflectionOptions = new JsonSerializerOptions(NewsEventsJson.Options) { TypeInfoResolver = new DefaultJsonTypeInfoResolver() };
        ReflectionOptions.MakeReadOnly();
    }

    public static BenchmarkData Instance => Shared.Value;

    public Dataset Dataset { get; }

    /// <summary>The dataset in canonical JSON (indented, as NewsEventsJson writes it).</summary>
    public byte[] DatasetJson { get; }

    /// <summary>The same dataset as canonical JSON Lines.</summary>
    public byte[] LinesJson { get; }

    public List<JsonLinesRecord> Records { get; }

    /// <summary>Documents, actors, events, statements, claims and relations (the header line not counted).</summary>
    public int RecordCount { get; }

    public JsonSerializerOptions ReflectionOptions { get; }
}
