using NewsEvents.Tests.TestSupport;

namespace NewsEvents.Tests.Json;

/// <summary>What the reader accepts beyond canonical text, and how it writes it back canonically.</summary>
public class LenientInputTests
{
    [Fact]
    public void Minified_and_reordered_input_is_written_back_canonically()
    {
        var canonical = NewsEventsJson.Serialize(TestDatasets.Rich());
        using var json = System.Text.Json.JsonDocument.Parse(canonical);
        var minified = System.Text.Json.JsonSerializer.Serialize(json.RootElement);

        NewsEventsJson.Serialize(NewsEventsJson.Deserialize(minified)).Should().Be(canonical);

        const string reordered = """{"relations":[],"id":"minimal","schemaVersion":"1.1"}""";
        NewsEventsJson.Serialize(NewsEventsJson.Deserialize(reordered)).Should().Be(System.Text.Encoding.UTF8.GetString(Golden.Bytes("minimal.json")));
    }

    [Fact]
    public void Escaped_characters_are_read_and_written_unescaped()
    {
        var dataset = NewsEventsJson.Deserialize("""{"schemaVersion":"1.0","id":"x","title":"\u0425\u0430\u0444\u0442\u0430\u0440 \u00e9 \/ \ud83d\ude00"}""");

        dataset.Title.Should().Be("Хафтар é / 😀");
        NewsEventsJson.Serialize(dataset).Should().Contain("\"title\": \"Хафтар é / ");
    }

    [Fact]
    public void An_offset_of_zero_is_read_as_well_as_Z_and_written_as_Z()
    {
        var json = HostileJson.Replace("\"value\": \"2020-01\",", "\"value\": \"2020-01-13T06:30:00+00:00\",");

        var dataset = NewsEventsJson.Deserialize(json);

        dataset.Events[0].Time!.ToString("V", null).Should().Be("2020-01-13T06:30:00Z");
        NewsEventsJson.Serialize(dataset).Should().Contain("\"value\": \"2020-01-13T06:30:00Z\"");
        dataset.Should().Be(NewsEventsJson.Deserialize(HostileJson.Replace("\"value\": \"2020-01\",", "\"value\": \"2020-01-13T06:30:00Z\",")));
    }

    [Fact]
    public void Decimals_keep_their_digits()
    {
        var dataset = NewsEventsJson.Deserialize(HostileJson.Valid);

        dataset.Events[0].Quantities[0].Value.Should().Be(12.50m);
        NewsEventsJson.Serialize(dataset).Should().Contain("\"value\": 12.50,");
    }

    [Fact]
    public void Codes_keep_their_leading_zeros()
    {
        var dataset = NewsEventsJson.Deserialize(HostileJson.Valid);

        dataset.Actors[0].Codes[0].Should().Be(ExternalCode.Cameo("046"));
        NewsEventsJson.Serialize(dataset).Should().Contain("\"value\": \"046\"");
    }

    [Fact]
    public void Absent_lists_read_as_empty_and_are_written()
    {
        var dataset = NewsEventsJson.Deserialize("""{"schemaVersion":"1.0","id":"x","actors":[{"id":"a","kind":"person","name":"A"}]}""");

        dataset.Actors[0].Aliases.Should().BeEmpty();
        dataset.Documents.Should().BeEmpty();
        NewsEventsJson.Serialize(dataset).Should().Contain("\"aliases\": []");
    }
}
