namespace NewsEvents.Cli;

/// <summary>The two forms of NewsEvents data files, told apart by their extension.</summary>
internal enum DataFormat
{
    /// <summary>One dataset as one JSON document (<c>.json</c>, and any other extension).</summary>
    Dataset,

    /// <summary>JSON Lines: one record a line (<c>.jsonl</c>, <c>.ndjson</c>).</summary>
    JsonLines,
}
