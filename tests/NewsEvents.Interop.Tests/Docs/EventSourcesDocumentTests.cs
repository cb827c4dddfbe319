using NewsEvents.Interop.Icews;
using NewsEvents.Interop.Plover;
using NewsEvents.Interop.Polecat;

namespace NewsEvents.Interop.Tests.Docs;

/// <summary>docs/interop.md's POLECAT, PLOVER and ICEWS sections state what the importers' own tables hold.</summary>
public class EventSourcesDocumentTests
{
    private static readonly string Document = File.ReadAllText(Path.Combine(InteropDocumentTests.RepositoryRoot(), "docs", "interop.md"));

    [Fact]
    public void The_POLECAT_table_names_every_column_and_its_other_spelling()
    {
        var section = Section("### POLECAT", "### PLOVER");
        foreach (var column in PolecatColumns.All.Concat(PolecatColumns.OtherSpellings.Values))
        {
            section.Should().Contain($"`{column}`", $"docs/interop.md says where POLECAT's {column} goes");
        }
    }

    [Fact]
    public void The_ICEWS_table_names_every_column()
    {
        var section = Section("### ICEWS", "### Sector words");
        foreach (var column in IcewsColumns.All)
        {
            section.Should().Contain($"`{column}`", $"docs/interop.md says where ICEWS's {column} goes");
        }
    }

    [Fact]
    public void The_PLOVER_type_and_mode_tables_are_the_importers_own()
    {
        var section = Section("### PLOVER", "### ICEWS");
        foreach (var (type, eventType) in PloverEventTypes.Table)
        {
            section.Should().Contain($"| `{type}` | {NewsEventsJson.NameOf(eventType)} |");
        }

        foreach (var (mode, status) in PloverModes.Table)
        {
            section.Should().Contain($"| `{mode}` | {NewsEventsJson.NameOf(status)} |");
        }
    }

    private static string Section(string start, string end)
    {
        var from = Document.IndexOf(start, StringComparison.Ordinal);
        return Document[from..Document.IndexOf(end, from, StringComparison.Ordinal)];
    }
}
