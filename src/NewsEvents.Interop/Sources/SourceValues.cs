using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace NewsEvents.Interop.Sources;

/// <summary>Reads the POLECAT, PLOVER and ICEWS values from their text, each failure a <see cref="FormatException"/> naming the field.</summary>
internal static class SourceValues
{
    private static readonly LocalDatePattern IsoDay = LocalDatePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd");

    /// <summary>A day written YYYY-MM-DD.</summary>
    public static LocalDate Day(string text, string field)
    {
        var result = IsoDay.Parse(text);
        return result.Success && text.Length == 10 ? result.Value : throw Bad(field, text, "a date written YYYY-MM-DD");
    }

    /// <summary>A number from <paramref name="min"/> to <paramref name="max"/>, written with a point.</summary>
    public static double Number(string text, string field, double min, double max) =>
        double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : throw Bad(field, text, string.Create(CultureInfo.InvariantCulture, $"a number from {min} to {max}"));

    /// <summary>The point at <paramref name="latitude"/> and <paramref name="longitude"/>; null when both are empty.</summary>
    public static GeoPoint? Point(string latitude, string longitude, string latitudeField, string longitudeField)
    {
        if (latitude.Length == 0 && longitude.Length == 0)
        {
            return null;
        }

        return new GeoPoint(
            Number(latitude, latitudeField, -90, 90),
            Number(longitude, longitudeField, -180, 180));
    }

    /// <summary>An id that is one token: not empty, no white space.</summary>
    public static string Token(string text, string field, string expected) =>
        text.Length > 0 && !text.AsSpan().ContainsAny(" \t\r\n") ? text : throw Bad(field, text, expected);

    /// <summary>The items of a list, each trimmed, the empty ones left out.</summary>
    public static string[] Split(string list, char separator) => list.Split(separator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    /// <summary>An id from a name: white space becomes '-', and a name too long for an id is cut and its stable hash added.</summary>
    public static string IdOf(string prefix, string name)
    {
        var id = prefix + string.Concat(name.Select(c => char.IsWhiteSpace(c) || char.IsControl(c) ? '-' : c));
        return id.Length <= 200 ? id : StableHash.Id(id[..160] + "-", name);
    }

    public static FormatException Bad(string field, string text, string expected) =>
        new(text.Length == 0 ? $"{field} is empty; it must be {expected}." : $"{field} is '{(text.Length <= 80 ? text : string.Concat(text.AsSpan(0, 80), "…"))}', not {expected}.");
}
