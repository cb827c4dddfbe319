using System.Text;
using System.Text.Json.Nodes;
using NewsEvents.Generation;
using NewsEvents.Json;
using NewsEvents.Streaming;
using NewsEvents.Tests.TestSupport;

namespace NewsEvents.Tests.Streaming;

/// <summary>
/// A dataset document read a record at a time gives the records of the dataset read whole, in the order
/// of JSON Lines, whatever the order of its members, across many slides of its window, and where the fast
/// pass gives up.
/// </summary>
public class DatasetRecordsTests
{
    private static readonly Lazy<Dataset> Generated = new(() => new SyntheticDatasetGenerator(15, SyntheticDatasetOptions.ForEvents(300)).GenerateDataset());

    [Theory]
    [InlineData(1024)]
    [InlineData(JsonWindow.DefaultMargin)]
    public void The_records_are_those_of_the_dataset_read_whole_every_time_they_are_read(int margin)
    {
        var bytes = NewsEventsJson.SerializeToUtf8Bytes(Generated.Value);
        var records = new DatasetRecords(new MemoryStream(bytes), NewsEventsReaderOptions.Default, margin);

        records.Should().Equal(JsonLinesWriter.ToRecords(Generated.Value));
        records.Should().Equal(JsonLinesWriter.ToRecords(Generated.Value), "each enumeration reads the stream again");
    }

    [Fact]
    public void Members_in_any_order_give_the_records_in_the_order_of_json_lines()
    {
        var canonical = JsonNode.Parse(NewsEventsJson.Serialize(TestDatasets.Rich()))!.AsObject();
        var reversed = new JsonObject(canonical.Reverse().Select(m => KeyValuePair.Create(m.Key, m.Value?.DeepClone())));
        reversed.First().Key.Should().Be("relations", "the collections come first, the last first, and the header's members last");
        var bytes = Encoding.UTF8.GetBytes(reversed.ToJsonString());

        new DatasetRecords(new MemoryStream(bytes), NewsEventsReaderOptions.Default, 64)
            .Should().Equal(JsonLinesWriter.ToRecords(TestDatasets.Rich()));
    }

    [Fact]
    public void A_token_longer_than_the_margin_has_the_document_read_whole_and_the_records_go_on_from_there()
    {
        var text = new string('x', 5000);
        var dataset = Generated.Value with { Events = Generated.Value.Events.SetItem(10, Generated.Value.Events[10] with { Summary = text }) };
        var bytes = NewsEventsJson.SerializeToUtf8Bytes(dataset);
        var records = new DatasetRecords(new MemoryStream(bytes), NewsEventsReaderOptions.Default, 1024);

        records.Should().Equal(JsonLinesWriter.ToRecords(dataset));
        records.TextOf(dataset.Documents[3].Id.Value!).Should().Be(dataset.Documents[3].Text);
    }

    [Fact]
    public void A_document_that_breaks_the_format_throws_what_reading_it_whole_throws()
    {
        var bytes = Encoding.UTF8.GetBytes(NewsEventsJson.Serialize(Generated.Value).Replace("\"kind\": \"person\"", "\"kind\": \"planet\"", StringComparison.Ordinal));
        var whole = FluentActions.Invoking(() => NewsEventsJson.Deserialize(bytes)).Should().Throw<NewsEventsFormatException>().Which;

        FluentActions.Invoking(() => new DatasetRecords(new MemoryStream(bytes), NewsEventsReaderOptions.Default, 1024).ToList())
            .Should().ThrowExactly<NewsEventsFormatException>().Which.Message.Should().Be(whole.Message);
    }

    [Fact]
    public void A_documents_text_is_read_again_from_where_it_lies_leaving_the_stream_where_it_was()
    {
        var dataset = Generated.Value with { Documents = [.. Generated.Value.Documents, Generated.Value.Documents[0] with { Text = "A second document with the first one's id." }] };
        var stream = new MemoryStream(NewsEventsJson.SerializeToUtf8Bytes(dataset));
        var records = new DatasetRecords(stream, NewsEventsReaderOptions.Default, 1024);
        records.Count().Should().Be(JsonLinesWriter.ToRecords(dataset).Count());
        stream.Position = 123;

        foreach (var document in Generated.Value.Documents)
        {
            records.TextOf(document.Id.Value!).Should().Be(document.Text, "the first document with an id is the one its evidence cites");
        }

        records.TextOf("no-such-document").Should().BeNull();
        stream.Position.Should().Be(123);
    }
}
