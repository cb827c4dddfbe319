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
    public Property Generated_datasets_are_valid_and_Deserialize_of_Serialize_equals_them() =>
        Prop.ForAll(Datasets, dataset =>
        {
            DatasetValidator.Validate(dataset).Violations.Should().BeEmpty("the generator makes only valid datasets");
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

    [Property(MaxTest = 200)]
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
            json.Should().Contain(time.ToString("V", null));
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
        (string What, Func<Dataset, bool> Holds)[] promises =
        [
            ("emoji outside the BMP", d => d.Documents.Any(x => x.Text is { } t && t.Any(char.IsSurrogate))),
            ("right-to-left text", d => d.Documents.Any(x => x.Text is { } t && t.Any(c => c >= '\u0590' && c <= '\u06FF'))),
            ("CJK text", d => d.Documents.Any(x => x.Text is { } t && t.Any(c => c >= '\u4E00' && c <= '\u9FFF'))),
            ("empty collections", d => d.Documents.IsEmpty && d.Actors.IsEmpty),
            ("a document without text", d => d.Documents.Any(x => x.Text is null)),
            ("a quote cut from a text", d => d.Actors.SelectMany(a => a.Evidence).Any(e => e.Quote is { Length: > 0 } && d.Documents.Any(x => x.Id == e.Document && x.Text is not null))),
            ("a month-precise time", d => d.Events.Any(e => e.Time?.Precision == TimePrecision.Month)),
            ("a week", d => d.Events.Any(e => e.Time?.Precision == TimePrecision.Week)),
            ("a year", d => d.Events.Any(e => e.Time?.Precision == TimePrecision.Year)),
            ("a day", d => d.Events.Any(e => e.Time?.Precision == TimePrecision.Day)),
            ("an instant", d => d.Events.Any(e => e.Time?.Precision == TimePrecision.Instant)),
            ("an interval", d => d.Events.Any(e => e.Time?.Precision == TimePrecision.Interval)),
            ("a zone, an expression, an anchor and a duration", d => d.Events.Any(e => e.Time is { Zone: not null, Expression: not null, Anchor: not null, Duration: not null })),
            ("a claim that repeats another", d => d.Claims.Any(c => c.Links.Any(l => l.Type == ClaimLinkType.Repeats))),
            ("a relation", d => !d.Relations.IsEmpty),
            ("a statement", d => !d.Statements.IsEmpty),
            ("a decimal with a fraction", d => d.Events.SelectMany(e => e.Quantities).Any(q => q.Value is { Scale: > 0 })),
            ("a range", d => d.Events.SelectMany(e => e.Quantities).Any(q => q.Min.HasValue && q.Max.HasValue)),
        ];

        var missing = promises.ToList();
        for (var round = 0; round < 40 && missing.Count > 0; round++)
        {
            var sample = DatasetGenerators.Dataset.Sample(50, 50);
            missing.RemoveAll(p => sample.Any(p.Holds));
        }

        missing.Select(p => p.What).Should().BeEmpty("the generator produces each of these");
    }
}
