using BenchmarkDotNet.Attributes;
using NewsEvents.Interop.SchemaOrg;

namespace NewsEvents.Benchmarks;

/// <summary>
/// The schema.org JSON-LD export of the benchmark dataset against the canonical writer writing the same dataset to a
/// stream (the baseline): both walk every record once through one Utf8JsonWriter into a reused MemoryStream.
/// </summary>
[MemoryDiagnoser]
public class JsonLdBenchmarks
{
    private readonly BenchmarkData _data = BenchmarkData.Instance;
    private readonly MemoryStream _output = new(BenchmarkData.Instance.DatasetJson.Length * 2);

    [Benchmark(Baseline = true)]
    public long NewsEvents_Serialize_Stream()
    {
        _output.SetLength(0);
        NewsEventsJson.Serialize(_output, _data.Dataset);
        return _output.Length;
    }

    [Benchmark]
    public long JsonLd_Write()
    {
        _output.SetLength(0);
        JsonLdExporter.Write(_data.Dataset, _output);
        return _output.Length;
    }
}
