using System.CommandLine;
using System.Globalization;
using NewsEvents.Interop;
using NewsEvents.Interop.Gdelt;

namespace NewsEvents.Cli.Commands;

/// <summary>
/// <c>newsevents import FILE… [--from gdelt] [-o OUT] [--lenient]</c>: event data from another dataset read into
/// NewsEvents. The source is told from the files' content unless <c>--from</c> names it, and the command says what
/// it found. Strict by default; the output file appears only when the import succeeded.
/// </summary>
internal static class ImportCommand
{
    private const string Gdelt = "gdelt";

    public static Command Create(CliConsole console)
    {
        var files = new Argument<string[]>("FILE")
        {
            Description = "The files to import, given together: GDELT events and mentions files in any order (mentions are merged into their events).",
            Arity = ArgumentArity.OneOrMore,
        }.RejectOptions();
        var from = new Option<string?>("--from")
        {
            Description = "The source dataset; without it, it is detected from the files' content.",
        };
        from.AcceptOnlyFromAmong(Gdelt);
        var output = new Option<string?>("--output", "-o")
        {
            Description = "The file to write: a name ending .json gets one dataset, any other (.jsonl) JSON Lines. Without it, JSON Lines go to standard output.",
        };
        var lenient = new Option<bool>("--lenient")
        {
            Description = "Report every bad row on standard error and import the good ones (the exit code is still 1 if any row was bad).",
        };

        var command = new Command("import", "Import event data (GDELT 2.0 events and mentions, GDELT 1.0 events) into NewsEvents.")
        {
            files,
            from,
            output,
            lenient,
        };
        command.SetAction(result => Run(console, result.GetValue(files)!, result.GetValue(output), result.GetValue(lenient)));
        return command;
    }

    private static int Run(CliConsole console, string[] files, string? output, bool lenient)
    {
        var sources = new List<ImportSource>();
        foreach (var file in files)
        {
            DatasetFiles.CheckExists(file);
            sources.Add(ImportSource.FromFile(file));
        }

        var bad = 0L;
        var importer = new GdeltImporter(new ImportOptions
        {
            Lenient = lenient,
            Problems = problem =>
            {
                bad++;
                console.Error.Write($"{NewsEventsCli.Name}: bad row: {problem}\n");
            },
        });
        var id = DatasetIdFor(output);
        // Through a temporary file renamed into place only once complete: a failed import leaves neither a
        // partial output nor a damaged older one.
        DatasetFiles.Write(console, output, stream =>
        {
            if (output is not (null or "-") && DataFormats.Of(output) == DataFormat.Dataset)
            {
                NewsEventsJson.Serialize(stream, importer.ReadDataset(sources, id));
            }
            else
            {
                importer.WriteJsonLines(sources, stream, id);
            }
        });

        var report = importer.Report;
        foreach (var file in report.Files.Where(f => f.Layout is not null))
        {
            console.Error.Write($"{NewsEventsCli.Name}: {file.Name}: detected {GdeltImporter.Describe(file.Layout!.Value)}, {Words.Count(file.Rows, "row")}\n");
        }

        console.Error.Write(string.Create(CultureInfo.InvariantCulture,
            $"{NewsEventsCli.Name}: imported {Words.Count(report.Events, "event")}, {Words.Count(report.Actors, "actor")}, {Words.Count(report.Documents, "document")}, {report.Evidence} evidence ({Words.Count(report.RepeatedEvents, "repeated event row")}, {Words.Count(report.RepeatedMentions, "repeated mention")}, {report.UnmatchedEvidence} evidence on events known only from their mentions){Errata(report)}{(bad > 0 ? $"; {Words.Count(bad, "bad row")} left out" : string.Empty)}\n"));
        return bad > 0 ? ExitCodes.InvalidData : ExitCodes.Ok;
    }

    private static string Errata(GdeltImportReport report) =>
        report.ZeroCoordinates + report.DatedBeforeCoverage == 0
            ? string.Empty
            : string.Create(CultureInfo.InvariantCulture, $"; kept as given: {Words.Count(report.ZeroCoordinates, "event")} placed at 0,0 and {report.DatedBeforeCoverage} dated before 1979");

    private static DatasetId DatasetIdFor(string? output)
    {
        var name = output is null or "-" ? string.Empty : Path.GetFileNameWithoutExtension(output);
        var id = new string([.. name.Select(c => char.IsWhiteSpace(c) || char.IsControl(c) ? '-' : c)]);
        return new DatasetId(id.Length > 0 ? id : "gdelt-import");
    }
}
