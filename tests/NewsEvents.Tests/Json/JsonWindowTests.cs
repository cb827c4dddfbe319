using System.Text;
using NewsEvents.Generation;
using NewsEvents.Json;
using NewsEvents.Tests.TestSupport;

namespace NewsEvents.Tests.Json;

/// <summary>
/// A document read a window at a time (as a file over 64 MiB is) gives the dataset, or the refusal,
/// that reading it whole gives; refusals are compared on every rejected input by <see cref="Reject"/>.
/// </summary>
public class JsonWindowTests
{
    private static readonly Lazy<byte[]> Generated = new(() =>
        NewsEventsJson.SerializeToUtf8Bytes(new SyntheticDatasetGenerator(21, SyntheticDatasetOptions.ForEvents(600)).GenerateDataset()));

    public static TheoryData<string, int> Documents => new()
    {
        { "minimal.json", 16 },
        { "rich.json", 16 },
        { "rich.json", 1024 },
        { "generated.json", 64 },
        { "generated.json", 4096 },
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public void A_document_read_a_window_at_a_time_is_the_document_read_whole(string file, int margin)
    {
        var bytes = Golden.Bytes(file);
        var options = new NewsEventsReaderOptions { Validate = false };

        Reject.Windowed(bytes, margin, options).Should().Be(NewsEventsJson.Deserialize(bytes, options));
    }

    [Theory]
    [InlineData(4096)]
    [InlineData(16384)]
    public void The_fast_pass_reads_across_many_slides_of_its_window(int margin)
    {
        var bytes = Generated.Value;
        bytes.Length.Should().BeGreaterThan(20 * 4 * margin, "the window slides many times");
        using var window = new JsonWindow(new MemoryStream(bytes), margin);

        FormatReader.TryRead(window, FormatReader.ReadDataset, out var dataset).Should().BeTrue("every token is shorter than the margin");
        dataset.Should().Be(NewsEventsJson.Deserialize(bytes));
    }

    [Fact]
    public void A_token_longer_than_the_margin_is_read_by_the_checking_pass_which_grows_the_window()
    {
        var text = new string('x', 10_000);
        var bytes = Encoding.UTF8.GetBytes(HostileJson.Replace("\"id\": \"ds\",", $"\"id\": \"ds\", \"title\": \"{text}\","));
        bytes.Length.Should().BeGreaterThan(10_000, "the title was replaced");
        var options = new NewsEventsReaderOptions { Validate = false };

        using (var window = new JsonWindow(new MemoryStream(bytes), 64))
        {
            FormatReader.TryRead(window, FormatReader.ReadDataset, out _).Should().BeFalse("the fast pass meets the window's end inside the token");
        }

        Reject.Windowed(bytes, 64, options).Should().Be(NewsEventsJson.Deserialize(bytes, options));
    }

    [Fact]
    public void A_byte_order_mark_is_skipped_and_lines_count_after_it()
    {
        var bytes = Golden.Bytes("rich.json");
        var options = new NewsEventsReaderOptions { Validate = false };

        Reject.Windowed([0xEF, 0xBB, 0xBF, .. bytes], 16, options).Should().Be(NewsEventsJson.Deserialize(bytes, options));
    }

    [Theory]
    [InlineData(0.1)]
    [InlineData(0.5)]
    [InlineData(0.999)]
    public void A_truncated_document_is_refused_as_ending_in_the_middle_of_a_value(double kept)
    {
        var bytes = Generated.Value;
        var truncated = bytes[..(int)(bytes.Length * kept)];

        var thrown = Reject.Bytes(truncated);

        thrown.Message.Should().ContainAny("ends in the middle", "end of data", "Expected depth to be zero at the end");
        thrown.Message.Should().NotContain("\n", "one problem: nothing after a broken end can be trusted");
    }

    [Fact]
    public void Arrays_not_where_the_format_puts_them_are_refused_with_their_paths()
    {
        var text = Encoding.UTF8.GetString(Generated.Value);
        var nested = text.Replace("\"actors\": [", "\"actors\": {\"items\": [", StringComparison.Ordinal);
        nested = nested.Insert(nested.IndexOf("\n  \"events\"", StringComparison.Ordinal) - 1, "}");
        var inside = text.Replace("\"documents\": [", "\"metadata2\": [", StringComparison.Ordinal);

        Reject.Bytes(Encoding.UTF8.GetBytes(nested)).Path.Should().Be("$.actors");
        Reject.Bytes(Encoding.UTF8.GetBytes(inside)).Message.Should().Contain("'metadata2'");
    }

    [Fact]
    public void A_stream_over_64_MiB_that_can_seek_is_read_a_window_at_a_time_with_lines_counted_across_windows()
    {
        // 65 MiB of blank lines before the document: it is read through the window, and its problem is found 65 Mi lines further down.
        var padding = 65 << 20;
        var damaged = HostileJson.Valid.Replace("\"kind\": \"state\"", "\"kind\": \"planet\"", StringComparison.Ordinal);
        var bytes = new byte[padding + Encoding.UTF8.GetByteCount(damaged)];
        bytes.AsSpan(0, padding).Fill((byte)'\n');
        Encoding.UTF8.GetBytes(damaged, bytes.AsSpan(padding));
        var wholeLine = Reject.Json(damaged).LineNumber;

        var thrown = FluentActions.Invoking(() => NewsEventsJson.Deserialize(new MemoryStream(bytes))).Should().Throw<NewsEventsFormatException>().Which;

        thrown.Path.Should().Be("$.actors[1].kind");
        thrown.LineNumber.Should().Be(padding + wholeLine);
        var valid = new byte[padding + Encoding.UTF8.GetByteCount(HostileJson.Valid)];
        Encoding.UTF8.GetBytes(HostileJson.Valid, valid.AsSpan(padding));
        valid.AsSpan(0, padding).Fill((byte)' ');
        NewsEventsJson.Deserialize(new MemoryStream(valid)).Should().Be(NewsEventsJson.Deserialize(Encoding.UTF8.GetBytes(HostileJson.Valid)));
    }

    [Fact]
    public void The_broken_rules_of_a_stream_over_64_MiB_carry_their_lines()
    {
        var padding = 65 << 20;
        var broken = HostileJson.Replace("\"speaker\": \"a0\"", "\"speaker\": \"a5\"");
        var bytes = new byte[padding + Encoding.UTF8.GetByteCount(broken)];
        bytes.AsSpan(0, padding).Fill((byte)'\n');
        Encoding.UTF8.GetBytes(broken, bytes.AsSpan(padding));
        var whole = Reject.Json(broken).Violations;

        var thrown = FluentActions.Invoking(() => NewsEventsJson.Deserialize(new MemoryStream(bytes))).Should().Throw<NewsEventsFormatException>().Which;

        whole.Should().OnlyContain(v => v.LineNumber != null);
        thrown.Violations.Select(v => (v.Path, v.LineNumber)).Should().Equal(whole.Select(v => (v.Path, v.LineNumber + padding)));
    }
}
