using NewsEvents.Interop.SchemaOrg;
using NewsEvents.Streaming;

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
                    JsonLdExporter.WriteAsync(Validated(inputs, inputs.ReadAsync(progress)), stream).GetAwaiter().GetResult();
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

    private static async IAsyncEnumerable<JsonLinesRecord> Validated(ExportInputs inputs, IAsyncEnumerable<JsonLinesRecord> records)
    {
        var validator = inputs.ValidateAcrossRecords ? new JsonLinesValidator() : null;
        await foreach (var record in records.ConfigureAwait(false))
        {
            validator?.Add(record);
            yield return record;
        }

        if (validator?.Complete() is { IsValid: false } report)
        {
            throw DatasetFiles.NotValid(string.Join(", ", inputs.Paths), report, string.Join(" ", inputs.Paths));
        }
    }
}
