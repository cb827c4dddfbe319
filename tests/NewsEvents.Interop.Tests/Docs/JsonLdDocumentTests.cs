using NewsEvents.Interop.SchemaOrg;

namespace NewsEvents.Interop.Tests.Docs;

/// <summary>docs/jsonld.md states the export's choices: each table there is checked against the exporter's own.</summary>
public class JsonLdDocumentTests
{
    private static readonly string Document = File.ReadAllText(Path.Combine(InteropDocumentTests.RepositoryRoot(), "docs", "jsonld.md")).ReplaceLineEndings("\n");

    [Fact]
    public void The_participant_table_is_the_exporters_own()
    {
        var table = string.Concat(Enum.GetValues<ParticipantRole>().Select(r => $"| `{NewsEventsJson.NameOf(r)}` | `{JsonLdGraph.PropertyOf(r)}` |\n"));

        Document.Should().Contain("| role | property |\n|---|---|\n" + table);
    }

    [Fact]
    public void The_rating_names_table_is_the_importers_own()
    {
        var table = string.Concat(ClaimRatings.Names.Select(n => $"| {n.Name} | `{n.Rating}` | {(n.French ? "French" : "English")} |\n"));

        Document.Should().Contain("| name | rating | language |\n|---|---|---|\n" + table);
    }

    [Fact]
    public void The_attribute_table_names_every_attribute_the_import_writes()
    {
        var names = ClaimReviewAttributes.Kept.Select(ClaimReviewAttributes.NameOf).Append(ClaimReviewAttributes.Rating).Append(ClaimReviewAttributes.RatingTextDisagrees);

        names.Should().OnlyContain(n => Document.Contains($"| `{n}` |", StringComparison.Ordinal));
        names.Should().OnlyContain(n => SourceAttribute.IsValidName(n));
    }

    [Fact]
    public void Every_tolerated_fault_is_named_with_what_it_is_read_as() =>
        Enum.GetValues<ClaimReviewTolerance>().Should().OnlyContain(t => Document.Contains($"| `{t}` |", StringComparison.Ordinal));
}
