using System.Text;
using System.Text.RegularExpressions;
using NewsEvents.Samples;
using NewsEvents.Validation;

namespace NewsEvents.Tests.Samples;

/// <summary>What every embedded sample keeps: valid, canonical, the seed files byte for byte, and completely evidenced.</summary>
public class SampleDatasetsTests
{
    // Pieces of an article that report nothing: links, the credit line, the note that a story is invented.
    private static readonly string[] NotReports = ["Related article", "<", "Original url", "(Reporting by", "This story is fictional"];

    public static TheoryData<string> Samples => SeedFiles.Ids;

    [Theory]
    [MemberData(nameof(Samples))]
    public void Embedded_dataset_validates_without_violation(string id)
    {
        var dataset = SeedFiles.Of(id).Dataset();

        DatasetValidator.Validate(dataset).Violations.Should().BeEmpty();
        dataset.Id.Value.Should().Be(id);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Embedded_json_is_the_seeds_file_byte_for_byte(string id)
    {
        var sample = SeedFiles.Of(id);
        using var stream = sample.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);

        copy.ToArray().Should().Equal(File.ReadAllBytes(sample.DatasetPath));
        sample.Json().Should().Be(File.ReadAllText(sample.DatasetPath, Encoding.UTF8));
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Dataset_round_trips_byte_identically(string id)
    {
        var sample = SeedFiles.Of(id);

        NewsEventsJson.Serialize(sample.Dataset()).Should().Be(sample.Json());
        NewsEventsJson.SerializeToUtf8Bytes(sample.Dataset()).Should().Equal(File.ReadAllBytes(sample.DatasetPath));
        NewsEventsJson.Deserialize(sample.Json()).Should().Be(sample.Dataset());
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Document_text_is_the_seed_article_exactly(string id)
    {
        var sample = SeedFiles.Of(id);
        var article = Encoding.UTF8.GetString(File.ReadAllBytes(sample.ArticlePath));

        sample.Dataset().Documents.Should().ContainSingle().Which.Text.Should().Be(article);
        sample.Dataset().Metadata!.SourceFiles.Should().Equal(sample.ArticleFileName);
    }

    [Fact]
    public void Datasets_are_loaded_once_and_shared()
    {
        SampleDatasets.MoscowTalks.Should().BeSameAs(SampleDatasets.MoscowTalks);
        SampleDatasets.MoscowTalksJson.Should().BeSameAs(SampleDatasets.MoscowTalksJson);
        SampleDatasets.DranmirClashes.Should().BeSameAs(SampleDatasets.DranmirClashes);
        SampleDatasets.DranmirClashesJson.Should().BeSameAs(SampleDatasets.DranmirClashesJson);
        SampleDatasets.DranmirClashes.Should().NotBe(SampleDatasets.MoscowTalks);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Each_opened_stream_is_new_and_read_only(string id)
    {
        var sample = SeedFiles.Of(id);
        using var first = sample.Open();
        using var second = sample.Open();

        first.Should().NotBeSameAs(second);
        first.CanWrite.Should().BeFalse();
        NewsEventsJson.Deserialize(first).Should().Be(sample.Dataset());
        second.Position.Should().Be(0);
    }

    [Theory]
    [InlineData(SampleDatasets.MoscowTalksId, 28, 22, 14, 18, 14)]
    [InlineData(SampleDatasets.DranmirClashesId, 15, 10, 12, 15, 10)]
    public void Article_is_modelled_beyond_the_floor(string id, int actors, int events, int statements, int claims, int relations)
    {
        var dataset = SeedFiles.Of(id).Dataset();

        dataset.Actors.Should().HaveCountGreaterThanOrEqualTo(actors);
        dataset.Events.Should().HaveCountGreaterThanOrEqualTo(events);
        dataset.Statements.Should().HaveCountGreaterThanOrEqualTo(statements);
        dataset.Claims.Should().HaveCountGreaterThanOrEqualTo(claims);
        dataset.Relations.Should().HaveCountGreaterThanOrEqualTo(relations);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Every_item_carries_evidence(string id)
    {
        var dataset = SeedFiles.Of(id).Dataset();
        var evidence = dataset.Actors.Select(a => (a.Id.Value, a.Evidence))
            .Concat(dataset.Events.Select(e => (e.Id.Value, e.Evidence)))
            .Concat(dataset.Statements.Select(s => (s.Id.Value, s.Evidence)))
            .Concat(dataset.Claims.Select(c => (c.Id.Value, c.Evidence)))
            .Concat(dataset.Relations.Select(r => (r.Id.Value, r.Evidence)));

        evidence.Where(item => item.Evidence.IsEmpty).Select(item => item.Value).Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Every_quote_is_the_text_at_its_code_point_offsets(string id)
    {
        var dataset = SeedFiles.Of(id).Dataset();
        var document = dataset.Documents.Single();
        var codePoints = document.Text!.EnumerateRunes().ToArray();
        var spans = AllEvidence(dataset).ToList();

        spans.Should().HaveCountGreaterThan(100);
        foreach (var span in spans)
        {
            span.Document.Should().Be(document.Id);
            span.Quote.Should().NotBeNull();
            var atOffsets = string.Concat(codePoints[span.Start..span.End].Select(r => r.ToString()));
            atOffsets.Should().Be(span.Quote, $"the span {span.Start}..{span.End} must quote the text");
        }
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Every_reporting_sentence_is_evidence_of_something(string id)
    {
        var dataset = SeedFiles.Of(id).Dataset();
        var text = dataset.Documents.Single().Text!;
        var spans = AllEvidence(dataset with { Actors = [] }).ToList();

        // Pieces end at a full stop or a blank line (one sentence runs across a blank line, and each of
        // its pieces must then be covered). Headers, links, credits and the date are not reports.
        var uncovered = new List<string>();
        var reports = 0;
        foreach (Match piece in Regex.Matches(text, @"[^\s](?:[^.\n]|\n(?!\n)|\.(?!\s))*\.?"))
        {
            var report = piece.Value.Length > 30 && !NotReports.Any(prefix => piece.Value.StartsWith(prefix, StringComparison.Ordinal));
            var start = CodePoints.Count(text.AsSpan(0, piece.Index));
            var end = start + CodePoints.Count(piece.Value);
            reports += report ? 1 : 0;
            if (report && !spans.Any(s => s.Start < end && s.End > start))
            {
                uncovered.Add(piece.Value);
            }
        }

        reports.Should().BeGreaterThan(15);
        uncovered.Should().BeEmpty();
    }

    private static IEnumerable<Evidence> AllEvidence(Dataset dataset) =>
        dataset.Actors.SelectMany(a => a.Evidence)
            .Concat(dataset.Events.SelectMany(e => e.Evidence))
            .Concat(dataset.Statements.SelectMany(s => s.Evidence))
            .Concat(dataset.Claims.SelectMany(c => c.Evidence))
            .Concat(dataset.Relations.SelectMany(r => r.Evidence));
}
