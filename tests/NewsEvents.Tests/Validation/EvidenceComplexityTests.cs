using NewsEvents.Streaming;
using NewsEvents.Validation;

namespace NewsEvents.Tests.Validation;

/// <summary>
/// The stress shape that once made evidence checks cost text length × spans: one long document (an
/// emoji, then ASCII, so code points are not UTF-16 units) and many spans near its end. Both sinks
/// must check every span of it right; that the cost stays linear is shown by
/// <c>EvidenceCheckBenchmarks</c> (benchmarks/), as ratios, not by timing a test.
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

    public static TheoryData<string> Sinks => ["dataset", "json lines"];

    [Theory]
    [MemberData(nameof(Sinks))]
    public void Every_span_near_the_end_of_a_long_text_is_checked_against_its_quote(string sink)
    {
        Func<Dataset, ValidationReport> validate = sink == "dataset"
            ? DatasetValidator.Validate
            : d => JsonLinesValidator.Validate(JsonLinesWriter.ToRecords(d));
        var large = Stress(10);
        validate(large).IsValid.Should().BeTrue();

        var actor = large.Actors[0];
        var last = actor.Evidence[^1];
        var wrong = large with
        {
            Actors = [actor with { Evidence = actor.Evidence.SetItem(actor.Evidence.Length - 1, new Evidence(last.Document, last.Start, last.End, "aaaaaaaaab")) }],
        };

        validate(wrong).Violations.Should().ContainSingle().Which.Path.Should().Contain($"evidence[{actor.Evidence.Length - 1}]");
    }
}
