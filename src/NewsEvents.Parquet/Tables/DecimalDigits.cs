namespace NewsEvents.Parquet.Tables;

/// <summary>
/// The decimal type of the quantity columns: 38 digits (the most DuckDB, Spark and BigQuery's BIGNUMERIC
/// hold), 10 after the point, so every integer a .NET decimal holds fits. A number with more digits after
/// the point is refused, not rounded.
/// </summary>
internal static class DecimalDigits
{
    public const int Precision = 38;

    public const int Scale = 10;

    /// <summary>Whether the column's type holds the number exactly.</summary>
    public static bool Fits(decimal value) => Math.Round(value, Scale) == value;

    /// <summary>The number with <paramref name="scale"/> digits after the point, as it was written (1.5 with 2 is 1.50).</summary>
    public static decimal WithScale(decimal value, int scale) =>
        Math.Round(value, scale) + new decimal(0, 0, 0, false, (byte)scale);
}
