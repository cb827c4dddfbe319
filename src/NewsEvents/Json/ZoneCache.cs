using System.Text;
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

    /// <summary>The zone whose id is <paramref name="utf8Id"/> (unescaped), if it was met before.</summary>
    public DateTimeZone? Find(ReadOnlySpan<byte> utf8Id)
    {
        foreach (var (known, zone) in Volatile.Read(ref _zones))
        {
            if (utf8Id.SequenceEqual(known))
            {
                return zone;
            }
        }

        return null;
    }

    /// <summary>Looks <paramref name="id"/> up in tzdb, remembering it when <paramref name="cache"/>; null when tzdb has no such zone.</summary>
    public DateTimeZone? Add(string id, bool cache)
    {
        var found = DateTimeZoneProviders.Tzdb.GetZoneOrNull(id);
        var known = Volatile.Read(ref _zones);
        if (found is not null && cache && known.Length < Capacity)
        {
            // Two threads adding at once may lose one entry; it is found as text next time.
            Volatile.Write(ref _zones, [.. known, (Encoding.UTF8.GetBytes(id), found)]);
        }

        return found;
    }
}
