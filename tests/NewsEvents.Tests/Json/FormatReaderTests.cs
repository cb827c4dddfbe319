using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NewsEvents.Generation;
using NewsEvents.Json;
using NewsEvents.Samples;
using NewsEvents.Tests.TestSupport;

namespace NewsEvents.Tests.Json;

/// <summary>
/// The fast reader and the generated (reference) reader agree: the fast one reads every valid
/// dataset, equal to the reference's reading; and whatever it accepts, the reference accepts with
/// an equal result. What it refuses goes to the reference, so refusing is safe, accepting wrongly is not.
/// </summary>
public class FormatReaderTests
{
    private static readonly byte[] Valid = Encoding.UTF8.GetBytes(HostileJson.Valid);

    private static Dataset? Reference(byte[] utf8Json)
    {
        try
        {
            return JsonSerializer.Deserialize(utf8Json, NewsEventsJson.TypeInfo.Dataset);
        }
        catch (Exception e) when (e is JsonException or ArgumentException or InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>Reads with the fast reader and checks it against the reference; returns whether the fast reader accepted.</summary>
    private static bool Agrees(byte[] utf8Json)
    {
        if (!FormatReader.TryReadDataset(utf8Json, out var fast))
        {
            return false;
        }

        var reference = Reference(utf8Json);
        reference.Should().NotBeNull("the fast reader accepted bytes the reference reader refuses: {0}", Encoding.UTF8.GetString(utf8Json));
        fast.Should().Be(reference);
        return true;
    }

    private static void ReadsFast(byte[] utf8Json, Dataset expected)
    {
        Agrees(utf8Json).Should().BeTrue("valid canonical input must not fall back to the slow reader");
        FormatReader.TryReadDataset(utf8Json, out var read);
        read.Should().Be(expected);
    }

    [Fact]
    public void The_seed_is_read_by_the_fast_reader() =>
        ReadsFast(NewsEventsJson.SerializeToUtf8Bytes(SampleDatasets.MoscowTalks), SampleDatasets.MoscowTalks);

    [Theory]
    [InlineData("minimal.json")]
    [InlineData("rich.json")]
    [InlineData("generated.json")]
    public void Golden_files_are_read_by_the_fast_reader(string name)
    {
        var bytes = Golden.Bytes(name);
        ReadsFast(bytes, NewsEventsJson.Deserialize(bytes));
    }

    [Theory]
    [InlineData(1, 50)]
    [InlineData(2, 400)]
    [InlineData(7, 1)]
    public void Synthetic_datasets_are_read_by_the_fast_reader(int seed, int events)
    {
        var dataset = new SyntheticDatasetGenerator(seed, SyntheticDatasetOptions.ForEvents(events)).GenerateDataset();
        ReadsFast(NewsEventsJson.SerializeToUtf8Bytes(dataset), dataset);
    }

    [Property(MaxTest = 300)]
    public Property Generated_datasets_are_read_by_the_fast_reader() =>
        Prop.ForAll(Arb.From(DatasetGenerators.Dataset), dataset => ReadsFast(NewsEventsJson.SerializeToUtf8Bytes(dataset), dataset));

    [Fact]
    public void Every_hostile_case_is_refused_by_the_fast_reader()
    {
        foreach (var (name, (json, _, _, _)) in StrictReadingTests.Cases)
        {
            var bytes = Encoding.UTF8.GetBytes(json);
            FormatReader.TryReadDataset(bytes, out _).Should().BeFalse(name);
            Reference(bytes).Should().BeNull(name);
        }
    }

    [Property(MaxTest = 2000)]
    public Property Damaged_input_is_never_accepted_where_the_reference_refuses_it() =>
        Prop.ForAll(MutationFuzzProperties.Damaged(Valid).ToArbitrary(), bytes => { Agrees(bytes); });

    [Theory]
    [MemberData(nameof(JsonConformanceTests.MayAccept), MemberType = typeof(JsonConformanceTests))]
    [MemberData(nameof(JsonConformanceTests.MustReject), MemberType = typeof(JsonConformanceTests))]
    public void The_conformance_corpus_is_judged_alike(string file)
    {
        var content = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Json", "Fixtures", "jsontestsuite", file));
        Agrees(content);
        var wrapped = Encoding.UTF8.GetBytes("{\"schemaVersion\":\"1.0\",\"id\":\"suite\",\"metadata\":{\"coders\":").Concat(content).Concat("}}"u8.ToArray()).ToArray();
        Agrees(wrapped);
    }

    [Theory]
    [InlineData("\"title\": null", "\"id\": \"ds\",", "\"id\": \"ds\", \"title\": null,")]
    [InlineData("properties in another order", "\"schemaVersion\": \"1.0\",\n  \"id\": \"ds\",", "\"id\": \"ds\", \"schemaVersion\": \"1.0\",")]
    [InlineData("an escaped property name", "\"id\": \"ds\",", "\"\\u0069d\": \"ds\",")]
    [InlineData("an escaped enum name", "\"kind\": \"state\"", "\"kind\": \"st\\u0061te\"")]
    [InlineData("escaped text", "\"name\": \"Libya\"", "\"name\": \"Lib\\u0079a\"")]
    public void Valid_input_in_a_form_the_writer_does_not_make_reads_the_same(string form, string find, string replacement)
    {
        var json = HostileJson.Valid.Replace(find, replacement, StringComparison.Ordinal);
        json.Should().NotBe(HostileJson.Valid, form);
        var bytes = Encoding.UTF8.GetBytes(json);

        Agrees(bytes);
        NewsEventsJson.Deserialize(bytes).Should().Be(Reference(bytes));
    }

    [Fact]
    public void Every_kind_of_record_is_read_by_the_fast_reader_as_the_reference_reads_it()
    {
        var dataset = new SyntheticDatasetGenerator(3, SyntheticDatasetOptions.ForEvents(200)).GenerateDataset();
        var context = NewsEventsJson.TypeInfo;
        foreach (var document in dataset.Documents)
        {
            ReadsRecordFast(JsonSerializer.SerializeToUtf8Bytes(document, context.Document), FormatReader.ReadDocument, document);
        }

        foreach (var actor in dataset.Actors)
        {
            ReadsRecordFast(JsonSerializer.SerializeToUtf8Bytes(actor, context.Actor), FormatReader.ReadActor, actor);
        }

        foreach (var @event in dataset.Events)
        {
            ReadsRecordFast(JsonSerializer.SerializeToUtf8Bytes(@event, context.Event), FormatReader.ReadEvent, @event);
        }

        foreach (var statement in dataset.Statements)
        {
            ReadsRecordFast(JsonSerializer.SerializeToUtf8Bytes(statement, context.Statement), FormatReader.ReadStatement, statement);
        }

        foreach (var claim in dataset.Claims)
        {
            ReadsRecordFast(JsonSerializer.SerializeToUtf8Bytes(claim, context.Claim), FormatReader.ReadClaim, claim);
        }

        foreach (var relation in dataset.Relations)
        {
            ReadsRecordFast(JsonSerializer.SerializeToUtf8Bytes(relation, context.Relation), FormatReader.ReadRelation, relation);
        }
    }

    [Fact]
    public void A_refused_record_gives_false_and_no_value()
    {
        var bytes = "{\"id\":\"e1\",\"type\":\"meeting\"}"u8.ToArray();

        FormatReader.TryRead(bytes, FormatReader.ReadEvent, out var read).Should().BeFalse("the status is missing");

        read.Should().BeNull();
    }

    [Fact]
    public void A_record_followed_by_more_than_white_space_is_refused()
    {
        var dataset = new SyntheticDatasetGenerator(4, SyntheticDatasetOptions.ForEvents(3)).GenerateDataset();
        var bytes = JsonSerializer.SerializeToUtf8Bytes(dataset.Events[0], NewsEventsJson.TypeInfo.Event);

        FormatReader.TryRead([.. bytes, .. " \r\n\t"u8], FormatReader.ReadEvent, out var spaced).Should().BeTrue();
        spaced.Should().Be(dataset.Events[0]);
        FormatReader.TryRead([.. bytes, .. ",{}"u8], FormatReader.ReadEvent, out _).Should().BeFalse();
        FormatReader.TryRead([.. bytes, .. "}"u8], FormatReader.ReadEvent, out _).Should().BeFalse();
    }

    private static void ReadsRecordFast<T>(byte[] utf8Json, FormatReader.ValueReader<FastJsonReader, T> read, T expected)
        where T : class
    {
        FormatReader.TryRead(utf8Json, read, out var fast).Should().BeTrue(Encoding.UTF8.GetString(utf8Json));
        fast.Should().Be(expected);
    }
}
