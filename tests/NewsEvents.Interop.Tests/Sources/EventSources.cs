using NewsEvents.Interop.Icews;
using NewsEvents.Interop.Polecat;
using NewsEvents.Interop.Sources;

namespace NewsEvents.Interop.Tests.Sources;

/// <summary>The TAB-separated sources read through the same reader, each with its fixture of rows written by hand (Fixtures/ATTRIBUTION.md).</summary>
internal static class EventSources
{
    public const string Icews = "icews_handwritten.tsv";
    public const string Polecat = "polecat_weekly_handwritten.tsv";

    public static TheoryData<string> TabularFixtures => [Icews, Polecat];

    public static EventSourceImporter ImporterFor(string fixture, ImportOptions? options = null) => fixture switch
    {
        Icews => new IcewsImporter(options),
        Polecat => new PolecatImporter(options),
        _ => throw new ArgumentOutOfRangeException(nameof(fixture)),
    };

    public static Dataset Import(string fixture, ImportOptions? options = null) =>
        ImporterFor(fixture, options).ReadDataset([Fixtures.Source(fixture)], new DatasetId("d"));

    /// <summary>The fixture with one column of its second row (line 3, read once in each fixture) replaced, as a file in memory.</summary>
    public static ImportSource WithSecondRowColumn(string fixture, string column, string value)
    {
        var lines = Fixtures.Lines(fixture);
        var header = Fixtures.Columns(lines[0]);
        var cells = Fixtures.Columns(lines[2]);
        cells[Array.IndexOf(header, column)] = value;
        lines[2] = string.Join('\t', cells);
        return Fixtures.Text("bad.tsv", string.Join('\n', lines) + "\n");
    }
}
