namespace NewsEvents.Cli;

/// <summary>Tells the format of a file from its name.</summary>
internal static class DataFormats
{
    public static DataFormat Of(string path) =>
        Path.GetExtension(path).ToUpperInvariant() is ".JSONL" or ".NDJSON" ? DataFormat.JsonLines : DataFormat.Dataset;
}
