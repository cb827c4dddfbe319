using System.Text;
using NewsEvents.Streaming;
using NewsEvents.Tests.TestSupport;

namespace NewsEvents.Tests.Json;

/// <summary>Source attributes read and written: exactly as given, in canonical order, by both passes and in JSON Lines.</summary>
public class FormatReaderAttributesTests
{
    private const string Dataset = """
        {
          "schemaVersion": "1.1",
          "id": "ds",
          "events": [
            { "id": "e0", "type": "meeting", "status": "occurred",
              "attributes": { "gdelt:b": 1.0, "gdelt:a": -0, "gdelt:e": 1E+400, "gdelt:c": "Moskva", "gdelt:d": false, "gdelt:f": "" } }
          ]
        }
        """;

    [Fact]
    public void Numbers_keep_their_text_and_the_writer_orders_the_names()
    {
        var dataset = NewsEventsJson.Deserialize(Dataset);
        var attributes = dataset.Events[0].Attributes;

        attributes.Select(a => a.Name).Should().Equal("gdelt:a", "gdelt:b", "gdelt:c", "gdelt:d", "gdelt:e", "gdelt:f");
        attributes.Select(a => a.Value.Text).Should().Equal("-0", "1.0", "Moskva", "false", "1E+400", "");
        attributes.Select(a => a.Value.Kind).Should().Equal(AttributeValueKind.Number, AttributeValueKind.Number, AttributeValueKind.Text, AttributeValueKind.Boolean, AttributeValueKind.Number, AttributeValueKind.Text);

        var written = NewsEventsJson.Serialize(dataset);
        written.Should().Contain("""
                  "attributes": {
                    "gdelt:a": -0,
                    "gdelt:b": 1.0,
                    "gdelt:c": "Moskva",
                    "gdelt:d": false,
                    "gdelt:e": 1E+400,
                    "gdelt:f": ""
                  }
            """.ReplaceLineEndings("\n"));
        JsonContract.RoundTrip(dataset);
    }

    [Fact]
    public void An_escaped_name_is_read_as_its_text() =>
        NewsEventsJson.Deserialize(Dataset.Replace("\"gdelt:a\"", "\"gdelt\\u003Aa\"", StringComparison.Ordinal)).Events[0].Attributes[0].Name.Should().Be("gdelt:a");

    [Fact]
    public void Both_passes_read_the_same_attributes()
    {
        // An escaped name sends the document to the checking pass; the fast pass reads the rest.
        var fast = NewsEventsJson.Deserialize(Dataset);
        var checkedPass = NewsEventsJson.Deserialize(Dataset.Replace("\"gdelt:a\"", "\"gdelt\\u003Aa\"", StringComparison.Ordinal));
        checkedPass.Should().Be(fast);
    }

    [Fact]
    public void Every_problem_of_the_attributes_is_reported_at_once_with_its_path()
    {
        var json = Dataset.Replace("\"gdelt:b\": 1.0", "\"b\": 1.0, \"gdelt:c\": [], \"gdelt:x\": null", StringComparison.Ordinal);
        var thrown = Reject.Json(json);

        thrown.Violations.Select(v => v.Path).Should().Equal("$.events[0].attributes.b", "$.events[0].attributes['gdelt:c']", "$.events[0].attributes['gdelt:x']", "$.events[0].attributes['gdelt:c']");
        thrown.Violations[0].LineNumber.Should().Be(6);
    }

    [Fact]
    public void A_JSON_Lines_record_keeps_its_attributes()
    {
        var dataset = NewsEventsJson.Deserialize(Dataset);
        using var stream = new MemoryStream();
        JsonLinesWriter.Write(stream, JsonLinesWriter.ToRecords(dataset));
        var line = Encoding.UTF8.GetString(stream.ToArray());
        line.Should().Contain("\"attributes\":{\"gdelt:a\":-0,\"gdelt:b\":1.0,\"gdelt:c\":\"Moskva\",\"gdelt:d\":false,\"gdelt:e\":1E+400,\"gdelt:f\":\"\"}");

        stream.Position = 0;
        JsonLinesReader.ReadDataset(stream).Should().Be(dataset);
    }
}
