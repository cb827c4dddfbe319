using System.Collections.Immutable;

namespace NewsEvents.Interop.Polecat;

/// <summary>
/// The columns of a POLECAT weekly file (Harvard Dataverse doi:10.7910/DVN/AJGVIT), in order, as its header names them.
/// Every column is kept, exactly as written, as the event's source attribute <c>polecat:</c> and the column's name
/// with its spaces written <c>_</c> (<c>polecat:Event_ID</c>); the values the model has a place for are also read into it.
/// </summary>
public static class PolecatColumns
{
    /// <summary>The prefix of POLECAT's source attributes.</summary>
    public const string Prefix = "polecat:";

    /// <summary>The separator of the columns that hold lists (actors, recipients, modes, contexts).</summary>
    public const char ListSeparator = ';';

    /// <summary>The columns (40).</summary>
    public static ImmutableArray<string> All { get; } =
    [
        "Event ID", "Event Date", "Event Type", "Event Mode", "Intensity", "Quad Code", "Contexts",
        "Actor Name", "Actor Country", "Actor COW", "Primary Actor Sector", "Actor Sectors", "Actor Title", "Actor Name Raw", "Wikipedia Actor ID",
        "Recipient Name", "Recipient Country", "Recipient COW", "Primary Recipient Sector", "Recipient Sectors", "Recipient Title", "Recipient Name Raw", "Wikipedia Recipient ID",
        "Placename", "City", "District", "Province", "Country", "Latitude", "Longitude", "GeoNames ID", "Raw Placename", "Feature Type",
        "Source", "Publication Date", "Story People", "Story Organizations", "Story Locations", "Language", "Version",
    ];

    /// <summary>The other spelling some releases give a column: "Event Intensity" for "Intensity".</summary>
    public static IReadOnlyDictionary<string, string> OtherSpellings { get; } = new Dictionary<string, string>(StringComparer.Ordinal) { ["Intensity"] = "Event Intensity" };

    /// <summary>The source attribute that keeps <paramref name="column"/>: <c>polecat:</c> and its name as the file's header spells it, spaces written <c>_</c>.</summary>
    /// <param name="column">A column name as the header spells it.</param>
    /// <returns>The attribute's name.</returns>
    public static string AttributeName(string column)
    {
        ArgumentNullException.ThrowIfNull(column);
        return PolecatImporter.Layout.AttributeName(column);
    }
}
