using System.CommandLine;
using System.Globalization;
using NewsEvents.Interop;
using NewsEvents.Interop.Acled;
using NewsEvents.Interop.Gdelt;
using NewsEvents.Interop.Icews;
using NewsEvents.Interop.Plover;
using NewsEvents.Interop.Polecat;
using NewsEvents.Interop.SchemaOrg;
using NewsEvents.Interop.Sources;
using NewsEvents.Streaming;

namespace NewsEvents.Cli.Commands;

/// <summary>
/// <c>newsevents import FILE… [--from gdelt|acled|polecat|plover|icews|claimreview] [-o OUT] [--lenient]</c>: event data from another dataset read into
/// NewsEvents. The source is told from the files' content unless <c>--from</c> names it, and the command says what
/// it found. Strict by default; the output file appears only when the import succeeded.
/// </summary>
internal static class ImportCommand
{
    private const string Gdelt = "gdelt";
    private const string Acled = "acled";
    private const string ClaimReview = "claimreview";
    private const string Polecat = "polecat";
    private const string Plover = "plover";
    private const string Icews = "icews";

    public static Command Create(CliConsole console)
    {
        var files = new Argument<string[]>("FILE")
        {
            Description = "The files to import, given together: GDELT events, mentions and GKG 2.1 files in any order (mentions are merged into their events), ACLED files, POLECAT weekly files, PLOVER JSON or JSON Lines files, ICEWS files, or schema.org ClaimReview JSON-LD files.",
            Arity = ArgumentArity.OneOrMore,
        }.RejectOptions();
        var from = new Option<string?>("--from")
        {
            Description = "The source dataset; without it, it is detected from the files' content.",
        };
        from.AcceptOnlyFromAmong(Gdelt, Acled, Polecat, Plover, Icews, ClaimReview);
        var output = new Option<string?>("--output", "-o")
        {
            Description = "The file to write: a name ending .json gets one dataset, any other (.jsonl) JSON Lines. Without it, JSON Lines go to standard output.",
        };
        var lenient = new Option<bool>("--lenient")
        {
            Description = "Report every bad row (or review) on standard error and import the good ones (the exit code is still 1 if any was bad).",
        };

        var command = new Command("import", "Import event data (GDELT 2.0 events and mentions, GDELT 1.0 events, GDELT GKG 2.1, ACLED, POLECAT, PLOVER, ICEWS) or fact-checks (schema.org ClaimReview) into NewsEvents.")
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
        var imported = new ImportFiles(files);
        var sources = imported.Sources;
        return (from ?? Detect(files, sources)) switch
        {
            ClaimReview => RunClaimReview(console, imported, output, lenient, detected: from is null),
            Acled => RunAcled(console, imported, output, lenient),
            Polecat => RunSource(console, imported, output, new PolecatImporter(BadRows(console, lenient)), "polecat-import"),
            Plover => RunSource(console, imported, output, new PloverImporter(BadRows(console, lenient)), "plover-import"),
            Icews => RunSource(console, imported, output, new IcewsImporter(BadRows(console, lenient)), "icews-import"),
            _ => RunGdelt(console, imported, output, lenient),
        };
    }

    // JSON-LD begins with an object or an array; GDELT's TSV rows with a number. Mixed files are refused rather than
    // read as one source: each source has its own importer.
    private static string Detect(string[] files, IReadOnlyList<ImportSource> sources)
    {
        var json = files.Where(IsJson).ToList();
        if (json.Count > 0 && json.Count < files.Length)
        {
            throw CliException.Usage($"{json[0]} is JSON and {files.First(f => !IsJson(f))} is not: import one source at a time, or name it with --from.");
        }

        return json.Count > 0 ? (All(sources, "PLOVER", s => PloverImporter.DetectFormat(s) is not null) ? Plover : ClaimReview)
            : IsAcled(sources) ? Acled
            : All(sources, "POLECAT", PolecatImporter.Detect) ? Polecat
            : All(sources, "ICEWS", IcewsImporter.Detect) ? Icews
            : Gdelt;
    }

    /// <summary>Whether every file is of the source <paramref name="name"/> (none: false; some: one import reads one source).</summary>
    private static bool All(IReadOnlyList<ImportSource> sources, string name, Func<ImportSource, bool> isOfSource)
    {
        var count = sources.Count(isOfSource);
        return count == 0 ? false
            : count == sources.Count ? true
            : throw CliException.Usage($"Some files are {name} files and some are not: import each source on its own.");
    }

    /// <summary>Whether the files have ACLED's header (all of them: one import reads one source).</summary>
    private static bool IsAcled(IReadOnlyList<ImportSource> sources)
    {
        var acled = sources.Count(s => AcledImporter.DetectLayout(s) is not null);
        return acled == 0 ? false
            : acled == sources.Count ? true
            : throw CliException.Usage("Some files are ACLED files and some are not: import each source on its own.");
    }

    private static bool IsJson(string file)
    {
        using var stream = DatasetFiles.OpenRead(file);
        Span<byte> head = stackalloc byte[3];
        var start = stream.Read(head) == 3 && head.SequenceEqual("\uFEFF"u8) ? 3 : 0;
        stream.Position = start;
        int b;
        while ((b = stream.ReadByte()) is ' ' or '\t' or '\r' or '\n')
        {
        }

        return b is '{' or '[';
    }

    private static int RunClaimReview(CliConsole console, ImportFiles files, string? output, bool lenient, bool detected)
    {
        var bad = new BadItems(console, "review");
        var import = files.Run(console, () => new ClaimReviewImporter(bad.Options(lenient)).Read(files.Sources, DatasetIdFor(output, "claimreview-import")));
        Write(console, output, () => import.Dataset, stream => JsonLinesWriter.Write(stream, JsonLinesWriter.ToRecords(import.Dataset)));

        foreach (var source in detected ? files.Sources : [])
        {
            console.Error.Write($"{NewsEventsCli.Name}: {source.Name}: detected JSON: schema.org ClaimReview\n");
        }

        foreach (var fault in import.Tolerated)
        {
            console.Error.Write($"{NewsEventsCli.Name}: tolerated: {fault}\n");
        }

        var dataset = import.Dataset;
        var verdicts = import.Reviews.Count(r => r.Verdict is not null);
        console.Error.Write(string.Create(CultureInfo.InvariantCulture,
            $"{NewsEventsCli.Name}: imported {Words.Count(import.Reviews.Length, "review")}: {Words.Count(dataset.Claims.Length - verdicts, "claim")} and {Words.Count(verdicts, "verdict")}, {Words.Count(dataset.Actors.Length, "actor")}, {Words.Count(dataset.Documents.Length, "document")} ({Words.Count(import.RepeatedReviews, "repeated review")}, {Words.Count(import.OtherNodes, "node")} of other types){bad.LeftOut()}\n"));
        return bad.ExitCode;
    }

    private static int RunGdelt(CliConsole console, ImportFiles files, string? output, bool lenient)
    {
        var bad = new BadItems(console, "row");
        var importer = new GdeltImporter(bad.Options(lenient));
        var id = DatasetIdFor(output, "gdelt-import");
        files.Run(console, () => Write(console, output, () => importer.ReadDataset(files.Sources, id), stream => importer.WriteJsonLines(files.Sources, stream, id)));

        var report = importer.Report;
        foreach (var file in report.Files.Where(f => f.Layout is not null))
        {
            console.Error.Write($"{NewsEventsCli.Name}: {file.Name}: detected {GdeltImporter.Describe(file.Layout!.Value)}, {Words.Count(file.Rows, "row")}\n");
        }

        console.Error.Write(string.Create(CultureInfo.InvariantCulture,
            $"{NewsEventsCli.Name}: imported {Words.Count(report.Events, "event")}, {Words.Count(report.Actors, "actor")}, {Words.Count(report.Documents, "document")}, {report.Evidence} evidence, {Words.Count(report.Statements, "statement")} ({Words.Count(report.RepeatedEvents, "repeated event row")}, {Words.Count(report.RepeatedMentions, "repeated mention")}, {report.UnmatchedEvidence} evidence on events known only from their mentions){Errata(report)}{bad.LeftOut()}\n"));
        return bad.ExitCode;
    }

    private static int RunAcled(CliConsole console, ImportFiles files, string? output, bool lenient)
    {
        var bad = new BadItems(console, "row");
        var importer = new AcledImporter(bad.Options(lenient));
        var id = DatasetIdFor(output, "acled-import");
        files.Run(console, () => Write(console, output, () => importer.ReadDataset(files.Sources, id), stream => importer.WriteJsonLines(files.Sources, stream, id)));

        var report = importer.Report;
        foreach (var file in report.Files.Where(f => f.Layout is not null))
        {
            console.Error.Write($"{NewsEventsCli.Name}: {file.Name}: detected {AcledImporter.Describe(file.Layout!.Value)}, {Words.Count(file.Rows, "row")}\n");
        }

        var errata = report.DatedBeforeCoverage == 0 ? string.Empty : $"; kept as given: {Words.Count(report.DatedBeforeCoverage, "event")} dated before {AcledImporter.FirstYearCovered}";
        console.Error.Write(string.Create(CultureInfo.InvariantCulture,
            $"{NewsEventsCli.Name}: imported {Words.Count(report.Events, "event")}, {Words.Count(report.Actors, "actor")}, {Words.Count(report.Documents, "document")} ({Words.Count(report.RepeatedEvents, "repeated event row")}){errata}{bad.LeftOut()}\n"));
        return bad.ExitCode;
    }

    // The POLECAT, PLOVER and ICEWS importers share their reports; each bad row was told on standard error as it came.
    private static int RunSource(CliConsole console, ImportFiles files, string? output, EventSourceImporter importer, string fallbackId)
    {
        var id = DatasetIdFor(output, fallbackId);
        files.Run(console, () => Write(console, output, () => importer.ReadDataset(files.Sources, id), stream => importer.WriteJsonLines(files.Sources, stream, id)));

        var report = importer.Report;
        foreach (var file in report.Files.Where(f => f.Format is not null))
        {
            console.Error.Write($"{NewsEventsCli.Name}: {file.Name}: detected {file.Format}, {Words.Count(file.Rows, "row")}\n");
        }

        var badRows = report.BadRows;
        console.Error.Write(string.Create(CultureInfo.InvariantCulture,
            $"{NewsEventsCli.Name}: imported {Words.Count(report.Events, "event")}, {Words.Count(report.Actors, "actor")}, {Words.Count(report.Documents, "document")}, {report.Evidence} evidence ({Words.Count(report.RepeatedEvents, "repeated event")}){(badRows > 0 ? $"; {Words.Count(badRows, "bad row")} left out" : string.Empty)}\n"));
        return badRows > 0 ? ExitCodes.InvalidData : ExitCodes.Ok;
    }

    private static ImportOptions BadRows(CliConsole console, bool lenient) => new BadItems(console, "row").Options(lenient);

    /// <summary>
    /// Writes the import: one dataset to a name ending .json, else JSON Lines. Through a temporary file renamed into
    /// place only once complete: a failed import leaves neither a partial output nor a damaged older one.
    /// </summary>
    private static void Write(CliConsole console, string? output, Func<Dataset> dataset, Action<Stream> jsonLines) =>
        DatasetFiles.Write(console, output, stream =>
        {
            if (WritesDataset(output))
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

    private static bool WritesDataset(string? output) => output is not (null or "-") && DataFormats.Of(output) == DataFormat.Dataset;

    private static DatasetId DatasetIdFor(string? output, string fallback)
    {
        var name = output is null or "-" ? string.Empty : Path.GetFileNameWithoutExtension(output);
        var id = new string([.. name.Select(c => char.IsWhiteSpace(c) || char.IsControl(c) ? '-' : c)]);
        return new DatasetId(id.Length > 0 ? id : fallback);
    }

    /// <summary>The bad rows or reviews of a lenient import: each told on standard error as it comes, then counted in the summary and the exit code.</summary>
    private sealed class BadItems(CliConsole console, string item)
    {
        private long _count;

        public int ExitCode => _count > 0 ? ExitCodes.InvalidData : ExitCodes.Ok;

        public ImportOptions Options(bool lenient) => new()
        {
            Lenient = lenient,
            Problems = problem =>
            {
                _count++;
                console.Error.Write($"{NewsEventsCli.Name}: bad {item}: {problem}\n");
            },
        };

        public string LeftOut() => _count > 0 ? $"; {Words.Count(_count, "bad " + item)} left out" : string.Empty;
    }
}
