using NewsEvents.Streaming;
using static NewsEvents.Tests.Streaming.JsonLinesTestData;

namespace NewsEvents.Tests.Streaming;

public class JsonLinesEnumeratorTests
{
    [Fact]
    public async Task A_long_line_in_one_byte_reads_is_searched_once_for_its_end()
    {
        var (shortLine, shortSearched) = await ReadOneByteAtATime(10_000);
        var (longLine, longSearched) = await ReadOneByteAtATime(100_000);

        shortLine.Actor!.Name.Should().HaveLength(10_000);
        longLine.Actor!.Name.Should().HaveLength(100_000);

        // Rescanning the pending line on every read would search about n²/2 bytes: 5·10⁹ here.
        longSearched.Should().BeLessThanOrEqualTo(100_000 + 1_000);
        ((double)longSearched / shortSearched).Should().BeLessThan(12, "ten times the line is ten times the search");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(4096)]
    public async Task Every_byte_of_a_stream_of_many_lines_is_searched_once_whatever_the_reads(int readSize)
    {
        var bytes = GeneratedLines(5, 20);
        var enumerator = new JsonLinesEnumerator(new ChunkedStream(bytes, [readSize]), new JsonLinesReaderOptions(), default, default);
        var records = 0;
        while (await enumerator.MoveNextAsync())
        {
            records++;
        }

        await enumerator.DisposeAsync();
        records.Should().Be((await ReadAll(bytes)).Count);
        enumerator.SearchedBytes.Should().Be(bytes.Length);
    }

    private static async Task<(JsonLinesRecord Record, long Searched)> ReadOneByteAtATime(int nameLength)
    {
        var line = Utf8(ActorLine(Lavrov with { Name = new string('x', nameLength) }));
        var enumerator = new JsonLinesEnumerator(ChunkedStream.OneByteAtATime(line), new JsonLinesReaderOptions(), default, default);
        (await enumerator.MoveNextAsync()).Should().BeTrue();
        var record = enumerator.Current;
        (await enumerator.MoveNextAsync()).Should().BeFalse();
        await enumerator.DisposeAsync();
        return (record, enumerator.SearchedBytes);
    }
}
