using System.Text;
using NewsEvents.Generation;
using NewsEvents.Streaming;

namespace NewsEvents.Tests.Streaming;

/// <summary>Small shared inputs for the JSON Lines tests.</summary>
internal static class JsonLinesTestData
{
    public static readonly Actor Lavrov = new() { Id = new ActorId("a1"), Kind = ActorKind.Person, Name = "Сергей Лавров" };

    public static readonly Actor Haftar = new() { Id = new ActorId("a2"), Kind = ActorKind.Person, Name = "خليفة حفتر" };

    public static string ActorLine(Actor actor) => Encoding.UTF8.GetString(JsonLinesWriter.ToUtf8Line(JsonLinesRecord.From(actor)));

    public static string HeaderLine(string id = "ds1", string version = SchemaVersion.Current) =>
        $"{{\"kind\":\"header\",\"record\":{{\"schemaVersion\":\"{version}\",\"id\":\"{id}\"}}}}\n";

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    public static byte[] GeneratedLines(int seed, int events)
    {
        using var stream = new MemoryStream();
        JsonLinesWriter.Write(stream, new SyntheticDatasetGenerator(seed, SyntheticDatasetOptions.ForEvents(events)).GenerateRecords());
        return stream.ToArray();
    }

    public static async Task<List<JsonLinesRecord>> ReadAll(Stream stream, JsonLinesReaderOptions? options = null)
    {
        var records = new List<JsonLinesRecord>();
        await foreach (var record in JsonLinesReader.ReadAsync(stream, options))
        {
            records.Add(record);
        }

        return records;
    }

    public static Task<List<JsonLinesRecord>> ReadAll(byte[] bytes, JsonLinesReaderOptions? options = null) => ReadAll(new MemoryStream(bytes), options);
}
