using System.CommandLine;
using NewsEvents.Streaming;
using NewsEvents.Validation;

namespace NewsEvents.Cli.Commands;

/// <summary><c>newsevents convert INPUT OUTPUT</c>: a dataset between its two forms, one JSON document and JSON Lines.</summary>
internal static class ConvertCommand
{
    public static Command Create(CliConsole console)
    {
        var input = new Argument<string>("INPUT")
        {
            Description = "The dataset to read: .json, or .jsonl / .ndjson (JSON Lines starting with a header line).",
        }.RejectOptions();
        var output = new Argument<string>("OUTPUT")
        {
            Description = "The file to write, its form told by its name the same way; - writes JSON Lines to standard output.",
        }.RejectOptions();

        var command = new Command("convert", "Convert a dataset between one JSON document (.json) and JSON Lines (.jsonl); the input is validated first.")
        {
            input,
            output,
        };
        command.SetAction(result => Run(console, result.GetValue(input)!, result.GetValue(output)!));
        return command;
    }

    private static int Run(CliConsole console, string input, string output)
    {
        DatasetFiles.CheckNotAnInput(output, [input]);
        if (output != "-" && DataFormats.Of(input) == DataFormat.Dataset && DataFormats.Of(output) == DataFormat.JsonLines)
        {
            return ToJsonLines(console, input, output);
        }

        var dataset = DatasetFiles.Load(console, input);
        var writing = $"Writing {Path.GetFileName(output)}";
        if (output != "-" && DataFormats.Of(output) == DataFormat.Dataset)
        {
            ProgressDisplay.Run(console, writing, () => DatasetFiles.Write(console, output, stream => NewsEventsJson.Serialize(stream, dataset)));
        }
        else
        {
            var records = 1L + dataset.Documents.Length + dataset.Actors.Length + dataset.Events.Length + dataset.Statements.Length + dataset.Claims.Length + dataset.Relations.Length;
            ProgressDisplay.Run(console, writing, records, progress =>
                DatasetFiles.Write(console, output, stream => JsonLinesWriter.Write(stream, ProgressDisplay.Counted(JsonLinesWriter.ToRecords(dataset), progress))));
        }

        return ExitCodes.Ok;
    }

    /// <summary>
    /// A dataset document to a JSON Lines file in flat memory: each record written as the pass that checks it
    /// reads it (<see cref="DatasetValidator.ValidateDocument"/>), to a temporary file that becomes the output
    /// only when the dataset proves valid. (Standard output, which cannot be taken back, gets a dataset read whole
    /// and validated first.)
    /// </summary>
    private static int ToJsonLines(CliConsole console, string input, string output)
    {
        using var file = DatasetFiles.OpenToReadAgain(input);
        ProgressDisplay.RunSteps(console, $"Converting {Path.GetFileName(input)}", (ValidateCommand.ReadingsInFlatMemory + 1) * file.Length, advance =>
            DatasetFiles.Write(console, output, stream =>
            {
                using var read = new ProgressStream(file, advance);
                DatasetFiles.Reading(input, () =>
                {
                    NewsEventsJson.ThrowIfInvalid(DatasetValidator.ValidateDocument(read, onRecord: record => stream.Write(JsonLinesWriter.ToUtf8Line(record))));
                    return true;
                });
            }));
        return ExitCodes.Ok;
    }
}
