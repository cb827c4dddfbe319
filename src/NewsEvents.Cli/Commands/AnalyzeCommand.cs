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
        var command = new Command("analyze", "Print the report of a dataset (the embedded sample without FILE): counts, timeline (planned and failed events marked) with events per month and the most-reported and upcoming events, actors, who said what, and the claims.")
        {
            file,
            format,
        };
        var caps = new CapsOptions(command);
        command.SetAction(result => Run(console, result.GetValue(file) ?? [], result.GetValue(format)!, caps.Of(result)));
        return command;
    }

    private static int Run(CliConsole console, string[] paths, string format, ReportCaps caps)
    {
        var dataset = paths.Length == 0 ? SampleDatasets.MoscowTalks : DatasetFiles.LoadAll(console, paths);
        var report = AnalysisReportBuilder.Build(dataset, caps);
        if (format == "json")
        {
            JsonReportWriter.Write(console.Out, report);
        }
        else
        {
            TextReportWriter.Write(console.Out, report);
        }

        return ExitCodes.Ok;
    }
}
