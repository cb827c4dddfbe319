using NewsEvents.Streaming;

namespace NewsEvents.Cli.Commands;

/// <summary>
/// What the exports back to a source dataset (<c>--to gdelt</c>, <c>--to acled</c>) share: the inputs read whole as
/// one validated dataset, since the source's layouts are written from every item at once; and an item the source's
/// layout cannot hold (it was not imported from that source, or lost a column) refused in one line, before any
/// output takes its place.
/// </summary>
internal static class SourceExport
{
    /// <summary>The inputs, the parts of one dataset, read and validated as every export reads them, gathered into the dataset.</summary>
    /// <exception cref="CliException">A part is not valid (with its file), or the parts name different datasets.</exception>
    public static Dataset Load(CliConsole console, ExportInputs inputs) =>
        ProgressDisplay.Run(console, $"Reading {Path.GetFileName(inputs.Paths[0])}", inputs.TotalBytes, progress =>
        {
            try
            {
                return JsonLinesReader.ToDataset(inputs.ReadValidatedAsync(progress).ToBlockingEnumerable(), validate: false);
            }
            catch (NewsEventsFormatException e)
            {
                throw CliException.InvalidData($"{inputs.Current ?? string.Join(", ", inputs.Paths)}: {e.Message}", e);
            }
        });

    /// <summary>Runs <paramref name="write"/>, turning the exporter's refusal of an item into the one-line error of invalid data.</summary>
    public static T Refusing<T>(ExportInputs inputs, string source, Func<T> write)
    {
        try
        {
            return write();
        }
        catch (ArgumentException e)
        {
            throw NotFrom(inputs, source, e.Message);
        }
    }

    /// <summary>The error for data that cannot be written back to <paramref name="source"/>, with what is wrong.</summary>
    public static CliException NotFrom(ExportInputs inputs, string source, string reason) =>
        CliException.InvalidData($"{string.Join(", ", inputs.Paths)}: cannot be written as {source} rows: {reason} Only data imported from {source} (newsevents import) can be written back to it.");
}
