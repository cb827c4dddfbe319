using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using NewsEvents.Schema;

namespace NewsEvents.Tests.Docs;

/// <summary>Keeps docs/format.md in step with the schema and the writer.</summary>
public class FormatDocumentTests
{
    private static readonly string Format = RepositoryFiles.ReadText("docs", "format.md").ReplaceLineEndings("\n");
    private static readonly JsonObject Defs = JsonNode.Parse(RepositoryFiles.ReadText("docs", "schema", NewsEventsSchema.FileName))!["$defs"]!.AsObject();

    [Fact]
    public void Every_complete_dataset_in_the_format_document_is_canonical_and_valid()
    {
        var schema = JsonSchema.FromText(NewsEventsSchema.GetJsonText(), new BuildOptions { SchemaRegistry = new SchemaRegistry() });
        var examples = JsonBlocks().Where(b => b.StartsWith("{\n  \"schemaVersion\"", StringComparison.Ordinal)).ToList();

        examples.Should().NotBeEmpty();
        foreach (var example in examples)
        {
            NewsEventsJson.Serialize(NewsEventsJson.Deserialize(example)).Should().Be(example, "an example of the format should be written as the writer writes it");
            using var document = JsonDocument.Parse(example);
            schema.Evaluate(document.RootElement).IsValid.Should().BeTrue();
        }
    }

    [Fact]
    public void The_rival_tolls_example_is_the_second_samples_claims_as_its_file_holds_them()
    {
        const string marker = "<!-- rival-tolls -->\n```json\n";
        var start = Format.IndexOf(marker, StringComparison.Ordinal);
        start.Should().BeGreaterThanOrEqualTo(0, "docs/format.md shows the rival tolls of the second sample");
        start += marker.Length;
        var example = JsonNode.Parse(Format[start..Format.IndexOf("\n```", start, StringComparison.Ordinal)])!.AsArray();

        var claims = JsonNode.Parse(global::NewsEvents.Samples.SampleDatasets.DranmirClashesJson)!["claims"]!.AsArray();
        var shown = example.Select(c => c!["id"]!.GetValue<string>()).ToList();
        shown.Should().Equal("government-toll", "nlf-toll");
        foreach (var claim in example)
        {
            var inFile = claims.Single(c => c!["id"]!.GetValue<string>() == claim!["id"]!.GetValue<string>());
            JsonNode.DeepEquals(claim, inFile).Should().BeTrue($"the example shows {claim!["id"]} as the sample file holds it");
        }
    }

    [Fact]
    public void Every_object_of_the_schema_has_a_section_listing_each_of_its_members()
    {
        foreach (var (name, def) in Defs)
        {
            if (def!["properties"] is not JsonObject properties)
            {
                continue;
            }

            var section = Section(name);
            foreach (var (member, _) in properties)
            {
                section.Should().Contain($"| `{member}` |", $"docs/format.md should document {name}.{member}");
            }
        }
    }

    [Fact]
    public void Every_enumeration_of_the_schema_has_a_section_listing_each_of_its_values()
    {
        foreach (var (name, def) in Defs)
        {
            if (def!["enum"] is JsonArray values)
            {
                var section = Section(name);
                foreach (var value in values)
                {
                    section.Should().Contain($"| `{value!.GetValue<string>()}` |", $"docs/format.md should document the {name} value");
                }
            }
        }
    }

    [Fact]
    public void Every_violation_kind_is_documented()
    {
        foreach (var kind in Enum.GetNames<global::NewsEvents.Validation.ViolationKind>())
        {
            Format.Should().Contain($"| `{kind}` |");
        }
    }

    [Fact]
    public void The_json_lines_section_is_there()
    {
        Format.Should().Contain("\n## JSON Lines\n");
    }

    private static string Section(string name)
    {
        var start = Format.IndexOf($"\n### {name}\n", StringComparison.Ordinal);
        start.Should().BeGreaterThanOrEqualTo(0, $"docs/format.md should have a section '### {name}'");
        var end = Format.IndexOf("\n#", start + 1, StringComparison.Ordinal);
        return end < 0 ? Format[start..] : Format[start..end];
    }

    private static IEnumerable<string> JsonBlocks()
    {
        var at = 0;
        while ((at = Format.IndexOf("```json\n", at, StringComparison.Ordinal)) >= 0)
        {
            var start = at + "```json\n".Length;
            var end = Format.IndexOf("\n```", start - 1, StringComparison.Ordinal);
            yield return Format[start..(end + 1)];
            at = end;
        }
    }
}
