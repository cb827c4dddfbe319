using System.Text;
using NewsEvents.Tests.Samples;
using NewsEvents.Tests.TestSupport;
using NewsEvents.Validation;

namespace NewsEvents.Tests.Json;

/// <summary>
/// Format 1.1: what it adds (a claim's time) is read and written, the writer writes 1.1, and every
/// 1.0 file reads unchanged.
/// </summary>
public class FormatVersionTests
{
    private const string OneOh = "\"schemaVersion\": \"1.0\"";

    private const string TimedClaim = """
        {
          "schemaVersion": "1.1",
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

    public static TheoryData<string> CanonicalFiles =>
        ["minimal.json", "rich.json", "generated.json", SeedFiles.MoscowTalks.DatasetFileName, SeedFiles.DranmirClashes.DatasetFileName];

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

    [Fact]
    public void The_writer_writes_1_1()
    {
        SchemaVersion.Current.Should().Be("1.1");
        NewsEventsJson.Serialize(new Dataset { Id = new DatasetId("d") }).Should().StartWith("{\n  \"schemaVersion\": \"1.1\",\n");
    }

    [Theory]
    [MemberData(nameof(CanonicalFiles))]
    public void Each_canonical_file_written_as_1_0_reads_as_the_same_dataset_and_writes_back_unchanged(string file)
    {
        var current = Encoding.UTF8.GetString(File.ReadAllBytes(PathOf(file)));
        current.Should().Contain("\"schemaVersion\": \"1.1\"");
        var oneOh = current.Replace("\"schemaVersion\": \"1.1\"", OneOh, StringComparison.Ordinal);

        var read = NewsEventsJson.Deserialize(oneOh);

        read.SchemaVersion.Should().Be("1.0");
        (read with { SchemaVersion = SchemaVersion.Current }).Should().Be(NewsEventsJson.Deserialize(current));
        NewsEventsJson.Serialize(read).Should().Be(oneOh, "a 1.0 file read and written again keeps its version and every byte");
    }

    [Fact]
    public void A_1_0_text_of_the_hostile_suite_still_reads_as_1_0()
    {
        HostileJson.Valid.Should().Contain(OneOh);

        NewsEventsJson.Deserialize(HostileJson.Valid).SchemaVersion.Should().Be("1.0");
    }

    [Fact]
    public void A_1_0_file_that_uses_what_1_1_added_is_read_with_it_kept()
    {
        const string mislabelled = """
            {
              "schemaVersion": "1.0",
              "id": "d",
              "actors": [ { "id": "nlf", "kind": "armedGroup", "name": "NLF" }, { "id": "mrt", "kind": "organization", "name": "MRT" } ],
              "events": [ { "id": "first-shot", "type": "fighting", "status": "disputed", "participants": [ { "actor": "nlf", "role": "accused" } ] } ],
              "statements": [ { "id": "s", "speaker": "mrt", "channel": "broadcast", "mode": "reportedSpeech", "content": "c" } ],
              "claims": [ { "id": "c", "claimant": "mrt", "proposition": "p", "polarity": "positive", "certainty": "certain", "time": { "value": "2025-03-13" }, "about": {} } ]
            }
            """;
        var warnings = new List<Violation>();

        var dataset = NewsEventsJson.Deserialize(mislabelled, new NewsEventsReaderOptions { Warning = warnings.Add });

        dataset.SchemaVersion.Should().Be("1.0");
        dataset.Claims[0].Time.Should().Be(TimeValue.Day(2025, 3, 13), "a member 1.1 added is kept, not dropped");
        (dataset.Events[0].Status, dataset.Events[0].Participants[0].Role, dataset.Statements[0].Channel)
            .Should().Be((EventStatus.Disputed, ParticipantRole.Accused, StatementChannel.Broadcast));
        warnings.Should().BeEmpty();
    }

    private static string PathOf(string file) => File.Exists(Golden.PathOf(file)) ? Golden.PathOf(file) : SeedFiles.PathOf(file);
}
