using System.Collections.Immutable;

namespace NewsEvents.Interop.Acled;

/// <summary>
/// The columns of each ACLED layout, in order, as its header names them. Every column is kept, exactly as written, as
/// the event's source attribute <c>acled:</c> and the column's name (<c>acled:interaction</c>), and the values the model
/// has a place for are also read into it; the exporter writes the rows back from the attributes.
/// </summary>
public static class AcledColumns
{
    /// <summary>The prefix of ACLED's source attributes.</summary>
    public const string Prefix = "acled:";

    /// <summary>How many empty columns end each row of the legacy 2016 file (its header names none of them).</summary>
    public const int LegacyEmptyColumns = 7;

    /// <summary>The current export's columns (31), from ACLED's codebook.</summary>
    public static ImmutableArray<string> Current { get; } =
    [
        "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
        "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
        "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
        "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
    ];

    /// <summary>The legacy 2016 file's named columns (25); <see cref="LegacyEmptyColumns"/> empty ones follow.</summary>
    public static ImmutableArray<string> Legacy2016 { get; } =
    [
        "GWNO", "EVENT_ID_CNTY", "EVENT_ID_NO_CNTY", "EVENT_DATE", "YEAR", "TIME_PRECISION", "EVENT_TYPE", "ACTOR1",
        "ALLY_ACTOR_1", "INTER1", "ACTOR2", "ALLY_ACTOR_2", "INTER2", "INTERACTION", "COUNTRY", "ADMIN1", "ADMIN2",
        "ADMIN3", "LOCATION", "LATITUDE", "LONGITUDE", "GEO_PRECISION", "SOURCE", "NOTES", "FATALITIES",
    ];

    /// <summary>The named columns of <paramref name="layout"/>.</summary>
    /// <param name="layout">The layout.</param>
    /// <returns>The column names, in order.</returns>
    public static ImmutableArray<string> Of(AcledLayout layout) => layout == AcledLayout.Current ? Current : Legacy2016;

    /// <summary>The number of columns of a row of <paramref name="layout"/>, the empty ones included.</summary>
    /// <param name="layout">The layout.</param>
    /// <returns>The count.</returns>
    public static int CountOf(AcledLayout layout) => layout == AcledLayout.Current ? Current.Length : Legacy2016.Length + LegacyEmptyColumns;

    /// <summary>The header line of <paramref name="layout"/>, without its line end.</summary>
    /// <param name="layout">The layout.</param>
    /// <returns>The header.</returns>
    public static string Header(AcledLayout layout) =>
        layout == AcledLayout.Current ? string.Join(',', Current) : string.Join(',', Legacy2016) + new string(',', LegacyEmptyColumns);

    /// <summary>The position (from 0) of the column that holds <paramref name="currentName"/>'s value in <paramref name="layout"/>, or -1.</summary>
    internal static int IndexOf(AcledLayout layout, string currentName)
    {
        if (layout == AcledLayout.Current)
        {
            return Current.IndexOf(currentName);
        }

        // The legacy file names the associated actors "allies".
        var legacy = currentName.Replace("assoc_actor", "ally_actor", StringComparison.Ordinal).ToUpperInvariant();
        return Legacy2016.IndexOf(legacy);
    }
}
