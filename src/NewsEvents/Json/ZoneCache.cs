using System.Text;
using System.Text.Json;
using NodaTime;

namespace NewsEvents.Json;

/// <summary>
/// The time zones a reader has met, by the UTF-8 bytes of their ids: a dataset names a handful of
/// zones thousands of times, and this finds each without making a string or hashing one.
/// </summary>
internal sealed class ZoneCache
{
    // Few zones recur; past this many the cache stops growing and ids are looked up as text.
    private const int Capacity = 32;

    // Replaced whole, never changed in place, so readers on other threads see a complete array.
    private (byte[] Utf8Id, DateTimeZone Zone)[] _zones = [];

    /// <summary>Reads the string token at the reader as a tzdb zone id; throws <see cref="JsonException"/> when it is not one.</summary>
    public DateTimeZone Read(ref FastJsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException("A zone is a string.");
        }

        var plain = !reader.ValueIsEscaped;
        if (plain)
        {
            var id = reader.ValueSpan;
            foreach (var (utf8Id, zone) in Volatile.Read(ref _zones))
            {
                if (id.SequenceEqual(utf8Id))
                {
                    return zone;
                }
            }
        }

        var text = reader.GetString();
        var found = DateTimeZoneProviders.Tzdb.GetZoneOrNull(text) ?? throw new JsonException($"'{text}' is not a tzdb zone id.");
        var known = Volatile.Read(ref _zones);
        if (plain && known.Length < Capacity)
        {
            // Two threads adding at once may lose one entry; it is found as text next time.
            Volatile.Write(ref _zones, [.. known, (Encoding.UTF8.GetBytes(text), found)]);
        }

        return found;
    }
}
