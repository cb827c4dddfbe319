using System.CommandLine;
using System.Text;
using NewsEvents.Cli.Html;
using NewsEvents.Cli.Reports;
using NewsEvents.Samples;

namespace NewsEvents.Cli.Commands;

/// <summary><c>newsevents report [FILE...] -o report.html</c>: the report of a dataset as one self-contained HTML page.</summary>
internal static class ReportCommand
{
    public static Command Create(CliConsole console)
    {
        var file = new Argument<string[]>("FILE")
        {
            Description = "The datasets (.json or .jsonl), reported as their merge when there are several; without any, the embedded sample dataset (the Moscow talks on Libya, 13 January 2020).",
            Arity = ArgumentArity.ZeroOrMore,
        }.RejectOptions();
        var output = new Option<string>("--output", "-o")
        {
            Description = "The HTML file to write (- for standard output); written whole or not at all.",
            Required = true,
        };

        var command = new Command("report", "Write the report of a dataset as one HTML page that needs no network: a timeline and the actor network drawn, the claims, and each article with the words every item was taken from highlighted.")
        {
            file,
            output,
        };
        var caps = new CapsOptions(command);
        command.SetAction(result => Run(console, result.GetValue(file) ?? [], result.GetValue(output)!, caps.Of(result)));
        return command;
    }

    private static int Run(CliConsole console, string[] paths, string output, ReportCaps caps)
    {
        DatasetFiles.CheckNotAnInput(output, paths);
        var dataset = paths.Length == 0 ? SampleDatasets.MoscowTalks : DatasetFiles.LoadAll(console, paths);
        DatasetFiles.Write(console, output, stream =>
        {
            using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 64 * 1024, leaveOpen: true);
            HtmlReportWriter.Write(writer, dataset, caps);
        });
        return ExitCodes.Ok;
    }
}
