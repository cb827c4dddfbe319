using System.Collections.Immutable;

namespace NewsEvents.Interop.Icews;

/// <summary>
/// The columns of an ICEWS coded event file (Harvard Dataverse doi:10.7910/DVN/28075), in order, as its header names
/// them. Every column is kept, exactly as written, as the event's source attribute <c>icews:</c> and the column's name
/// with its spaces written <c>_</c> (<c>icews:Event_ID</c>); the values the model has a place for are also read into it.
/// </summary>
public static class IcewsColumns
{
    /// <summary>The prefix of ICEWS's source attributes.</summary>
    public const string Prefix = "icews:";

    /// <summary>The columns (20).</summary>
    public static ImmutableArray<string> All { get; } =
    [
        "Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country", "Event Text", "CAMEO Code", "Intensity",
        "Target Name", "Target Sectors", "Target Country", "Story ID", "Sentence Number", "Publisher", "City", "District",
        "Province", "Country", "Latitude", "Longitude",
    ];

    /// <summary>The source attribute that keeps <paramref name="column"/>: <c>icews:</c> and its name, spaces written <c>_</c>.</summary>
    /// <param name="column">A column name as the header spells it.</param>
    /// <returns>The attribute's name.</returns>
    public static string AttributeName(string column)
    {
        ArgumentNullException.ThrowIfNull(column);
        return IcewsImporter.Layout.AttributeName(column);
    }
}
