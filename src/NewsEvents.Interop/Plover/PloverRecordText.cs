using System.Text.Json;

namespace NewsEvents.Interop.Plover;

/// <summary>
/// One record of a PLOVER file as read: the line it starts on and its JSON, or why it could not be read. A record
/// that is not JSON is a bad record; in a JSON array it also ends the file (<see cref="EndsFile"/>), whose elements
/// can no longer be told apart.
/// </summary>
internal sealed record PloverRecordText(long Line, JsonDocument? Json, string? Problem, bool EndsFile = false);
