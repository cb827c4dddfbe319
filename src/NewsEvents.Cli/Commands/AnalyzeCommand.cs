using System.CommandLine;
using NewsEvents.Cli.Reports;
using NewsEvents.Samples;

namespace NewsEvents.Cli.Commands;

/// <summary><c>newsevents analyze [FILE]</c>: the report of a dataset, for people or for scripts.</summary>
internal static class AnalyzeCommand
{
    public static Command Create(CliConsole console)
    {
        var file = new Argument<string?>("FILE")
        {
            Description = "The dataset to analyze (.json); without it, the embedded sample dataset (the Moscow talks on Libya, 13 January 2020).",
            Arity = ArgumentArity.ZeroOrOne,
        }.RejectOptions();
        var format = FormatOption.TextOrJson("The report's form");

        var command = new Command("analyze", "Print the report of a dataset (the embedded sample without FILE): counts, timeline (planned and failed events marked), actors, who said what, and the claims.")
        {
            file,
            format,
        };
        command.SetAction(result => Run(console, result.GetValue(file), result.GetValue(format)!));
        return command;
    }

    private static int Run(CliConsole console, string? path, string format)
    {
        var dataset = path is null ? SampleDatasets.MoscowTalks : DatasetFiles.Load(path);
        var report = AnalysisReportBuilder.Build(dataset);
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
