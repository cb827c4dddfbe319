using System.Collections.Frozen;

namespace NewsEvents.Parquet.Tables;

/// <summary>An enumeration's values by the names the JSON format gives them ("holdsOffice"), the names the tables hold.</summary>
internal static class FormatNames<TEnum>
    where TEnum : struct, Enum
{
    private static readonly FrozenDictionary<string, TEnum> ByName =
        Enum.GetValues<TEnum>().ToFrozenDictionary(v => NewsEventsJson.NameOf(v), StringComparer.Ordinal);

    public static string List { get; } = string.Join(", ", ByName.Keys.Order(StringComparer.Ordinal));

    public static string NameOf(TEnum value) => NewsEventsJson.NameOf(value);

    public static bool TryParse(string name, out TEnum value) => ByName.TryGetValue(name, out value);
}
