using System.Text;
using NewsEvents.Generation;
using NewsEvents.Streaming;
using NewsEvents.Validation;
using static NewsEvents.Tests.Streaming.JsonLinesTestData;

namespace NewsEvents.Tests.Streaming;

public class JsonLinesReaderTests
{
    private static readonly JsonLinesReaderOptions Lenient = new() { OnBadLine = _ => { } };

    [Fact]
    public async Task An_empty_stream_holds_no_records()
    {
        (await ReadAll([])).Should().BeEmpty();
    }

    [Fact]
    public async Task Blank_lines_are_skipped_but_counted()
    {
        var text = "\n   \n" + ActorLine(Lavrov) + "\t\r\n\n" + ActorLine(Haftar);
        var records = await ReadAll(Utf8(text));
        records.Select(r => r.Actor).Should().Equal(Lavrov, Haftar);
        records.Select(r => r.LineNumber).Should().Equal(3, 6);
    }

    [Fact]
    public async Task A_last_line_without_a_line_feed_is_read_when_complete()
    {
        var text = ActorLine(Lavrov) + ActorLine(Haftar).TrimEnd('\n');
        (await ReadAll(Utf8(text))).Select(r => r.Actor).Should().Equal(Lavrov, Haftar);
    }

    [Fact]
    public async Task A_truncated_last_line_is_an_error_with_its_line_number()
    {
        var second = ActorLine(Haftar);
        var text = ActorLine(Lavrov) + second[..(second.Length / 2)];
        var act = () => ReadAll(Utf8(text));
        var error = (await act.Should().ThrowAsync<NewsEventsFormatException>()).Which;
        error.LineNumber.Should().Be(2);
        error.Message.Should().Contain("line 2").And.Contain("truncated");
    }

    [Fact]
    public async Task Carriage_returns_and_a_byte_order_mark_are_read()
    {
        var text = "\uFEFF" + ActorLine(Lavrov).Replace("\n", "\r\n", StringComparison.Ordinal) + ActorLine(Haftar).Replace("\n", "\r\n", StringComparison.Ordinal);
        (await ReadAll(Utf8(text))).Select(r => r.Actor).Should().Equal(Lavrov, Haftar);
    }

    [Fact]
    public async Task Invalid_utf8_is_an_error_with_its_line_number()
    {
        var bytes = Utf8(ActorLine(Lavrov)).Concat(Utf8("{\"kind\":\"actor\",\"record\":{\"id\":\"a3\",\"kind\":\"person\",\"name\":\"X")).Concat(new byte[] { 0xC3, 0x28 })
            .Concat(Utf8("\"}}\n")).ToArray();
        var act = () => ReadAll(bytes);
        var error = (await act.Should().ThrowAsync<NewsEventsFormatException>()).Which;
        error.LineNumber.Should().Be(2);
        error.Message.Should().Contain("line 2").And.Contain("UTF-8");
    }

    [Theory]
    [InlineData("[1,2]", "$")]
    [InlineData("{\"kind\":\"rumour\",\"record\":{}}", "$.kind")]
    [InlineData("{\"kind\":5,\"record\":{}}", "$.kind")]
    [InlineData("{\"record\":{}}", "$")]
    [InlineData("{\"kind\":\"actor\"}", "$")]
    [InlineData("{\"kind\":\"actor\",\"record\":null}", "$.record")]
    [InlineData("{\"kind\":\"actor\",\"kind\":\"actor\",\"record\":{}}", "$.kind")]
    [InlineData("{\"kind\":\"actor\",\"record\":{\"id\":\"a1\",\"kind\":\"person\",\"name\":\"A\"},\"extra\":1}", "$.extra")]
    [InlineData("{\"kind\":\"actor\",\"record\":{\"id\":\"a1\",\"kind\":\"person\",\"name\":\"A\",\"age\":3}}", "$.record")]
    [InlineData("{\"kind\":\"actor\",\"record\":{\"id\":\"a1\",\"kind\":\"person\",\"name\":\"A\"}} {}", "$")]
    [InlineData("{\"kind\":\"actor\",\"record\":{\"id\":\"a1\",\"kind\":\"person\",\"name\":\"   \"}}", "$.record")]
    public async Task A_bad_line_throws_in_strict_mode_with_its_line_and_path(string line, string pathStart)
    {
        var text = ActorLine(Lavrov) + line + "\n" + ActorLine(Haftar);
        var act = () => ReadAll(Utf8(text));
        var error = (await act.Should().ThrowAsync<NewsEventsFormatException>()).Which;
        error.LineNumber.Should().Be(2, "the exception counts lines from 1, as its message does");
        error.Message.Should().StartWith("Invalid JSON Lines at line 2");
        error.Path.Should().StartWith(pathStart);
        error.Violations.Should().ContainSingle();
    }

    [Theory]
    [InlineData("{\"kind\":\"actor\",\"record\":{\"id\":\"a1\",\"kind\":\"person\",\"name\":\"A\"}}")]
    [InlineData("{\"kind\":\"actor\",\"record\":{\"id\":\"a1\",\"kind\":\"person\",\"name\":\"A\"}}\r")]
    [InlineData("{\"kind\":\"actor\",\"record\":{\"id\":\"a1\",\"kind\":\"person\",\"name\":\"A\"}} \t ")]
    [InlineData("{\"kind\":\"actor\",\"record\": { \"id\" : \"a1\", \"kind\":\"person\",\"name\":\"A\" } }")]
    [InlineData("{ \"kind\": \"actor\", \"record\": {\"id\":\"a1\",\"kind\":\"person\",\"name\":\"A\"} }")]
    [InlineData("{\"record\":{\"name\":\"A\",\"kind\":\"person\",\"id\":\"a1\"},\"kind\":\"actor\"}")]
    [InlineData("{\"kind\":\"act\\u006fr\",\"record\":{\"id\":\"a1\",\"kind\":\"person\",\"name\":\"\\u0041\"}}")]
    public async Task A_line_in_any_valid_form_reads_as_the_writers_form_does(string line)
    {
        var expected = new Actor { Id = new ActorId("a1"), Kind = ActorKind.Person, Name = "A" };

        var records = await ReadAll(Utf8(line + "\n" + ActorLine(Haftar)));

        records.Should().HaveCount(2);
        records[0].Value.Should().Be(expected);
        records[0].LineNumber.Should().Be(1);
        records[1].Value.Should().Be(Haftar);
    }

    [Theory]
    [InlineData("{\"kind\":\"header\",\"record\":{\"schemaVersion\":\"2.0\",\"id\":\"d\"}}", "$.record.schemaVersion", "2.0 is not supported")]
    [InlineData("{\"kind\":\"header\",\"record\":{\"schemaVersion\":\"1.2\",\"id\":\"d\"}}", "$.record.schemaVersion", "newer")]
    [InlineData("{\"kind\":\"header\",\"record\":{\"schemaVersion\":\"1.0\",\"id\":\"d\",\"actors\":[{\"id\":\"a1\",\"kind\":\"person\",\"name\":\"A\"}]}}", "$.record", "items are lines of their own")]
    [InlineData("{\"kind\":\"header\",\"record\":{\"schemaVersion\":\"1.0\"}}", "$.record", "id")]
    public async Task A_bad_header_throws(string line, string path, string words)
    {
        var act = () => ReadAll(Utf8(line + "\n" + ActorLine(Lavrov)));
        var error = (await act.Should().ThrowAsync<NewsEventsFormatException>()).Which;
        error.LineNumber.Should().Be(1);
        error.Path.Should().Be(path);
        error.Message.Should().Contain(words);
    }

    [Fact]
    public async Task A_header_is_read_first()
    {
        var records = await ReadAll(Utf8(HeaderLine("ds9") + ActorLine(Lavrov)));
        records[0].Header.Should().Be(new JsonLinesHeader { Id = new DatasetId("ds9") });
        records[1].Actor.Should().Be(Lavrov);
    }

    [Fact]
    public async Task Record_before_kind_is_read()
    {
        var line = ActorLine(Lavrov);
        var record = line[line.IndexOf("\"record\":", StringComparison.Ordinal)..^2];
        var text = "{" + record + ",\"kind\":\"actor\"}\n";
        (await ReadAll(Utf8(text))).Single().Actor.Should().Be(Lavrov);
    }

    [Fact]
    public async Task A_header_after_the_first_record_is_an_error()
    {
        var text = ActorLine(Lavrov) + HeaderLine();
        var act = () => ReadAll(Utf8(text));
        (await act.Should().ThrowAsync<NewsEventsFormatException>()).Which.Message.Should().Contain("line 2").And.Contain("first record");
    }

    [Fact]
    public async Task Lenient_mode_reports_every_bad_line_and_goes_on()
    {
        var bad = new List<JsonLinesViolation>();
        var text = HeaderLine() + "not json\n" + ActorLine(Lavrov) + "{\"kind\":\"actor\",\"record\":{}}\n" + HeaderLine() + ActorLine(Haftar) + "{\"kind\":";
        var records = await ReadAll(Utf8(text), new JsonLinesReaderOptions { OnBadLine = bad.Add });
        records.Select(r => r.Kind).Should().Equal(JsonLinesRecordKind.Header, JsonLinesRecordKind.Actor, JsonLinesRecordKind.Actor);
        records.Select(r => r.LineNumber).Should().Equal(1, 3, 6);
        bad.Select(b => b.LineNumber).Should().Equal(2, 4, 5, 7);
        bad.Should().OnlyContain(b => b.Violation.Kind == ViolationKind.Format && b.Violation.Message.Length > 0);
    }

    [Fact]
    public async Task A_line_longer_than_the_maximum_is_an_error()
    {
        var options = new JsonLinesReaderOptions { MaxRecordBytes = 300, BufferSize = 256 };
        var text = ActorLine(Lavrov) + "{\"kind\":\"actor\",\"record\":{\"id\":\"a9\",\"kind\":\"person\",\"name\":\"" + new string('x', 600) + "\"}}\n" + ActorLine(Haftar);
        var act = () => ReadAll(Utf8(text), options);
        (await act.Should().ThrowAsync<NewsEventsFormatException>()).Which.Message.Should().Contain("line 2").And.Contain("300 bytes");

        var bad = new List<JsonLinesViolation>();
        var records = await ReadAll(Utf8(text), options with { OnBadLine = bad.Add });
        records.Select(r => r.Actor).Should().Equal(Lavrov, Haftar);
        bad.Should().ContainSingle().Which.LineNumber.Should().Be(2);
    }

    [Theory]
    [InlineData(3_000_000, 2_999_990)]
    [InlineData(3_000_000, 3_000_000)]
    [InlineData(3_000_000, 3_000_001)]
    public async Task A_line_up_to_the_maximum_is_read_however_far_past_the_buffer_it_reaches(int maxRecordBytes, int lineBytes)
    {
        // The buffer grows from 64 KiB by doubling, to the maximum plus one byte at most.
        var prefix = "{\"kind\":\"actor\",\"record\":{\"id\":\"a9\",\"kind\":\"person\",\"name\":\"";
        var suffix = "\"}}";
        var name = new string('x', lineBytes - prefix.Length - suffix.Length);
        var text = ActorLine(Lavrov) + prefix + name + suffix + "\n" + ActorLine(Haftar);
        var bad = new List<JsonLinesViolation>();

        var records = await ReadAll(new ChunkedStream(Utf8(text), [100_000, 7]), new JsonLinesReaderOptions { MaxRecordBytes = maxRecordBytes, OnBadLine = bad.Add });

        if (lineBytes <= maxRecordBytes)
        {
            records.Select(r => r.Actor!.Name).Should().Equal(Lavrov.Name, name, Haftar.Name);
            bad.Should().BeEmpty();
        }
        else
        {
            records.Select(r => r.Actor).Should().Equal(Lavrov, Haftar);
            bad.Should().ContainSingle().Which.LineNumber.Should().Be(2);
        }
    }

    [Fact]
    public async Task A_two_gigabyte_line_throws_in_strict_mode_after_reading_little_more_than_the_maximum()
    {
        var stream = new LongLineStream(Utf8(ActorLine(Lavrov) + "{\"kind\":\"actor\",\"record\":{\"name\":\""), 2L * 1024 * 1024 * 1024, (byte)'x', Utf8("\"}}\n" + ActorLine(Haftar)));
        var act = () => ReadAll(stream);
        var error = (await act.Should().ThrowAsync<NewsEventsFormatException>()).Which;
        error.LineNumber.Should().Be(2);
        error.Message.Should().Contain("maximum record size");
        stream.Position.Should().BeLessThan(2L * JsonLinesReaderOptions.DefaultMaxRecordBytes);
    }

    [Fact]
    public async Task A_two_gigabyte_line_is_skipped_in_lenient_mode_without_being_held()
    {
        var stream = new LongLineStream(Utf8(HeaderLine() + "{\"kind\":\"actor\",\"record\":{\"name\":\""), 2L * 1024 * 1024 * 1024, (byte)'x', Utf8("\"}}\n" + ActorLine(Haftar)));
        var bad = new List<JsonLinesViolation>();
        var before = GC.GetAllocatedBytesForCurrentThread();
        var records = await ReadAll(stream, new JsonLinesReaderOptions { OnBadLine = bad.Add });
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        records.Select(r => r.Kind).Should().Equal(JsonLinesRecordKind.Header, JsonLinesRecordKind.Actor);
        records[1].Actor.Should().Be(Haftar);
        records[1].LineNumber.Should().Be(3);
        bad.Should().ContainSingle().Which.LineNumber.Should().Be(2);
        stream.Position.Should().Be(stream.TotalLength);
        allocated.Should().BeLessThan(64L * 1024 * 1024, "the skipped line must not be buffered");
    }

    [Fact]
    public async Task Reading_one_byte_at_a_time_gives_the_same_records()
    {
        var bytes = GeneratedLines(7, 40);
        var expected = await ReadAll(bytes);
        var actual = await ReadAll(ChunkedStream.OneByteAtATime(bytes), new JsonLinesReaderOptions { BufferSize = 256 });
        actual.Should().Equal(expected);
        actual.Select(r => r.LineNumber).Should().Equal(expected.Select(r => r.LineNumber));
    }

    [Fact]
    public async Task Splitting_inside_every_multi_byte_sequence_gives_the_same_records()
    {
        var bytes = Utf8(HeaderLine() + ActorLine(Lavrov) + ActorLine(Haftar) + ActorLine(Lavrov with { Id = new ActorId("a3"), Name = "𠮷田花子 Zoë" }));
        var expected = await ReadAll(bytes);
        for (var split = 1; split < bytes.Length; split++)
        {
            var actual = await ReadAll(new ChunkedStream(bytes, [split, bytes.Length]), new JsonLinesReaderOptions { BufferSize = 256 });
            actual.Should().Equal(expected, $"splitting at byte {split}");
        }
    }

    [FsCheck.Xunit.Property(MaxTest = 60)]
    public bool Splitting_anywhere_gives_the_same_records(FsCheck.PositiveInt[] chunks)
    {
        var sizes = chunks.Length == 0 ? [1] : chunks.Select(c => (c.Get % 300) + 1).ToArray();
        var bytes = SplitInput.Value;
        var actual = ReadAll(new ChunkedStream(bytes, sizes), new JsonLinesReaderOptions { BufferSize = 256 }).GetAwaiter().GetResult();
        return actual.SequenceEqual(SplitExpected.Value) && actual.Select(r => r.LineNumber).SequenceEqual(SplitExpected.Value.Select(r => r.LineNumber));
    }

    private static readonly Lazy<byte[]> SplitInput = new(() => GeneratedLines(3, 12));

    private static readonly Lazy<List<JsonLinesRecord>> SplitExpected = new(() => ReadAll(SplitInput.Value).GetAwaiter().GetResult());

    [Fact]
    public async Task A_dataset_round_trips_through_lines()
    {
        var dataset = new SyntheticDatasetGenerator(11, SyntheticDatasetOptions.ForEvents(60)).GenerateDataset();
        using var stream = new MemoryStream();
        var written = await JsonLinesWriter.WriteDatasetAsync(stream, dataset);
        written.Should().Be(1 + dataset.Documents.Length + dataset.Actors.Length + dataset.Events.Length + dataset.Statements.Length + dataset.Claims.Length + dataset.Relations.Length);
        stream.Position = 0;
        var read = await JsonLinesReader.ReadDatasetAsync(stream);
        read.Should().Be(dataset);
    }

    [Fact]
    public async Task Reading_a_dataset_needs_a_header()
    {
        var act = async () => await JsonLinesReader.ReadDatasetAsync(new MemoryStream(Utf8(ActorLine(Lavrov))));
        (await act.Should().ThrowAsync<NewsEventsFormatException>()).Which.Message.Should().Contain("header");
    }

    [Fact]
    public async Task Reading_a_dataset_validates_it()
    {
        var text = DanglingRelationLines();
        var act = async () => await JsonLinesReader.ReadDatasetAsync(new MemoryStream(Utf8(text)));
        (await act.Should().ThrowAsync<NewsEventsFormatException>()).Which.Violations.Should().HaveCount(2);
        (await JsonLinesReader.ReadDatasetAsync(new MemoryStream(Utf8(text)), validate: false)).Relations.Should().ContainSingle();
    }

    /// <summary>A header and a relation between actors the stream does not hold: two violations.</summary>
    private static string DanglingRelationLines() =>
        HeaderLine() + Encoding.UTF8.GetString(JsonLinesWriter.ToUtf8Line(JsonLinesRecord.From(new Relation { Id = new RelationId("r1"), Type = RelationType.Backs, Source = Lavrov.Id, Target = Haftar.Id })));

    [Fact]
    public async Task The_synchronous_dataset_reader_reads_checks_and_validates_as_the_asynchronous_one()
    {
        var dataset = new SyntheticDatasetGenerator(12, SyntheticDatasetOptions.ForEvents(40)).GenerateDataset();
        using var stream = new MemoryStream();
        await JsonLinesWriter.WriteDatasetAsync(stream, dataset);
        stream.Position = 0;

        JsonLinesReader.ReadDataset(stream).Should().Be(dataset);

        var headless = () => JsonLinesReader.ReadDataset(new MemoryStream(Utf8(ActorLine(Lavrov))));
        headless.Should().Throw<NewsEventsFormatException>().Which.Message.Should().Contain("header");
        var text = DanglingRelationLines();
        var invalid = () => JsonLinesReader.ReadDataset(new MemoryStream(Utf8(text)));
        invalid.Should().Throw<NewsEventsFormatException>().Which.Violations.Should().HaveCount(2);
        JsonLinesReader.ReadDataset(new MemoryStream(Utf8(text)), validate: false).Relations.Should().ContainSingle();
    }

    [Fact]
    public void Records_made_in_memory_gather_into_the_dataset_they_came_from_checked_and_validated_as_a_stream_is()
    {
        var dataset = new SyntheticDatasetGenerator(13, SyntheticDatasetOptions.ForEvents(40)).GenerateDataset();

        JsonLinesReader.ToDataset(JsonLinesWriter.ToRecords(dataset)).Should().Be(dataset);

        var headless = () => JsonLinesReader.ToDataset([JsonLinesRecord.From(Lavrov)]);
        headless.Should().Throw<NewsEventsFormatException>().Which.Message.Should().Contain("header");
        var records = JsonLinesReader.Read(new MemoryStream(Utf8(DanglingRelationLines()))).ToList();
        var invalid = () => JsonLinesReader.ToDataset(records);
        invalid.Should().Throw<NewsEventsFormatException>().Which.Violations.Should().HaveCount(2);
        JsonLinesReader.ToDataset(records, validate: false).Relations.Should().ContainSingle();
    }

    [Fact]
    public async Task The_synchronous_reader_reads_the_same_records()
    {
        var bytes = GeneratedLines(5, 20);
        var expected = await ReadAll(bytes);
        JsonLinesReader.Read(new MemoryStream(bytes)).Should().Equal(expected);
    }

    [Fact]
    public async Task The_pipe_reader_reads_the_same_records()
    {
        var bytes = GeneratedLines(5, 20);
        var pipe = System.IO.Pipelines.PipeReader.Create(new MemoryStream(bytes));
        var records = new List<JsonLinesRecord>();
        await foreach (var record in JsonLinesReader.ReadAsync(pipe))
        {
            records.Add(record);
        }

        records.Should().Equal(await ReadAll(bytes));
    }

    [Fact]
    public async Task Lenient_options_do_not_change_good_input()
    {
        var bytes = GeneratedLines(9, 30);
        (await ReadAll(bytes, Lenient)).Should().Equal(await ReadAll(bytes));
    }

    [Fact]
    public async Task Stopping_early_leaves_the_stream_open_and_reading_can_be_cancelled()
    {
        var bytes = GeneratedLines(5, 200);
        var stream = new MemoryStream(bytes);
        await foreach (var record in JsonLinesReader.ReadAsync(stream))
        {
            record.Kind.Should().Be(JsonLinesRecordKind.Header);
            break;
        }

        stream.CanRead.Should().BeTrue();
        using var cancel = new CancellationTokenSource();
        var act = async () =>
        {
            await foreach (var record in JsonLinesReader.ReadAsync(new ChunkedStream(bytes, [100]), cancellationToken: cancel.Token))
            {
                await cancel.CancelAsync();
            }
        };
        await act.Should().ThrowAsync<OperationCanceledException>();
    }
}
