using System.Text;
using NewsEvents.Generation;
using NewsEvents.Streaming;
using static NewsEvents.Tests.Streaming.JsonLinesTestData;

namespace NewsEvents.Tests.Streaming;

public class JsonLinesWriterTests
{
    [Fact]
    public void A_record_is_one_compact_canonical_line()
    {
        ActorLine(Lavrov).Should().Be("{\"kind\":\"actor\",\"record\":{\"id\":\"a1\",\"kind\":\"person\",\"name\":\"Сергей Лавров\",\"aliases\":[],\"codes\":[],\"evidence\":[]}}\n");
        HeaderLine().Should().Be(Encoding.UTF8.GetString(JsonLinesWriter.ToUtf8Line(JsonLinesRecord.From(new JsonLinesHeader { Id = new DatasetId("ds1") }))));
    }

    [Fact]
    public void A_header_carries_title_and_metadata()
    {
        var header = new JsonLinesHeader { Id = new DatasetId("ds1"), Title = "Libya talks", Metadata = new DatasetMetadata { License = "CC0-1.0" } };
        Encoding.UTF8.GetString(JsonLinesWriter.ToUtf8Line(JsonLinesRecord.From(header)))
            .Should().Be("{\"kind\":\"header\",\"record\":{\"schemaVersion\":\"1.1\",\"id\":\"ds1\",\"title\":\"Libya talks\",\"metadata\":{\"coders\":[],\"license\":\"CC0-1.0\",\"codebooks\":[],\"sourceFiles\":[]}}}\n");
    }

    [Fact]
    public async Task Every_line_ends_with_a_line_feed_and_holds_no_other()
    {
        var bytes = GeneratedLines(1, 50);
        var text = Encoding.UTF8.GetString(bytes);
        text.Should().EndWith("\n").And.NotContain("\r");
        var lines = text.Split('\n')[..^1];
        lines.Should().OnlyContain(l => l.StartsWith("{\"kind\":\"", StringComparison.Ordinal) && l.EndsWith("}}", StringComparison.Ordinal));
        (await ReadAll(bytes)).Should().HaveCount(lines.Length);
    }

    [Fact]
    public async Task The_async_and_sync_writers_write_the_same_bytes()
    {
        var records = new SyntheticDatasetGenerator(2, SyntheticDatasetOptions.ForEvents(30)).GenerateRecords().ToList();
        using var sync = new MemoryStream();
        using var fromEnumerable = new MemoryStream();
        using var fromAsync = new MemoryStream();
        JsonLinesWriter.Write(sync, records).Should().Be(records.Count);
        (await JsonLinesWriter.WriteAsync(fromEnumerable, records)).Should().Be(records.Count);
        (await JsonLinesWriter.WriteAsync(fromAsync, ToAsync(records))).Should().Be(records.Count);
        fromEnumerable.ToArray().Should().Equal(sync.ToArray());
        fromAsync.ToArray().Should().Equal(sync.ToArray());
    }

    [Fact]
    public async Task Reading_what_was_written_gives_the_records_back()
    {
        var records = new SyntheticDatasetGenerator(4, SyntheticDatasetOptions.ForEvents(80)).GenerateRecords().ToList();
        using var stream = new MemoryStream();
        await JsonLinesWriter.WriteAsync(stream, records);
        stream.Position = 0;
        var read = await ReadAll(stream);
        read.Should().Equal(records);
        read.Select(r => r.LineNumber).Should().Equal(Enumerable.Range(1, records.Count).Select(i => (long)i));
    }

    [Fact]
    public void A_record_that_cannot_be_written_is_a_format_error()
    {
        var act = () => JsonLinesWriter.ToUtf8Line(JsonLinesRecord.From(new Relation { Id = default, Type = RelationType.Backs, Source = Lavrov.Id, Target = Haftar.Id }));
        act.Should().Throw<NewsEventsFormatException>();
    }

    private static async IAsyncEnumerable<JsonLinesRecord> ToAsync(IEnumerable<JsonLinesRecord> records)
    {
        foreach (var record in records)
        {
            await Task.Yield();
            yield return record;
        }
    }
}
