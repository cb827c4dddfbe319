namespace NewsEvents.Interop.Plover;

/// <summary>How a file holds PLOVER records.</summary>
public enum PloverFormat
{
    /// <summary>One JSON array of record objects (the gold-standard records' file).</summary>
    JsonArray,

    /// <summary>JSON Lines: one record object per line (the format the PLOVER manual recommends).</summary>
    JsonLines,
}
