using System.Buffers;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NewsEvents.Generation;
using NewsEvents.Json;
using NewsEvents.Samples;
using NewsEvents.Streaming;
using NewsEvents.Tests.TestSupport;

namespace NewsEvents.Tests.Json;

/// <summary>
/// The hand-written <see cref="FormatWriter"/> against the source-generated serializer it replaced:
/// the same bytes for every dataset below, indented as a dataset and compact as each record of JSON
/// Lines, and the same refusal, in the same words, of a value the format cannot hold.
/// </summary>
public class FormatWriterTests
{
    private static NewsEventsJsonContext Context => NewsEventsJson.TypeInfo;

    public static TheoryData<string> GoldenFiles => ["minimal.json", "rich.json", "generated.json"];

    public static TheoryData<int> Seeds => [1, 2, 7, 42, 2020];

    [Fact]
    public void The_seed_is_written_as_the_serializer_writes_it() => ShouldWriteAsTheSerializer(SampleDatasets.MoscowTalks);

    [Fact]
    public void The_rich_dataset_is_written_as_the_serializer_writes_it() => ShouldWriteAsTheSerializer(TestDatasets.Rich());

    [Theory]
    [MemberData(nameof(GoldenFiles))]
    public void Every_golden_file_is_written_as_the_serializer_writes_it(string file)
    {
        var dataset = NewsEventsJson.Deserialize(Golden.Bytes(file));

        ShouldWriteAsTheSerializer(dataset);
        Indented(dataset, FormatWriter.WriteDataset).Append((byte)'\n').Should().Equal(Golden.Bytes(file));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Generated_datasets_are_written_as_the_serializer_writes_them(int seed)
    {
        var dataset = new SyntheticDatasetGenerator(seed, SyntheticDatasetOptions.ForEvents(80)).GenerateDataset();
        dataset.Events.Should().NotBeEmpty();
        dataset.Claims.Should().NotBeEmpty();

        ShouldWriteAsTheSerializer(dataset);
    }

    [Property(MaxTest = 300)]
    public Property Arbitrary_datasets_are_written_as_the_serializer_writes_them() =>
        Prop.ForAll(Arb.From(DatasetGenerators.Dataset), ShouldWriteAsTheSerializer);

    [Fact]
    public void A_default_id_is_refused_in_the_serializer_s_words_with_the_path_of_its_member()
    {
        var a = new ActorId("a");
        var claim = new Claim { Id = new ClaimId("c"), Claimant = a, Proposition = "p", Polarity = ClaimPolarity.Positive, Certainty = ClaimCertainty.Certain };
        var @event = new Event { Id = new EventId("e"), Type = EventType.Other, Status = EventStatus.Occurred };
        var minimal = TestDatasets.Minimal();
        (Dataset Dataset, string Path)[] cases =
        [
            (new Dataset { Id = default }, "$.id"),
            (minimal with { Events = [@event with { Participants = [new Participant(a, ParticipantRole.Host), new Participant(default, ParticipantRole.Victim)] }] }, "$.events[0].participants[1].actor"),
            (minimal with { Events = [@event, @event with { Links = [new EventLink(EventLinkType.PartOf, default)] }] }, "$.events[1].links[0].target"),
            (minimal with { Statements = [new Statement { Id = new StatementId("s"), Speaker = a, Channel = StatementChannel.Speech, Mode = SpeechMode.DirectQuote, Content = "c", Audience = [a, default] }] }, "$.statements[0].audience[1]"),
            (minimal with { Claims = [claim with { Claimant = default }] }, "$.claims[0].claimant"),
            (minimal with { Claims = [claim with { Statement = default(StatementId) }] }, "$.claims[0].statement"),
            (minimal with { Claims = [claim with { About = new ClaimSubjects { Actors = [a, default] } }] }, "$.claims[0].about.actors[1]"),
            (minimal with { Claims = [claim with { Links = [new ClaimLink(ClaimLinkType.Supports, default)] }] }, "$.claims[0].links[0].target"),
            (minimal with { Relations = [new Relation { Id = new RelationId("r"), Type = RelationType.Backs, Source = a, Target = default }] }, "$.relations[0].target"),
        ];

        foreach (var (dataset, path) in cases)
        {
            var expected = FluentActions.Invoking(() => Indented(dataset, Serializer(Context.Dataset))).Should().Throw<JsonException>().Which;
            var thrown = FluentActions.Invoking(() => Indented(dataset, FormatWriter.WriteDataset)).Should().Throw<JsonException>().Which;

            thrown.Message.Should().Be(expected.Message).And.Contain("has no value and cannot be written");
            thrown.Path.Should().Be(path);
            var wrapped = FluentActions.Invoking(() => NewsEventsJson.Serialize(new MemoryStream(), dataset)).Should().ThrowExactly<NewsEventsFormatException>().Which;
            wrapped.Message.Should().Be($"The dataset cannot be written: {expected.Message}");
            wrapped.Path.Should().Be(path);
            wrapped.Violations.Should().ContainSingle().Which.Path.Should().Be(path);
        }
    }

    [Fact]
    public void An_undefined_enumeration_value_is_refused_in_the_serializer_s_words()
    {
        // The model refuses undefined values at every door; only reflection gets one in.
        var actor = new Actor { Id = new ActorId("a"), Kind = ActorKind.Person, Name = "x" };
        typeof(Actor).GetField("<Kind>k__BackingField", BindingFlags.Instance | BindingFlags.NonPublic)!.SetValue(actor, (ActorKind)99);
        var dataset = TestDatasets.Minimal() with { Actors = [actor] };

        var expected = FluentActions.Invoking(() => Indented(dataset, Serializer(Context.Dataset))).Should().Throw<JsonException>().Which;
        var thrown = FluentActions.Invoking(() => Indented(dataset, FormatWriter.WriteDataset)).Should().Throw<JsonException>().Which;

        thrown.Message.Should().Be(expected.Message).And.Be("99 is not a defined ActorKind.");
        thrown.Path.Should().Be("$.actors[0].kind");
    }

    [Fact]
    public void A_record_that_cannot_be_written_names_its_path_in_the_line()
    {
        var claim = new Claim
        {
            Id = new ClaimId("c"),
            Claimant = new ActorId("a"),
            Proposition = "p",
            Polarity = ClaimPolarity.Positive,
            Certainty = ClaimCertainty.Certain,
            About = new ClaimSubjects { Events = [default] },
        };

        var thrown = FluentActions.Invoking(() => JsonLinesWriter.ToUtf8Line(JsonLinesRecord.From(claim))).Should().ThrowExactly<NewsEventsFormatException>().Which;

        thrown.Path.Should().Be("$.record.about.events[0]");
        thrown.Message.Should().EndWith("A default EventId has no value and cannot be written.");
    }

    [Fact]
    public async Task A_stream_gets_a_large_dataset_in_bounded_pieces_with_the_same_bytes_as_the_array_and_the_text()
    {
        var dataset = new SyntheticDatasetGenerator(3, SyntheticDatasetOptions.ForEvents(1500)).GenerateDataset();
        var bytes = NewsEventsJson.SerializeToUtf8Bytes(dataset);
        bytes.Length.Should().BeGreaterThan(1024 * 1024, "the dataset must be large enough to need many pieces");
        NewsEventsJson.Serialize(dataset).Should().Be(Encoding.UTF8.GetString(bytes), "the text is the same bytes, decoded");

        using var sync = new PieceCountingStream();
        NewsEventsJson.Serialize(sync, dataset);
        using var async = new PieceCountingStream();
        await NewsEventsJson.SerializeAsync(async, dataset);

        foreach (var stream in new[] { sync, async })
        {
            stream.ToArray().Should().Equal(bytes);
            stream.Pieces.Should().BeGreaterThan(bytes.Length / (128 * 1024));
            stream.LargestPiece.Should().BeLessThan(128 * 1024, "a piece is flushed once 64 KiB are waiting");
        }
    }

    [Fact]
    public void A_value_larger_than_any_buffer_is_written_alike_as_bytes_text_and_stream()
    {
        // Half a million characters, escapes and astral ones among them: one string outgrows every buffer at once.
        var text = string.Concat(Enumerable.Repeat("Хафтар 😀 \"quoted\" \u2028 line\n", 20_000));
        var dataset = TestDatasets.Minimal() with { Documents = [new Document { Id = new DocumentId("d"), Text = text }] };

        var bytes = NewsEventsJson.SerializeToUtf8Bytes(dataset);

        bytes.Should().Equal(Indented(dataset, Serializer(Context.Dataset)).Append((byte)'\n'));
        NewsEventsJson.Serialize(dataset).Should().Be(Encoding.UTF8.GetString(bytes));
        using var stream = new MemoryStream();
        NewsEventsJson.Serialize(stream, dataset);
        stream.ToArray().Should().Equal(bytes);
        NewsEventsJson.Deserialize(bytes).Documents[0].Text.Should().Be(text);
    }

    /// <summary>Compares both writers on the dataset as a whole (indented and compact) and on each of its records.</summary>
    private static void ShouldWriteAsTheSerializer(Dataset dataset)
    {
        Indented(dataset, FormatWriter.WriteDataset).Should().Equal(Indented(dataset, Serializer(Context.Dataset)), "the indented dataset form");
        Compact(dataset, FormatWriter.WriteDataset).Should().Equal(Compact(dataset, Serializer(Context.Dataset)), "the compact dataset form");
        if (dataset.Metadata is { } metadata)
        {
            Compact(metadata, FormatWriter.WriteMetadata).Should().Equal(Compact(metadata, Serializer(Context.DatasetMetadata)), "the metadata of a header line");
        }

        EachCompact(dataset.Documents, FormatWriter.WriteDocument, Context.Document);
        EachCompact(dataset.Actors, FormatWriter.WriteActor, Context.Actor);
        EachCompact(dataset.Events, FormatWriter.WriteEvent, Context.Event);
        EachCompact(dataset.Statements, FormatWriter.WriteStatement, Context.Statement);
        EachCompact(dataset.Claims, FormatWriter.WriteClaim, Context.Claim);
        EachCompact(dataset.Relations, FormatWriter.WriteRelation, Context.Relation);
    }

    private static void EachCompact<T>(IEnumerable<T> items, Action<Utf8JsonWriter, T> write, JsonTypeInfo<T> typeInfo)
    {
        foreach (var item in items)
        {
            Compact(item, write).Should().Equal(Compact(item, Serializer(typeInfo)), "the line of {0}", item);
        }
    }

    private static Action<Utf8JsonWriter, T> Serializer<T>(JsonTypeInfo<T> typeInfo) => (writer, value) => JsonSerializer.Serialize(writer, value, typeInfo);

    private static byte[] Indented<T>(T value, Action<Utf8JsonWriter, T> write) => Written(value, write, FormatWriter.DatasetOptions);

    private static byte[] Compact<T>(T value, Action<Utf8JsonWriter, T> write) => Written(value, write, JsonLinesCodec.WriterOptions);

    private static byte[] Written<T>(T value, Action<Utf8JsonWriter, T> write, JsonWriterOptions options)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, options))
        {
            write(writer, value);
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>A memory stream that counts the writes it is given and the largest of them.</summary>
    private sealed class PieceCountingStream : MemoryStream
    {
        public int Pieces { get; private set; }

        public int LargestPiece { get; private set; }

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            Count(buffer.Length);
            base.Write(buffer);
        }

        public override void Write(byte[] buffer, int offset, int count)
        {
            Count(count);
            base.Write(buffer, offset, count);
        }

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Write(buffer.Span);
            return ValueTask.CompletedTask;
        }

        private void Count(int length)
        {
            Pieces++;
            LargestPiece = Math.Max(LargestPiece, length);
        }
    }
}
