using System.CommandLine;
using NewsEvents.Merging;
using NewsEvents.Streaming;

namespace NewsEvents.Cli.Commands;

/// <summary><c>newsevents merge INPUT... -o OUTPUT</c>: datasets merged into one (see <see cref="DatasetMerger"/> for the rules).</summary>
/// <remarks>
/// JSON Lines output is streamed: JSON Lines inputs are read twice (their ids, then their records)
/// and never held, dataset documents are read once and held. A dataset document output is made in memory.
/// </remarks>
internal static class MergeCommand
{
    public static Command Create(CliConsole console)
    {
        var inputs = new Argument<string[]>("INPUT")
        {
            Description = "The datasets to merge (.json or .jsonl), in the order their items are to come.",
            Arity = ArgumentArity.OneOrMore,
        }.RejectOptions();
        var output = new Option<string>("--output", "-o")
        {
            Description = "The file to write: .json gets one dataset, .jsonl (or -, standard output) JSON Lines, streamed. It must not be one of the inputs.",
            Required = true,
            HelpName = "FILE",
        };
        var linkActors = new Option<bool>("--link-actors")
        {
            Description = "Make one actor of actors of different inputs that share a Wikidata or CAMEO actor code (otherwise actors of different inputs stay apart).",
        };
        var id = new Option<string?>("--id")
        {
            Description = "The merged dataset's id (by default the inputs' ids joined by +).",
            HelpName = "ID",
        };
        id.Validators.Add(result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
            try
            {
                _ = new DatasetId(text);
            }
            catch (ArgumentException)
            {
                result.AddError($"--id must be a dataset id (1 to 256 characters, no white space), not '{text}'.");
            }
        });
        var title = new Option<string?>("--title")
        {
            Description = "The merged dataset's title (by default the inputs' titles joined by +).",
            HelpName = "TEXT",
        };

        var command = new Command("merge", "Merge datasets into one: everything of each input kept, ids that collide prefixed with their dataset's id (dataset/id), each input's metadata kept.")
        {
            inputs,
            output,
            linkActors,
            id,
            title,
        };
        command.SetAction(result => Run(
            console,
            result.GetValue(inputs)!,
            result.GetValue(output)!,
            new DatasetMergeOptions
            {
                Id = result.GetValue(id) is { } text ? new DatasetId(text) : null,
                Title = string.IsNullOrWhiteSpace(result.GetValue(title)) ? null : result.GetValue(title),
                LinkActors = result.GetValue(linkActors),
            }));
        return command;
    }

    private static int Run(CliConsole console, string[] inputs, string output, DatasetMergeOptions options)
    {
        foreach (var input in inputs)
        {
            DatasetFiles.CheckExists(input);
        }

        DatasetFiles.CheckNotAnInput(output, inputs);

        // A merge into JSON Lines reads each JSON Lines input twice (its ids, then its records); every other input is read once.
        var toDataset = output != "-" && DataFormats.Of(output) == DataFormat.Dataset;
        var total = inputs.Sum(i => new FileInfo(i).Length * (!toDataset && DataFormats.Of(i) == DataFormat.JsonLines ? 2 : 1));
        ProgressDisplay.RunSteps(console, "Merging", total, advance =>
        {
            try
            {
                if (toDataset)
                {
                    var merged = DatasetMerger.Merge([.. inputs.Select(i => DatasetFiles.Load(i, advance: advance))], options);
                    DatasetFiles.Write(console, output, stream => NewsEventsJson.Serialize(stream, merged));
                }
                else
                {
                    var records = DatasetMerger.MergeRecords([.. inputs.Select(i => DatasetFiles.Records(i, advance))], options);
                    DatasetFiles.Write(console, output, stream => JsonLinesWriter.Write(stream, records));
                }
            }
            catch (NewsEventsFormatException e)
            {
                throw CliException.InvalidData($"{string.Join(", ", inputs)}: cannot be merged: {e.Message}", e);
            }
        });
        return ExitCodes.Ok;
    }
}
