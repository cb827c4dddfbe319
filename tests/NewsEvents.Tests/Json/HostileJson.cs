namespace NewsEvents.Tests.Json;

/// <summary>A valid dataset in JSON, one member a line, from which the hostile examples are made by replacing text.</summary>
internal static class HostileJson
{
    public const string Valid = """
        {
          "schemaVersion": "1.0",
          "id": "ds",
          "documents": [
            { "id": "d0", "url": "https://example.org/a", "language": "en", "text": "😀 Haftar left." }
          ],
          "actors": [
            { "id": "a0", "kind": "person", "name": "Haftar", "country": "LY", "codes": [ { "scheme": "cameo", "value": "046" } ], "evidence": [ { "document": "d0", "start": 2, "end": 8, "quote": "Haftar" } ] },
            { "id": "a1", "kind": "state", "name": "Libya" }
          ],
          "events": [
            { "id": "e0", "type": "meeting", "status": "occurred", "place": { "name": "Moscow", "coordinates": { "latitude": 55.75, "longitude": 37.62 } }, "time": { "value": "2020-01", "zone": "Europe/Moscow" }, "participants": [ { "actor": "a0", "role": "host" } ], "quantities": [ { "kind": "killed", "value": 12.50, "qualifier": "atLeast" } ] }
          ],
          "statements": [
            { "id": "s0", "speaker": "a0", "channel": "toldReporters", "mode": "directQuote", "content": "We will continue" }
          ],
          "claims": [
            { "id": "c0", "claimant": "a0", "proposition": "Haftar left", "polarity": "positive", "certainty": "certain", "about": { "events": [ "e0" ] } }
          ],
          "relations": [
            { "id": "r0", "type": "leads", "source": "a0", "target": "a1" }
          ]
        }
        """;

    /// <summary>The valid JSON with <paramref name="find"/> replaced (it must occur exactly once).</summary>
    public static string Replace(string find, string replacement)
    {
        var at = Valid.IndexOf(find, StringComparison.Ordinal);
        if (at < 0 || Valid.IndexOf(find, at + 1, StringComparison.Ordinal) >= 0)
        {
            throw new ArgumentException($"'{find}' must occur exactly once in the valid JSON.", nameof(find));
        }

        return string.Concat(Valid.AsSpan(0, at), replacement, Valid.AsSpan(at + find.Length));
    }
}
