using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using NewsEvents.Streaming;
using Newtonsoft.Json.Serialization;

namespace NewsEvents.Benchmarks;

/// <summary>
/// Reading and writing one synthetic dataset (2,000 events by default) in one run, against a raw
/// Utf8JsonReader token scan of the same bytes, the practical limit.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class JsonBenchmarks
{
    private static readonly NewsEventsReaderOptions NoValidation = new() { Validate = false };
    private readonly Newtonsoft.Json.JsonSerializer _newtonsoft = Newtonsoft.Json.JsonSerializer.Create(new Newtonsoft.Json.JsonSerializerSettings
    {
        ContractResolver = new CamelCasePropertyNamesContractResolver(),
        NullValueHandling = Newtonsoft.Json.NullValueHandling.Ignore,
        Formatting = Newtonsoft.Json.Formatting.Indented,
    });

    private BenchmarkData _data = null!;
    private PlainDataset _plain = null!;
    private MemoryStream _output = null!;

    [GlobalSetup]
    public void Setup()
    {
        _data = BenchmarkData.Instance;
        _plain = Newtonsoft_Deserialize();
        _output = new MemoryStream(_data.DatasetJson.Length * 2);
    }

    [Benchmark(Baseline = true)]
    public int Scan_Utf8JsonReader()
    {
        var reader = new Utf8JsonReader(_data.DatasetJson);
        var tokens = 0;
        while (reader.Read())
        {
            tokens++;
        }

        return tokens;
    }

    [Benchmark]
    public int Scan_Utf8JsonReader_Lines()
    {
        var reader = new Utf8JsonReader(_data.LinesJson, new JsonReaderOptions { AllowMultipleValues = true });
        var tokens = 0;
        while (reader.Read())
        {
            tokens++;
        }

        return tokens;
    }

    [Benchmark]
    public Dataset NewsEvents_Deserialize() => NewsEventsJson.Deserialize(_data.DatasetJson, NoValidation);

    [Benchmark]
    public Dataset NewsEvents_DeserializeAndValidate() => NewsEventsJson.Deserialize(_data.DatasetJson);

    [Benchmark]
    public byte[] NewsEvents_Serialize() => NewsEventsJson.SerializeToUtf8Bytes(_data.Dataset);

    [Benchmark]
    public long NewsEvents_Serialize_Stream()
    {
        _output.Position = 0;
        NewsEventsJson.Serialize(_output, _data.Dataset);
        return _output.Position;
    }

    [Benchmark]
    public async Task<int> NewsEvents_Lines_Read()
    {
        var count = 0;
        await foreach (var record in JsonLinesReader.ReadAsync(new MemoryStream(_data.LinesJson, writable: false)).ConfigureAwait(false))
        {
            count++;
        }

        return count;
    }

    [Benchmark]
    public async Task<long> NewsEvents_Lines_Write()
    {
        _output.Position = 0;
        return await JsonLinesWriter.WriteAsync(_output, _data.Records).ConfigureAwait(false);
    }

    [Benchmark]
    public Dataset? StjReflection_Deserialize() => JsonSerializer.Deserialize<Dataset>(_data.DatasetJson, _data.ReflectionOptions);

    [Benchmark]
    public byte[] StjReflection_Serialize() => JsonSerializer.SerializeToUtf8Bytes(_data.Dataset, _data.ReflectionOptions);

    [Benchmark]
    public long StjReflection_Serialize_Stream()
    {
        _output.Position = 0;
        JsonSerializer.Serialize(_output, _data.Dataset, _data.ReflectionOptions);
        return _output.Position;
    }

    [Benchmark]
    public PlainDataset Newtonsoft_Deserialize()
    {
        using var text = new StreamReader(new MemoryStream(_data.DatasetJson, writable: false), Encoding.UTF8);
        using var reader = new Newtonsoft.Json.JsonTextReader(text);
        return _newtonsoft.Deserialize<PlainDataset>(reader)!;
    }

    [Benchmark]
    public long Newtonsoft_Serialize()
    {
        _output.Position = 0;
        using (var text = new StreamWriter(_output, new UTF8Encoding(false), 64 * 1024, leaveOpen: true))
        {
            _newtonsoft.Serialize(text, _plain);
        }

        return _output.Position;
    }

    /// <summary>
    /// The reflection serializer's benchmark that does the same kind of work as <paramref name="method"/>,
    /// whose allocation it is compared with: reading; writing a new array; or writing to a stream (where
    /// only the serializer's own allocation is counted, not the output's).
    /// </summary>
    public static string? AllocationPeerOf(string method)
    {
        if (method.EndsWith("Read", StringComparison.Ordinal) || method.Contains("Deserialize", StringComparison.Ordinal))
        {
            return nameof(StjReflection_Deserialize);
        }

        if (method.EndsWith("_Stream", StringComparison.Ordinal) || method.EndsWith("Write", StringComparison.Ordinal) || method == nameof(Newtonsoft_Serialize))
        {
            return nameof(StjReflection_Serialize_Stream);
        }

        return method.EndsWith("Serialize", StringComparison.Ordinal) ? nameof(StjReflection_Serialize) : null;
    }
}
