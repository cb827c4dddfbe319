using System.Diagnostics;
using NewsEvents.Streaming;
using NewsEvents.Validation;

namespace NewsEvents.Tests.Validation;

/// <summary>
/// Checking evidence costs time linear in the text plus the spans, in both sinks. The stress shape
/// that once took text length × spans: one long document (an emoji, then ASCII, so code points are
/// not UTF-16 units) and many spans near its end. Ten times the text and ten times the spans must
/// cost about ten times as much, not a hundred.
/// </summary>
public class EvidenceComplexityTests
{
    private const int Text = 100_000;
    private const int Spans = 2_000;

    private static Dataset Stress(int scale)
    {
        var text = "😀" + new string('a', (Text * scale) - 1);
        var document = new DocumentId("d");
        var end = CodePoints.Count(text);
        var evidence = Enumerable.Range(0, Spans * scale).Select(i => new Evidence(document, end - 60 + (i % 50), end - 50 + (i % 50), "aaaaaaaaaa"));
        return new Dataset
        {
            Id = new DatasetId("stress"),
            Documents = [new Document { Id = document, Text = text }],
            Actors = [new Actor { Id = new ActorId("a"), Kind = ActorKind.Person, Name = "A", Evidence = [.. evidence] }],
        };
    }

    /// <summary>
    /// The least time per run of a few trials of <paramref name="runs"/> runs each: the least disturbed
    /// by the rest of the machine, and long enough for the clock even where one run is short.
    /// </summary>
    private static double Seconds(Action run, int runs)
    {
        run();
        var least = double.MaxValue;
        for (var trial = 0; trial < 7; trial++)
        {
            GC.Collect();
            var clock = Stopwatch.StartNew();
            for (var i = 0; i < runs; i++)
            {
                run();
            }

            least = Math.Min(least, clock.Elapsed.TotalSeconds / runs);
        }

        return least;
    }

    public static TheoryData<string> Sinks => ["dataset", "json lines"];

    [Theory]
    [MemberData(nameof(Sinks))]
    public void Ten_times_the_text_and_the_spans_cost_about_ten_times_as_much(string sink)
    {
        Func<Dataset, ValidationReport> validate = sink == "dataset"
            ? DatasetValidator.Validate
            : d => JsonLinesValidator.Validate(JsonLinesWriter.ToRecords(d));
        var (small, large) = (Stress(1), Stress(10));
        validate(large).IsValid.Should().BeTrue();

        var ratio = Seconds(() => validate(large), runs: 1) / Seconds(() => validate(small), runs: 10);

        ratio.Should().BeLessThan(35, "linear work grows tenfold, work of text × spans a hundredfold");
    }
}
