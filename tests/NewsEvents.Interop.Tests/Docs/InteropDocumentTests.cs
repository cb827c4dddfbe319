using System.Text;
using NewsEvents.Interop.Acled;
using NewsEvents.Interop.Cameo;
using NewsEvents.Interop.Countries;
using NewsEvents.Interop.Gdelt;

namespace NewsEvents.Interop.Tests.Docs;

/// <summary>docs/interop.md states what the package's tables hold: each table there is checked against its data here.</summary>
public class InteropDocumentTests
{
    private static readonly string Document = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "interop.md"));

    public static string ColumnTable(IEnumerable<GdeltColumn> columns)
    {
        var table = new StringBuilder("| # | column | where it goes | source attribute (format 1.1) |\n|---|---|---|---|\n");
        foreach (var c in columns)
        {
            var attribute = c.AttributeName is null ? "—" : $"`{c.AttributeName}` on the {c.AttributeOf}";
            table.Append($"| {c.Number} | `{c.Name}` | {c.MapsTo ?? "—"} | {attribute} |\n");
        }

        return table.ToString();
    }

    [Fact]
    public void The_ACLED_table_names_every_column_of_both_layouts()
    {
        var section = Document[Document.IndexOf("## ACLED", StringComparison.Ordinal)..Document.IndexOf("## Country codes", StringComparison.Ordinal)];
        foreach (var column in AcledColumns.Current.Concat(AcledColumns.Legacy2016))
        {
            section.Should().Contain($"`{column}`", $"docs/interop.md says where ACLED's {column} goes");
        }
    }

    [Fact]
    public void The_GDELT_events_table_is_the_importers_own_column_map() =>
        Document.Should().Contain(ColumnTable(GdeltColumns.Events2));

    [Fact]
    public void The_GDELT_mentions_table_is_the_importers_own_column_map() =>
        Document.Should().Contain(ColumnTable(GdeltColumns.Mentions2));

    [Fact]
    public void The_GDELT_GKG_table_is_the_importers_own_column_map() =>
        Document.Should().Contain(ColumnTable(GdeltColumns.Gkg21));

    [Fact]
    public void Every_column_of_every_layout_maps_to_the_model_or_to_a_source_attribute()
    {
        foreach (var layout in Enum.GetValues<GdeltLayout>())
        {
            var columns = GdeltColumns.Of(layout);
            columns.Should().OnlyContain(c => c.MapsTo != null || c.AttributeOf != null, layout.ToString());
            columns.Select(c => c.Name).Should().OnlyHaveUniqueItems();
            GdeltColumns.LayoutOf(columns.Length).Should().Be(layout == GdeltLayout.Events1 ? GdeltLayout.Events1 : layout);
        }

        GdeltColumns.Events1WithSourceUrl.Select(c => c.Name).Should().Equal(
            GdeltColumns.Events2.Select(c => c.Name).Where(n => !n.EndsWith("_ADM2Code", StringComparison.Ordinal)));
    }

    [Fact]
    public void Every_flagged_country_code_is_listed_with_its_note()
    {
        foreach (var table in new[] { CountryCodeTables.Cameo, CountryCodeTables.Fips })
        {
            foreach (var mapping in table.Mappings.Where(m => m.IsLossy))
            {
                Document.Should().Contain($"| {table.Name} | `{mapping.Code}` | {(mapping.Iso2 is null ? "—" : $"`{mapping.Iso2}`")} | {mapping.Note} |");
            }
        }
    }

    [Fact]
    public void Every_CAMEO_to_PLOVER_caveat_is_explained_and_the_table_version_named()
    {
        Document.Should().Contain(CameoPloverTable.Default.Version);
        foreach (var caveat in Enum.GetValues<CameoPloverCaveats>().Where(c => c != CameoPloverCaveats.None))
        {
            Document.Should().Contain($"`{caveat}`");
        }
    }

    internal static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "NewsEvents.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (NewsEvents.sln) is not above the test's directory.");
    }
}
