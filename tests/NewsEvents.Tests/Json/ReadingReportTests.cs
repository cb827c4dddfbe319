using System.Text;
using NewsEvents.Streaming;
using NewsEvents.Tests.Streaming;
using NewsEvents.Tests.TestSupport;
using NewsEvents.Validation;
using static NewsEvents.Tests.Json.HostileJson;

namespace NewsEvents.Tests.Json;

/// <summary>
/// Reading reports every format error at once, each with its path and its line counted from 1, in
/// the format's words; and the read path refuses what it cannot hold exactly.
/// </summary>
public class ReadingReportTests
{
    [Fact]
    public void Every_format_error_the_structure_allows_is_reported_in_one_pass()
    {
        var json = Valid
            .Replace("\"kind\": \"state\"", "\"kind\": \"planet\"", StringComparison.Ordinal)
            .Replace("\"status\": \"occurred\", ", "", StringComparison.Ordinal)
            .Replace("\"proposition\": \"Haftar left\"", "\"proposition\": \" \"", StringComparison.Ordinal)
            .Replace("\"type\": \"leads\"", "\"type\": \"leads\", \"since\": 2019", StringComparison.Ordinal);

        var thrown = Reject.Json(json);

        thrown.Violations.Select(v => v.Path).Should().Equal("$.actors[1].kind", "$.events[0]", "$.claims[0].proposition", "$.relations[0].since");
        thrown.LineNumber.Should().Be(9, "the first problem's line, counted from 1");
        thrown.Message.Should().Contain("4 problems")
            .And.Contain("$.actors[1].kind (line 9,")
            .And.Contain("$.events[0] (line 12,")
            .And.Contain("$.claims[0].proposition (line 18,")
            .And.Contain("$.relations[0].since (line 21,");
    }

    [Fact]
    public void A_quote_that_does_not_fit_its_span_does_not_hide_the_other_problems()
    {
        // Not a format error that stops reading: a quote mismatch, reported with every other broken rule.
        var json = Replace("\"quote\": \"Haftar\"", "\"quote\": \"Hafta\"").Replace("\"events\": [ \"e0\" ]", "\"events\": [ \"e9\" ]", StringComparison.Ordinal);

        Reject.Json(json).Violations.Select(v => (v.Path, v.Kind)).Should().BeEquivalentTo(
            [("$.actors[0].evidence[0].quote", ViolationKind.QuoteMismatch), ("$.claims[0].about.events[0]", ViolationKind.UnknownReference)]);
    }

    /// <summary>The messages seen by a user in issue 13, each now in the format's words.</summary>
    public static TheoryData<string, string, string> IssueExamples => new()
    {
        { Replace(", \"about\": { \"events\": [ \"e0\" ] }", ""), "$.claims[0]", "A claim needs its member 'about'." },
        { Replace("\"certainty\": \"certain\"", "\"certainty\": \"certain\", \"confidence\": 0.9"), "$.claims[0].confidence", "A claim has no member 'confidence'" },
        { Replace("\"start\": 2, \"end\": 8, \"quote\": \"Haftar\"", "\"start\": 8, \"end\": 2"), "$.actors[0].evidence[0]", "'end' (2) must not be before 'start' (8)." },
        { Replace("\"zone\": \"Europe/Moscow\"", "\"anchor\": \"2020-01-13/2020-01-14\""), "$.events[0].time.anchor", "'anchor' of a time value must be a point in time such as 2020-01-13, not an interval" },
        { Replace("\"value\": 12.50,", "\"min\": 1e400, \"max\": 1e401,"), "$.events[0].quantities[0].min", "'min' of a quantity is 1e400, beyond what a quantity holds" },
    };

    [Theory]
    [MemberData(nameof(IssueExamples))]
    public void The_examples_of_issue_13_read_as_the_formats_own_words(string json, string path, string message)
    {
        var thrown = Reject.Json(json);

        thrown.Violations[0].Path.Should().Be(path);
        thrown.Violations[0].Message.Should().Contain(message);
    }

    [Fact]
    public void No_message_names_a_dotnet_type_or_parameter()
    {
        string[] dotnet = ["NewsEvents.", "System.", "(Parameter", "ImmutableArray", ".NET", "JSON deserialization", "LineNumber:", "BytePositionInLine", "Evidence.", "Quantity", "GeoPoint", "ActorKind", "EventStatus", "CodeScheme", "TimeValue"];
        var cases = StrictReadingTests.Cases.Values.Select(c => c.Json).Concat(IssueExamples.Select(e => (string)e[0]));
        foreach (var json in cases)
        {
            var thrown = FluentActions.Invoking(() => NewsEventsJson.Deserialize(json)).Should().Throw<NewsEventsFormatException>().Which;
            foreach (var message in thrown.Violations.Select(v => v.Message).Append(thrown.Message))
            {
                message.Should().NotContainAny(dotnet, "the format's words, not .NET's: {0}", json);
            }
        }
    }

    [Fact]
    public void A_byte_order_mark_at_the_start_of_a_document_is_read_past()
    {
        var expected = NewsEventsJson.Deserialize(Valid);

        NewsEventsJson.Deserialize("\uFEFF" + Valid).Should().Be(expected);
        NewsEventsJson.Deserialize(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Valid)).ToArray()).Should().Be(expected);
        Reject.Json("\uFEFF\uFEFF" + Valid).LineNumber.Should().Be(1, "only one mark, at the very start, is the encoding's");
    }

    [Theory]
    [InlineData("12345678901234567890123456789")]
    [InlineData("1.50")]
    [InlineData("0.0000000000000000000000000001")]
    [InlineData("-7.9228162514264337593543950335")]
    [InlineData("1.5e3")]
    public void A_quantity_keeps_every_digit_it_is_given(string number)
    {
        var json = Replace("\"value\": 12.50,", $"\"value\": {number},");

        // Read without validation: the rules of counts (never negative) are not what this is about.
        var quantity = NewsEventsJson.Deserialize(json, new NewsEventsReaderOptions { Validate = false }).Events[0].Quantities[0];

        quantity.Value.Should().Be(decimal.Parse(number, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("0.12345678901234567890123456789")]
    [InlineData("123456789012345678901234567890")]
    [InlineData("1e-29")]
    [InlineData("1.00000000000000000000000000001")]
    [InlineData("1e-999999999")]
    [InlineData("1e99999999999")]
    [InlineData("1e9223372036854775807")]
    public void A_quantity_with_more_digits_than_it_keeps_is_refused_not_rounded(string number)
    {
        var thrown = Reject.Json(Replace("\"value\": 12.50,", $"\"value\": {number},"));

        thrown.Path.Should().Be("$.events[0].quantities[0].value");
        thrown.Message.Should().Contain(number);
    }

    [Fact]
    public void A_stream_over_the_size_limit_is_refused_before_it_is_read()
    {
        var bytes = Encoding.UTF8.GetBytes(Valid);
        var options = new NewsEventsReaderOptions { MaxDocumentBytes = bytes.Length - 1 };
        using var seekable = new MemoryStream(bytes);

        var thrown = FluentActions.Invoking(() => NewsEventsJson.Deserialize(seekable, options)).Should().Throw<NewsEventsFormatException>().Which;

        thrown.Message.Should().Contain("MaxDocumentBytes");
        seekable.Position.Should().Be(0, "a stream that knows its length is refused before a byte is read");
        FluentActions.Invoking(() => NewsEventsJson.DeserializeAsync(new ChunkedStream(bytes, [100]), options).AsTask().GetAwaiter().GetResult())
            .Should().Throw<NewsEventsFormatException>().Which.Message.Should().Contain("MaxDocumentBytes");
        NewsEventsJson.Deserialize(new MemoryStream(bytes), options with { MaxDocumentBytes = bytes.Length }).Actors.Should().HaveCount(2);
        FluentActions.Invoking(() => new NewsEventsReaderOptions { MaxDocumentBytes = 0 }).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void A_bad_JSON_Lines_line_is_described_without_the_tokenizers_location()
    {
        var violations = new List<JsonLinesViolation>();
        var lines = "{\"kind\":\"event\",\"record\":{\"id\":\"e1\",}}\n{\"kind\":\"actor\"\n[1,2]\n{\"kind\":\"actor\",\"record\":{\"id\":\"a\",\"kind\":\"person\",\"name\":\"n\",\"x\":1}}\n"u8.ToArray();

        JsonLinesReader.Read(new MemoryStream(lines), new JsonLinesReaderOptions { OnBadLine = violations.Add }).Should().BeEmpty();

        violations.Select(v => v.LineNumber).Should().Equal(1, 2, 3, 4);
        violations.Select(v => v.Violation.Message).Should().NotContain(m => m.Contains("LineNumber", StringComparison.Ordinal) || m.Contains("BytePosition", StringComparison.Ordinal));
        violations[3].Violation.Path.Should().Be("$.record.x");
    }
}
