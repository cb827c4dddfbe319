using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NewsEvents.Tests.TestSupport;
using NewsEvents.Validation;

namespace NewsEvents.Tests.Json;

/// <summary>Round-trip properties over generated datasets (thousands of cases in all).</summary>
public class RoundTripProperties
{
    private static Arbitrary<Dataset> Datasets => Arb.From(DatasetGenerators.Dataset);

    [Property(MaxTest = 1000)]
    public Property Generated_datasets_are_valid() =>
        Prop.ForAll(Datasets, dataset => DatasetValidator.Validate(dataset).Violations.Should().BeEmpty());

    [Property(MaxTest = 1000)]
    public Property Deserialize_of_Serialize_equals_the_dataset() =>
        Prop.ForAll(Datasets, dataset =>
        {
            var read = NewsEventsJson.Deserialize(NewsEventsJson.SerializeToUtf8Bytes(dataset));
            read.Should().Be(dataset);
            read.GetHashCode().Should().Be(dataset.GetHashCode());
        });

    [Property(MaxTest = 1000)]
    public Property Serialize_is_byte_identical_after_a_round_trip() =>
        Prop.ForAll(Datasets, dataset =>
        {
            var bytes = NewsEventsJson.SerializeToUtf8Bytes(dataset);
            NewsEventsJson.SerializeToUtf8Bytes(NewsEventsJson.Deserialize(bytes)).Should().Equal(bytes);
        });

    [Property(MaxTest = 300)]
    public Property String_and_stream_forms_agree() =>
        Prop.ForAll(Datasets, dataset =>
        {
            var text = NewsEventsJson.Serialize(dataset);
            using var stream = new MemoryStream();
            NewsEventsJson.SerializeAsync(stream, dataset).GetAwaiter().GetResult();
            System.Text.Encoding.UTF8.GetString(stream.ToArray()).Should().Be(text);
            stream.Position = 0;
            NewsEventsJson.DeserializeAsync(stream).AsTask().GetAwaiter().GetResult().Should().Be(dataset);
            NewsEventsJson.Deserialize(text).Should().Be(dataset);
        });

    [Property(MaxTest = 1000)]
    public Property Generated_time_values_round_trip() =>
        Prop.ForAll(Arb.From(DatasetGenerators.Time), time =>
        {
            var json = JsonContract.RoundTripValue(time);
            json.Should().Contain(time.ToString());
        });

    [Property(MaxTest = 1000)]
    public Property Generated_quantities_keep_their_decimals() =>
        Prop.ForAll(Arb.From(DatasetGenerators.Quantity), quantity =>
        {
            JsonContract.RoundTripValue(quantity);
            var read = System.Text.Json.JsonSerializer.Deserialize(System.Text.Json.JsonSerializer.Serialize(quantity, NewsEventsJson.Options.GetTypeInfo(typeof(Quantity))), NewsEventsJson.Options.GetTypeInfo(typeof(Quantity))) as Quantity;
            (read!.Value ?? read.Min ?? read.Max).ToString().Should().Be((quantity.Value ?? quantity.Min ?? quantity.Max).ToString(), "a decimal keeps its scale (12.50 stays 12.50)");
        });

    [Fact]
    public void The_generator_covers_what_it_promises()
    {
        var sample = DatasetGenerators.Dataset.Sample(30, 300);
        var texts = sample.SelectMany(d => d.Documents).Select(d => d.Text).OfType<string>().ToArray();
        texts.Should().Contain(t => t.Any(char.IsSurrogate), "emoji outside the BMP");
        texts.Should().Contain(t => t.Any(c => c >= '\u0590' && c <= '\u06FF'), "right-to-left text");
        texts.Should().Contain(t => t.Any(c => c >= '\u4E00' && c <= '\u9FFF'), "CJK text");
        sample.Should().Contain(d => d.Documents.IsEmpty && d.Actors.IsEmpty, "empty collections");
        var evidence = sample.SelectMany(d => d.Actors.SelectMany(a => a.Evidence).Concat(d.Events.SelectMany(e => e.Evidence))).ToArray();
        evidence.Should().Contain(e => e.Quote != null && e.Quote.Length > 0);
        var times = sample.SelectMany(d => d.Events).Select(e => e.Time).OfType<TimeValue>().ToArray();
        times.Select(t => t.Precision).Distinct().Should().HaveCount(Enum.GetValues<TimePrecision>().Length, "every precision");
        times.Should().Contain(t => t.Zone != null).And.Contain(t => t.Expression != null).And.Contain(t => t.Duration != null).And.Contain(t => t.Anchor != null);
        sample.SelectMany(d => d.Claims).Should().NotBeEmpty();
        sample.SelectMany(d => d.Relations).Should().NotBeEmpty();
        sample.SelectMany(d => d.Statements).Should().NotBeEmpty();
        sample.SelectMany(d => d.Events).SelectMany(e => e.Quantities).Should().Contain(q => q.Value.HasValue && q.Value.Value.Scale > 0);
    }
}
