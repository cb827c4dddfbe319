using NewsEvents.Interop.Acled;

namespace NewsEvents.Cli.Commands;

/// <summary><c>export --to acled</c>: a dataset imported from ACLED written back as one ACLED file (AcledExporter).</summary>
internal static class AcledExport
{
    private const string Source = "ACLED";

    public static int Run(CliConsole console, ExportInputs inputs, string output)
    {
        var dataset = SourceExport.Load(console, inputs);
        if (dataset.Events.IsEmpty)
        {
            throw SourceExport.NotFrom(inputs, Source, "it holds no events.");
        }

        // The file is renamed into place only when every event was written: an event ACLED cannot hold leaves nothing.
        DatasetFiles.Write(console, output, stream => SourceExport.Refusing(inputs, Source, () => AcledExporter.Write(dataset, stream)));
        return ExitCodes.Ok;
    }
}
