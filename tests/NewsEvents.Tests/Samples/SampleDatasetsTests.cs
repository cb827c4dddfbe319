using System.Text;
using System.Text.RegularExpressions;
using NewsEvents.Samples;
using NewsEvents.Validation;

namespace NewsEvents.Tests.Samples;

public class SampleDatasetsTests
{
    private static Dataset Dataset => SampleDatasets.MoscowTalks;

    [Fact]
    public void Embedded_dataset_validates_without_violation()
    {
        DatasetValidator.Validate(Dataset).Violations.Should().BeEmpty();
        Dataset.Id.Value.Should().Be(SampleDatasets.MoscowTalksId);
    }

    [Fact]
    public void Embedded_json_is_the_seeds_file_byte_for_byte()
    {
        using var stream = SampleDatasets.OpenMoscowTalksJson();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);

        copy.ToArray().Should().Equal(File.ReadAllBytes(SeedFiles.DatasetPath));
        SampleDatasets.MoscowTalksJson.Should().Be(File.ReadAllText(SeedFiles.DatasetPath, Encoding.UTF8));
    }

    [Fact]
    public void Dataset_round_trips_byte_identically()
    {
        NewsEventsJson.Serialize(Dataset).Should().Be(SampleDatasets.MoscowTalksJson);
        NewsEventsJson.SerializeToUtf8Bytes(Dataset).Should().Equal(File.ReadAllBytes(SeedFiles.DatasetPath));
        NewsEventsJson.Deserialize(SampleDatasets.MoscowTalksJson).Should().Be(Dataset);
    }

    [Fact]
    public void Document_text_is_the_seed_article_exactly()
    {
        var article = Encoding.UTF8.GetString(File.ReadAllBytes(SeedFiles.ArticlePath));

        Dataset.Documents.Should().ContainSingle().Which.Text.Should().Be(article);
        Dataset.Metadata!.SourceFiles.Should().Equal(SeedFiles.ArticleFileName);
    }

    [Fact]
    public void Dataset_is_loaded_once_and_shared()
    {
        SampleDatasets.MoscowTalks.Should().BeSameAs(SampleDatasets.MoscowTalks);
        SampleDatasets.MoscowTalksJson.Should().BeSameAs(SampleDatasets.MoscowTalksJson);
    }

    [Fact]
    public void Each_opened_stream_is_new_and_read_only()
    {
        using var first = SampleDatasets.OpenMoscowTalksJson();
        using var second = SampleDatasets.OpenMoscowTalksJson();

        first.Should().NotBeSameAs(second);
        first.CanWrite.Should().BeFalse();
        NewsEventsJson.Deserialize(first).Should().Be(Dataset);
        second.Position.Should().Be(0);
    }

    [Fact]
    public void Article_is_modelled_beyond_the_floor()
    {
        Dataset.Actors.Should().HaveCountGreaterThanOrEqualTo(28);
        Dataset.Events.Should().HaveCountGreaterThanOrEqualTo(22);
        Dataset.Statements.Should().HaveCountGreaterThanOrEqualTo(14);
        Dataset.Claims.Should().HaveCountGreaterThanOrEqualTo(18);
        Dataset.Relations.Should().HaveCountGreaterThanOrEqualTo(14);
    }

    [Fact]
    public void Every_item_carries_evidence()
    {
        var evidence = Dataset.Actors.Select(a => (a.Id.Value, a.Evidence))
            .Concat(Dataset.Events.Select(e => (e.Id.Value, e.Evidence)))
            .Concat(Dataset.Statements.Select(s => (s.Id.Value, s.Evidence)))
            .Concat(Dataset.Claims.Select(c => (c.Id.Value, c.Evidence)))
            .Concat(Dataset.Relations.Select(r => (r.Id.Value, r.Evidence)));

        evidence.Where(item => item.Evidence.IsEmpty).Select(item => item.Value).Should().BeEmpty();
    }

    [Fact]
    public void Every_quote_is_the_text_at_its_code_point_offsets()
    {
        var document = Dataset.Documents.Single();
        var codePoints = document.Text!.EnumerateRunes().ToArray();
        var spans = Dataset.Actors.SelectMany(a => a.Evidence)
            .Concat(Dataset.Events.SelectMany(e => e.Evidence))
            .Concat(Dataset.Statements.SelectMany(s => s.Evidence))
            .Concat(Dataset.Claims.SelectMany(c => c.Evidence))
            .Concat(Dataset.Relations.SelectMany(r => r.Evidence))
            .ToList();

        spans.Should().HaveCountGreaterThan(100);
        foreach (var span in spans)
        {
            span.Document.Should().Be(document.Id);
            span.Quote.Should().NotBeNull();
            var atOffsets = string.Concat(codePoints[span.Start..span.End].Select(r => r.ToString()));
            atOffsets.Should().Be(span.Quote, $"the span {span.Start}..{span.End} must quote the text");
        }
    }

    [Fact]
    public void Every_reporting_sentence_is_evidence_of_something()
    {
        var text = Dataset.Documents.Single().Text!;
        var spans = Dataset.Events.SelectMany(e => e.Evidence)
            .Concat(Dataset.Statements.SelectMany(s => s.Evidence))
            .Concat(Dataset.Claims.SelectMany(c => c.Evidence))
            .Concat(Dataset.Relations.SelectMany(r => r.Evidence))
            .ToList();

        // Pieces end at a full stop or a blank line (one sentence runs across a blank line, and each of
        // its pieces must then be covered). Headers, links and the date are not reports.
        var uncovered = new List<string>();
        var reports = 0;
        foreach (Match piece in Regex.Matches(text, @"[^\s](?:[^.\n]|\n(?!\n)|\.(?!\s))*\.?"))
        {
            var report = piece.Value.Length > 30 && !piece.Value.StartsWith("Related article", StringComparison.Ordinal)
                && !piece.Value.StartsWith('<') && !piece.Value.StartsWith("Original url", StringComparison.Ordinal);
            var start = CodePoints.Count(text.AsSpan(0, piece.Index));
            var end = start + CodePoints.Count(piece.Value);
            reports += report ? 1 : 0;
            if (report && !spans.Any(s => s.Start < end && s.End > start))
            {
                uncovered.Add(piece.Value);
            }
        }

        reports.Should().BeGreaterThan(25);
        uncovered.Should().BeEmpty();
    }
}
