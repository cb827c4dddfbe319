using NewsEvents.Tests.TestSupport;

namespace NewsEvents.Tests.Json;

/// <summary>Format 1.1: what it adds (a claim's time) is read and written.</summary>
public class FormatVersionTests
{
    private const string TimedClaim = """
        {
          "schemaVersion": "1.0",
          "id": "d",
          "actors": [ { "id": "agencies", "kind": "collective", "name": "aid agencies" } ],
          "claims": [
            {
              "id": "displaced",
              "claimant": "agencies",
              "proposition": "The conflict has displaced people",
              "polarity": "positive",
              "certainty": "certain",
              "time": { "value": "2025-03-14", "expression": "on Friday" },
              "about": {}
            }
          ]
        }
        """;

    [Fact]
    public void A_claim_s_time_is_read_and_written_and_omitted_when_absent()
    {
        var dataset = NewsEventsJson.Deserialize(TimedClaim);

        dataset.Claims[0].Time.Should().Be(TimeValue.Day(2025, 3, 14) with { Expression = "on Friday" });
        var text = JsonContract.RoundTrip(dataset with { Claims = [dataset.Claims[0] with { Statement = null }] });
        text.Should().Contain("\"certainty\": \"certain\",\n      \"time\": {\n        \"value\": \"2025-03-14\",\n        \"expression\": \"on Friday\"\n      },\n      \"about\": {");
        JsonContract.RoundTrip(dataset with { Claims = [dataset.Claims[0] with { Time = null }] }).Should().NotContain("\"time\"", "an absent time is omitted");
    }

    [Fact]
    public void A_claim_s_time_follows_its_statement_in_canonical_order()
    {
        var rich = TestDatasets.Rich();
        var claim = rich.Claims.Single(c => c.Time is not null) with { Statement = rich.Statements[0].Id };

        var text = NewsEventsJson.Serialize(rich with { Claims = [claim] });
        var claims = text[text.IndexOf("\"claims\": [", StringComparison.Ordinal)..text.IndexOf("\"relations\": [", StringComparison.Ordinal)];

        claims.Should().Contain("\"statement\": \"st-lavrov\",\n      \"time\": {\n        \"value\": \"2020-01-13\",\n        \"expression\": \"on Monday\"\n      },\n      \"about\": {");
    }

    [Theory]
    [InlineData("\"2025-03-14\"", "$.claims[0].time")]
    [InlineData("{ \"value\": \"14/03/2025\" }", "$.claims[0].time.value")]
    public void A_bad_claim_time_is_refused_with_its_path(string time, string path) =>
        Reject.Json(TimedClaim.Replace("{ \"value\": \"2025-03-14\", \"expression\": \"on Friday\" }", time, StringComparison.Ordinal)).Path.Should().Be(path);
}
