using System.Text;
using NewsEvents.Parquet.Tables;
using NewsEvents.Tests.Docs;

namespace NewsEvents.Parquet.Tests.Docs;

/// <summary>docs/parquet.md states every table and column as the writer writes them, and is linked from the README and the architecture.</summary>
public class ParquetDocumentTests
{
    private static readonly string Document = RepositoryFiles.ReadText("docs", "parquet.md").ReplaceLineEndings("\n");

    [Fact]
    public void Every_table_is_documented_with_its_columns_names_types_and_meanings_in_order()
    {
        foreach (var table in ParquetTables.All)
        {
            Document.Should().Contain(SectionOf(table), $"docs/parquet.md documents the table '{table.Name}' as the writer writes it");
        }
    }

    [Fact]
    public void The_diagram_names_every_table()
    {
        var start = Document.IndexOf("```mermaid\nerDiagram", StringComparison.Ordinal);
        start.Should().BePositive("docs/parquet.md has an entity-relationship diagram");
        var diagram = Document[start..Document.IndexOf("```", start + 3, StringComparison.Ordinal)];
        foreach (var table in ParquetTables.All)
        {
            diagram.Should().Contain($"    {table.Name} {{", $"the diagram shows the table '{table.Name}'");
        }
    }

    [Fact]
    public void The_readme_and_the_architecture_link_to_it()
    {
        RepositoryFiles.ReadText("README.md").Should().Contain("docs/parquet.md");
        RepositoryFiles.ReadText("docs", "architecture.md").Should().Contain("parquet.md").And.Contain("NewsEvents.Parquet");
    }

    /// <summary>The section of one table as docs/parquet.md holds it.</summary>
    internal static string SectionOf(ITable table)
    {
        var text = new StringBuilder();
        text.Append($"### {table.Name}\n\n`{table.FileName}`: {table.RowMeaning}.\n\n");
        text.Append("| Column | Type | Required | Meaning |\n| --- | --- | --- | --- |\n");
        foreach (var (name, type, required, meaning) in table.ColumnDescriptions)
        {
            text.Append($"| `{name}` | {type} | {(required ? "yes" : "no")} | {meaning.Replace("|", "\\|", StringComparison.Ordinal)}. |\n");
        }

        return text.ToString();
    }
}
