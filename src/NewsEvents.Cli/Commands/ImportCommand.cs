using System.CommandLine;
using System.Globalization;
using NewsEvents.Interop;
using NewsEvents.Interop.Acled;
using NewsEvents.Interop.Gdelt;

namespace NewsEvents.Cli.Commands;

/// <summary>
/// <c>newsevents import FILE… [--from gdelt|acled] [-o OUT] [--lenient]</c>: event data from another dataset read into
/// NewsEvents. The source is told from the files' content unless <c>--from</c> names it, and the command says what
/// it found. Strict by default; the output file appears only when the import succeeded.
/// </summary>
internal static class ImportCommand
{
    private const string Gdelt = "gdelt";
    private const string Acled = "acled";

    public static Command Create(CliConsole console)
    {
        var files = new Argument<string[]>("FILE")
        {
            Description = "The files to import, given together: GDELT events and mentions files in any order (mentions are merged into their events), or ACLED files.",
            Arity = ArgumentArity.OneOrMore,
        }.RejectOptions();
        var from = new Option<string?>("--from")
        {
            Description = "The source dataset; without it, it is detected from the files' content.",
        };
        from.AcceptOnlyFromAmong(Gdelt, Acled);
        var output = new Option<string?>("--output", "-o")
        {
            Description = "The file to write: a name ending .json gets one dataset, any other (.jsonl) JSON Lines. Without it, JSON Lines go to standard output.",
        };
        var lenient = new Option<bool>("--lenient")
        {
            Description = "Report every bad row on standard error and import the good ones (the exit code is still 1 if any row was bad).",
        };

        var command = new Command("import", "Import event data (GDELT 2.0 events and mentions, GDELT 1.0 events, ACLED) into NewsEvents.")
        {
            files,
            from,
            output,
            lenient,
        };
        command.SetAction(result => Run(console, result.GetValue(files)!, result.GetValue(from), result.GetValue(output), result.GetValue(lenient)));
        return command;
    }

    private static int Run(CliConsole console, string[] files, string? from, string? output, bool lenient)
    {
        var sources = new List<ImportSource>();
        foreach (var file in files)
        {
            DatasetFiles.CheckExists(file);
            sources.Add(ImportSource.FromFile(file));
        }

        var bad = 0L;
        var options = new ImportOptions
        {
            Lenient = lenient,
            Problems = problem =>
            {
                bad++;
                console.Error.Write($"{NewsEventsCli.Name}: bad row: {problem}\n");
            },
        };
        var acled = IsAcled(sources, from);
        var id = DatasetIdFor(output, acled ? "acled-import" : "gdelt-import");
        if (acled)
        {
            return RunAcled(console, sources, options, id, output, () => bad);
        }

        var importer = new GdeltImporter(options);
        Write(console, output, () => importer.ReadDataset(sources, id), stream => importer.WriteJsonLines(sources, stream, id));

        var report = importer.Report;
        foreach (var file in report.Files.Where(f => f.Layout is not null))
        {
            console.Error.Write($"{NewsEventsCli.Name}: {file.Name}: detected {GdeltImporter.Describe(file.Layout!.Value)}, {Words.Count(file.Rows, "row")}\n");
        }

        console.Error.Write(string.Create(CultureInfo.InvariantCulture,
            $"{NewsEventsCli.Name}: imported {Words.Count(report.Events, "event")}, {Words.Count(report.Actors, "actor")}, {Words.Count(report.Documents, "document")}, {report.Evidence} evidence ({Words.Count(report.RepeatedEvents, "repeated event row")}, {Words.Count(report.RepeatedMentions, "repeated mention")}, {report.UnmatchedEvidence} evidence on events known only from their mentions){Errata(report)}{(bad > 0 ? $"; {Words.Count(bad, "bad row")} left out" : string.Empty)}\n"));
        return bad > 0 ? ExitCodes.InvalidData : ExitCodes.Ok;
    }

    /// <summary>ACLED when <c>--from acled</c> says so, or when, without it, the files have ACLED's header (all of them: one import reads one source).</summary>
    private static bool IsAcled(List<ImportSource> sources, string? from)
    {
        if (from is not null)
        {
            return from == Acled;
        }

        var acled = sources.Count(s => AcledImporter.DetectLayout(s) is not null);
        return acled == 0 ? false
            : acled == sources.Count ? true
            : throw CliException.Usage("Some files are ACLED files and some are not: import each source on its own.");
    }

    private static int RunAcled(CliConsole console, List<ImportSource> sources, ImportOptions options, DatasetId id, string? output, Func<long> bad)
    {
        var importer = new AcledImporter(options);
        Write(console, output, () => importer.ReadDataset(sources, id), stream => importer.WriteJsonLines(sources, stream, id));

        var report = importer.Report;
        foreach (var file in report.Files.Where(f => f.Layout is not null))
        {
            console.Error.Write($"{NewsEventsCli.Name}: {file.Name}: detected {AcledImporter.Describe(file.Layout!.Value)}, {Words.Count(file.Rows, "row")}\n");
        }

        var errata = report.DatedBeforeCoverage == 0 ? string.Empty : $"; kept as given: {Words.Count(report.DatedBeforeCoverage, "event")} dated before {AcledImporter.FirstYearCovered}";
        console.Error.Write(string.Create(CultureInfo.InvariantCulture,
            $"{NewsEventsCli.Name}: imported {Words.Count(report.Events, "event")}, {Words.Count(report.Actors, "actor")}, {Words.Count(report.Documents, "document")} ({Words.Count(report.RepeatedEvents, "repeated event row")}){errata}{(bad() > 0 ? $"; {Words.Count(bad(), "bad row")} left out" : string.Empty)}\n"));
        return bad() > 0 ? ExitCodes.InvalidData : ExitCodes.Ok;
    }

    /// <summary>
    /// Writes the import: one dataset to a name ending .json, else JSON Lines. Through a temporary file renamed into
    /// place only once complete: a failed import leaves neither a partial output nor a damaged older one.
    /// </summary>
    private static void Write(CliConsole console, string? output, Func<Dataset> dataset, Action<Stream> jsonLines) =>
        DatasetFiles.Write(console, output, stream =>
        {
            if (output is not (null or "-") && DataFormats.Of(output) == DataFormat.Dataset)
            {
                NewsEventsJson.Serialize(stream, dataset());
            }
            else
            {
                jsonLines(stream);
            }
        });

    private static string Errata(GdeltImportReport report) =>
        report.ZeroCoordinates + report.DatedBeforeCoverage == 0
            ? string.Empty
            : string.Create(CultureInfo.InvariantCulture, $"; kept as given: {Words.Count(report.ZeroCoordinates, "event")} placed at 0,0 and {report.DatedBeforeCoverage} dated before 1979");

    private static DatasetId DatasetIdFor(string? output, string standardOutputId)
    {
        var name = output is null or "-" ? string.Empty : Path.GetFileNameWithoutExtension(output);
        var id = new string([.. name.Select(c => char.IsWhiteSpace(c) || char.IsControl(c) ? '-' : c)]);
        return new DatasetId(id.Length > 0 ? id : standardOutputId);
    }
}
