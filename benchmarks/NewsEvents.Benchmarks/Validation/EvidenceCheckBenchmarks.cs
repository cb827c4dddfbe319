using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using NewsEvents.Streaming;
using NewsEvents.Validation;

namespace NewsEvents.Benchmarks.Validation;

/// <summary>
/// The shape that once made evidence checks cost text length × spans: one document of
/// <see cref="TextChars"/> characters (an emoji, then ASCII, so code points are not UTF-16 units)
/// and one span per 50 characters, all near the text's end, every quote matching. Reading the file
/// without validation is the baseline; validating it, as a dataset and as JSON Lines records, should
/// stay a small multiple of it at every size. Run with
/// <c>dotnet run -c Release --project benchmarks/NewsEvents.Benchmarks -- --filter *EvidenceCheckBenchmarks*</c>.
/// </summary>
[Config(typeof(Config))]
[MemoryDiagnoser]
public class EvidenceCheckBenchmarks
{
    private byte[] _json = [];
    private Dataset _dataset = null!;
    private JsonLinesRecord[] _records = [];

    [Params(100_000, 1_000_000)]
    public int TextChars { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var text = "😀" + new string('a', TextChars - 1);
        var document = new DocumentId("d");
        var end = CodePoints.Count(text);
        var evidence = Enumerable.Range(0, TextChars / 50).Select(i => new Evidence(document, end - 60 + (i % 50), end - 50 + (i % 50), "aaaaaaaaaa"));
        _dataset = new Dataset
        {
            Id = new DatasetId("evidence-stress"),
            Documents = [new Document { Id = document, Text = text }],
            Actors = [new Actor { Id = new ActorId("a"), Kind = ActorKind.Person, Name = "A", Evidence = [.. evidence] }],
        };
        _json = NewsEventsJson.SerializeToUtf8Bytes(_dataset);
        _records = [.. JsonLinesWriter.ToRecords(_dataset)];
    }

    [Benchmark(Baseline = true)]
    public Dataset Deserialize() => NewsEventsJson.Deserialize(_json, new NewsEventsReaderOptions { Validate = false });

    [Benchmark]
    public Dataset DeserializeAndValidate() => NewsEventsJson.Deserialize(_json);

    [Benchmark]
    public ValidationReport ValidateDataset() => DatasetValidator.Validate(_dataset);

    [Benchmark]
    public ValidationReport ValidateJsonLinesRecords() => JsonLinesValidator.Validate(_records);

    private sealed class Config : ManualConfig
    {
        public Config() => AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance));
    }
}
