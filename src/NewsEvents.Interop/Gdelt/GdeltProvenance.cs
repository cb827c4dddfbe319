using NewsEvents.Interop.Cameo;

namespace NewsEvents.Interop.Gdelt;

/// <summary>The metadata an imported GDELT dataset records: its files and their layouts, when it was imported, the terms.</summary>
internal static class GdeltProvenance
{
    public const string Terms =
        "GDELT data is free and open for any use; cite the GDELT Project (gdeltproject.org) as its source. "
        + "The CAMEO to PLOVER table (openeventdata/PLOVER) is CC BY-SA 4.0.";

    public static DatasetMetadata Metadata(IEnumerable<(ImportSource Source, GdeltLayout Layout)> files, ImportOptions options) => new()
    {
        Description = "Imported from GDELT by NewsEvents.Interop. Evidence spans are GDELT's character offsets, approximate "
            + "(counted in the text GDELT processed, often machine-translated); only a GKG quotation's has a quote, where its length agrees. "
            + "GKG quotations are statements of an unattributed speaker: GKG does not say who spoke.",
        Coded = options.CodedNow(),
        License = Terms,
        Codebooks =
        [
            new Codebook { Name = "CAMEO", Version = "1.1b3" },
            new Codebook { Name = "CAMEO2PLOVER", Version = CameoPloverTable.Default.Version },
        ],
        SourceFiles = [.. files.Select(f => $"{f.Source.Name}: {GdeltImporter.Describe(f.Layout)}")],
    };
}
