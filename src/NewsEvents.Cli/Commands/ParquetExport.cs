using NewsEvents.Parquet;
using NewsEvents.Streaming;

namespace NewsEvents.Cli.Commands;

/// <summary><c>export --to parquet</c>: the inputs as a folder of Parquet tables, in bounded memory.</summary>
internal static class ParquetExport
{
    public static int Run(CliConsole console, ExportInputs inputs, string output)
    {
        // The rules that span records are checked in memory that does not grow with the inputs: they are read
        // once to sort their ids on disk (in TMPDIR), then again to check and write each record. The package
        // writes the tables into a folder beside the output and renames it into place when complete.
        var passes = inputs.ValidateAcrossRecords ? ValidateCommand.ReadingsInFlatMemory : 1;
        ProgressDisplay.Run(console, $"export {Path.GetFileName(output)}", passes * inputs.TotalBytes, progress =>
        {
            var pass = 0;
            IAsyncEnumerable<JsonLinesRecord> Read()
            {
                // A third reading, which names a speaker for a message, counts as the last pass.
                var before = Math.Min(pass++, passes - 1) * inputs.TotalBytes;
                return inputs.ReadAsync(read => progress(before + read));
            }

            try
            {
                return NewsEventsParquet.WriteAsync(Read, output, new ParquetExportOptions { ValidateAcrossRecords = inputs.ValidateAcrossRecords }).GetAwaiter().GetResult();
            }
            catch (NewsEventsFormatException e)
            {
                throw CliException.InvalidData($"{inputs.Current ?? string.Join(", ", inputs.Paths)}: {e.Message}", e);
            }
        });
        return ExitCodes.Ok;
    }
}
