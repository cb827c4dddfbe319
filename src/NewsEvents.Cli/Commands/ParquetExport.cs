using NewsEvents.Parquet;

namespace NewsEvents.Cli.Commands;

/// <summary><c>export --to parquet</c>: the inputs as a folder of Parquet tables, in bounded memory.</summary>
internal static class ParquetExport
{
    public static int Run(CliConsole console, ExportInputs inputs, string output)
    {
        // The package writes the tables into a folder beside the output and renames it into place when complete.
        ProgressDisplay.Run(console, $"export {Path.GetFileName(output)}", inputs.TotalBytes, progress =>
        {
            try
            {
                return NewsEventsParquet.WriteAsync(inputs.ReadAsync(progress), output, new ParquetExportOptions { ValidateAcrossRecords = inputs.ValidateAcrossRecords }).GetAwaiter().GetResult();
            }
            catch (NewsEventsFormatException e)
            {
                throw CliException.InvalidData($"{inputs.Current ?? string.Join(", ", inputs.Paths)}: {e.Message}", e);
            }
        });
        return ExitCodes.Ok;
    }
}
