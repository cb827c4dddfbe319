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
}
