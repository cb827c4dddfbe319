using NewsEvents.Interop.SchemaOrg;

namespace NewsEvents.Cli.Commands;

/// <summary><c>export --to jsonld</c>: the inputs as one schema.org JSON-LD file, validated as they are read.</summary>
internal static class JsonLdExport
{
    public static int Run(CliConsole console, ExportInputs inputs, string output)
    {
        // The file is renamed into place only when the whole export succeeded, so invalid data leaves nothing behind.
        ProgressDisplay.Run(console, $"export {Path.GetFileName(output)}", inputs.TotalBytes, progress =>
        {
            DatasetFiles.Write(console, output, stream =>
            {
                try
                {
                    JsonLdExporter.WriteAsync(inputs.ReadValidatedAsync(progress), stream).GetAwaiter().GetResult();
                }
                catch (NewsEventsFormatException e)
                {
                    throw CliException.InvalidData($"{inputs.Current ?? string.Join(", ", inputs.Paths)}: {e.Message}", e);
                }
            });
            return 0;
        });
        return ExitCodes.Ok;
    }
}
