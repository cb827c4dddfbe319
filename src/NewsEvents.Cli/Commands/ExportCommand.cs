using System.CommandLine;

namespace NewsEvents.Cli.Commands;

/// <summary>
/// <c>newsevents export INPUT… --to FORMAT -o OUT</c>: the inputs, read as one dataset, written in another form.
/// Each form is one entry of <see cref="Exporters"/>.
/// </summary>
internal static class ExportCommand
{
    /// <summary>What an exporter does: writes the inputs (<see cref="ExportInputs"/>) to the output; returns the exit code.</summary>
    internal delegate int Exporter(CliConsole console, ExportInputs inputs, string output);

    /// <summary>The forms export writes, by the name <c>--to</c> takes: adding a form is adding its line.</summary>
    private static readonly Dictionary<string, (Exporter Export, string Output)> Exporters = new(StringComparer.Ordinal)
    {
        ["parquet"] = (ParquetExport.Run, "a folder of Parquet tables, one file per table (docs/parquet.md)"),
        ["jsonld"] = (JsonLdExport.Run, "one schema.org JSON-LD file (docs/jsonld.md)"),
        ["gdelt"] = (GdeltExport.Run, "data imported from GDELT written back as GDELT's TSV files, one per table it holds: the first of events, mentions and GKG to OUT, the others beside it (OUT.mentions, OUT.gkg) (docs/interop.md)"),
        ["acled"] = (AcledExport.Run, "data imported from ACLED written back as one ACLED file (docs/interop.md)"),
    };

    public static Command Create(CliConsole console)
    {
        var inputs = new Argument<string[]>("INPUT")
        {
            Description = "The data to export: .json datasets or .jsonl / .ndjson JSON Lines, read as the parts of one dataset (the first names it).",
            Arity = ArgumentArity.OneOrMore,
        }.RejectOptions();
        var to = new Option<string>("--to")
        {
            Description = "The form to write: " + string.Join("; ", Exporters.Select(e => $"{e.Key}, {e.Value.Output}")) + ".",
            Required = true,
        };
        to.AcceptOnlyFromAmong([.. Exporters.Keys]);
        var output = new Option<string>("--output", "-o")
        {
            Description = "Where to write it; written whole or not at all (an existing output of that name is replaced).",
            Required = true,
        };

        var trusted = new Option<bool>("--skip-reference-checks")
        {
            Description = "Check each record by its own rules only, not the rules that span records (references, unique ids, quotes against texts): for data already validated. It saves the reading of the inputs that sorts their ids on disk (parquet) or the memory of every id (the other forms).",
        };

        var command = new Command("export", "Export a dataset to another form: Parquet tables for DuckDB, Spark, Polars and BigQuery, schema.org JSON-LD, or back to GDELT's or ACLED's own files. The data is validated as it is read.")
        {
            inputs,
            to,
            output,
            trusted,
        };
        command.SetAction(result => Exporters[result.GetValue(to)!].Export(console, new ExportInputs(result.GetValue(inputs)!, validateAcrossRecords: !result.GetValue(trusted)), result.GetValue(output)!));
        return command;
    }
}
