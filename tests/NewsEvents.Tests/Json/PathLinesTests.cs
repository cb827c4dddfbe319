using System.Text;
using NewsEvents.Json;
using NewsEvents.Tests.Streaming;
using NewsEvents.Tests.TestSupport;
using NewsEvents.Validation;
using static NewsEvents.Tests.Json.HostileJson;

namespace NewsEvents.Tests.Json;

/// <summary>Violations found in a dataset read from a file carry the lines of the file they are on.</summary>
public class PathLinesTests
{
    [Fact]
    public void Each_broken_rule_of_a_document_carries_the_line_its_value_is_on()
    {
        var json = Replace("\"events\": [ \"e0\" ]", "\"events\": [ \"e9\" ]").Replace("\"target\": \"a1\"", "\"target\": \"a7\"", StringComparison.Ordinal);

        var thrown = Reject.Json(json);

        thrown.Violations.Select(v => (v.Path, v.LineNumber)).Should().Equal(("$.claims[0].about.events[0]", 18L), ("$.relations[0].target", 21L));
        thrown.Violations.Select(v => v.LineNumber).Should().Equal(
            thrown.Violations.Select(v => (long?)LineOf(json, v.Path == "$.claims[0].about.events[0]" ? "\"e9\"" : "\"a7\"")));
    }

    [Fact]
    public void The_validator_given_the_text_locates_what_the_validator_of_the_dataset_finds()
    {
        var json = Replace("\"speaker\": \"a0\"", "\"speaker\": \"a5\"");
        var bytes = Encoding.UTF8.GetBytes(json);
        var dataset = NewsEventsJson.Deserialize(bytes, new NewsEventsReaderOptions { Validate = false });

        var plain = DatasetValidator.Validate(dataset);
        var located = DatasetValidator.Validate(dataset, bytes);

        plain.Violations.Should().OnlyContain(v => v.LineNumber == null);
        located.Violations.Select(v => v with { LineNumber = null }).Should().Equal(plain.Violations);
        located.Violations.Should().OnlyContain(v => v.LineNumber == 15);
    }

    [Fact]
    public void A_path_to_an_absent_member_takes_the_line_of_the_nearest_value_present_and_a_byte_order_mark_changes_nothing()
    {
        var report = new ValidationReport([new Violation("$.claims[0].time.anchor", ViolationKind.InvalidValue, "absent"), new Violation("$", ViolationKind.InvalidValue, "whole")]);

        var located = PathLines.Locate(report, Encoding.UTF8.GetBytes("\uFEFF" + Valid));

        located.Violations.Select(v => v.LineNumber).Should().Equal(18L, 1L);
    }

    [Theory]
    [InlineData(16)]
    [InlineData(4096)]
    public void A_document_read_again_a_buffer_at_a_time_gives_the_lines_its_text_gives(int bufferBytes)
    {
        var json = Replace("\"speaker\": \"a0\"", "\"speaker\": \"a5\"").Replace("\"target\": \"a1\"", "\"target\": \"a7\"", StringComparison.Ordinal);
        var bytes = Encoding.UTF8.GetBytes("\uFEFF" + json);
        var dataset = NewsEventsJson.Deserialize(bytes, new NewsEventsReaderOptions { Validate = false });
        var plain = DatasetValidator.Validate(dataset);

        var fromText = DatasetValidator.Validate(dataset, bytes);
        var fromStream = PathLines.Locate(plain, new ChunkedStream(bytes, [7, 1, 300]), bufferBytes);

        fromText.Violations.Should().HaveCountGreaterThan(1).And.OnlyContain(v => v.LineNumber != null);
        fromStream.Violations.Should().Equal(fromText.Violations, "a buffer of 16 bytes is cut inside tokens and grows for the longer ones");
        DatasetValidator.Validate(dataset, new MemoryStream(bytes)).Violations.Should().Equal(fromText.Violations);
    }

    [Fact]
    public void A_valid_dataset_is_not_read_again()
    {
        var bytes = Encoding.UTF8.GetBytes(Valid);
        var dataset = NewsEventsJson.Deserialize(bytes);
        using var stream = new MemoryStream(bytes);

        DatasetValidator.Validate(dataset, stream).IsValid.Should().BeTrue();
        stream.Position.Should().Be(0);
    }

    private static long LineOf(string json, string fragment) => json.AsSpan(0, json.IndexOf(fragment, StringComparison.Ordinal)).Count('\n') + 1;
}
