using System.CommandLine;
using NewsEvents.Cli.Reports;
using NewsEvents.Samples;

namespace NewsEvents.Cli.Commands;

/// <summary><c>newsevents analyze [FILE...]</c>: the report of a dataset (or of the merge of several), for people or for scripts.</summary>
internal static class AnalyzeCommand
{
    public static Command Create(CliConsole console)
    {
        var file = new Argument<string[]>("FILE")
        {
            Description = "The datasets to analyze (.json or .jsonl), analyzed as their merge when there are several; without any, the embedded sample dataset (the Moscow talks on Libya, 13 January 2020).",
            Arity = ArgumentArity.ZeroOrMore,
        }.RejectOptions();
        var format = FormatOption.TextOrJson("The report's form");
        var top = new Option<int?>("--top")
        {
            Description = $"Show at most N items of every section (by default sections of up to {ReportCaps.Default.ShownWholeUpTo} items are shown whole and longer ones cut to {ReportCaps.DefaultTop}), those that matter most first: the most active actors, the most contested claims, the disputed figures.",
            HelpName = "N",
        };
        top.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int?>() is < 1)
            {
                result.AddError("--top takes a number of items of at least 1.");
            }
        });
        var full = new Option<bool>("--full")
        {
            Description = "Show every section whole, however long (the report of a large dataset is then as large as the data).",
        };

        var command = new Command("analyze", "Print the report of a dataset (the embedded sample without FILE): counts, timeline (planned and failed events marked) with events per month and the most-reported and upcoming events, actors, who said what, and the claims.")
        {
            file,
            format,
            top,
            full,
        };
        command.Validators.Add(result =>
        {
            if (result.GetResult(top) is not null && result.GetResult(full) is not null)
            {
                result.AddError("--top and --full cannot be used together: --full shows every item.");
            }
        });
        command.SetAction(result => Run(
            console,
            result.GetValue(file) ?? [],
            result.GetValue(format)!,
            result.GetValue(full) ? ReportCaps.Full : result.GetValue(top) is { } n ? ReportCaps.TopOf(n) : ReportCaps.Default));
        return command;
    }

    private static int Run(CliConsole console, string[] paths, string format, ReportCaps caps)
    {
        var dataset = paths.Length == 0 ? SampleDatasets.MoscowTalks : DatasetFiles.LoadAll(console, paths);
        var report = AnalysisReportBuilder.Build(dataset);
        if (format == "json")
        {
            JsonReportWriter.Write(console.Out, report, caps);
        }
        else
        {
            TextReportWriter.Write(console.Out, report, caps);
        }

        return ExitCodes.Ok;
    }
}
