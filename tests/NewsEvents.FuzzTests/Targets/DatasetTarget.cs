using System.Text.Json;
using NewsEvents.Json;
using NewsEvents.Streaming;
using NewsEvents.Validation;

namespace NewsEvents.FuzzTests.Targets;

/// <summary>
/// Dataset JSON, mutated: reading gives a dataset or a <see cref="NewsEventsFormatException"/>; the
/// fast reader agrees with the reference reader; what is read writes back to stable bytes and reads
/// back equal, as one document and as JSON Lines in any chunks; the dataset validator and the
/// streaming validator agree on whether it is valid.
/// </summary>
public sealed class DatasetTarget : IFuzzTarget
{
    public string Name => "dataset";

    public string Extension => ".json";

    public int Operations => 10;

    public byte[] Generate(Random random) => JsonMutator.Mutate(FuzzCorpus.Dataset(random), random);

    public void Check(byte[] input, Random random)
    {
        Dataset dataset;
        try
        {
            dataset = NewsEventsJson.Deserialize(input, new NewsEventsReaderOptions { Validate = false });
        }
        catch (NewsEventsFormatException)
        {
            FuzzFailure.Check(!FormatReader.TryReadDataset(input, out _), "the fast reader accepts what Deserialize refuses");
            return;
        }

        if (FormatReader.TryReadDataset(input, out var fast))
        {
            var reference = JsonSerializer.Deserialize(input, NewsEventsJson.TypeInfo.Dataset);
            FuzzFailure.Check(fast.Equals(reference), "the fast reader and the reference reader read different datasets");
        }

        var bytes = NewsEventsJson.SerializeToUtf8Bytes(dataset);
        var again = NewsEventsJson.Deserialize(bytes, new NewsEventsReaderOptions { Validate = false });
        FuzzFailure.Check(again.Equals(dataset), "the written dataset reads back different");
        FuzzFailure.Check(NewsEventsJson.SerializeToUtf8Bytes(again).AsSpan().SequenceEqual(bytes), "writing what was read back changes the bytes");

        var lines = JsonLines(dataset);
        var whole = ReadLines(new MemoryStream(lines));
        var chunked = ReadLines(new ChunkedStream(lines, random));
        FuzzFailure.Check(whole.Equals(dataset), "the dataset read back from its JSON Lines differs");
        FuzzFailure.Check(chunked.Equals(whole), "JSON Lines read in chunks differ from JSON Lines read whole");

        var report = DatasetValidator.Validate(dataset);
        var streamed = JsonLinesValidator.Validate(JsonLinesWriter.ToRecords(dataset));
        FuzzFailure.Check(report.IsValid == streamed.IsValid, $"the dataset validator says {(report.IsValid ? "valid" : "invalid")}, the streaming validator {(streamed.IsValid ? "valid" : "invalid")}");
    }

    private static byte[] JsonLines(Dataset dataset)
    {
        using var stream = new MemoryStream();
        JsonLinesWriter.Write(stream, JsonLinesWriter.ToRecords(dataset));
        return stream.ToArray();
    }

    private static Dataset ReadLines(Stream stream) =>
        JsonLinesReader.ReadDatasetAsync(stream, validate: false).AsTask().GetAwaiter().GetResult();
}
