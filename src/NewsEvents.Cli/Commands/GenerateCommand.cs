using System.CommandLine;
using System.Globalization;
using NewsEvents.Generation;
using NewsEvents.Streaming;

namespace NewsEvents.Cli.Commands;

/// <summary><c>newsevents generate --events N [--seed S] [-o FILE]</c>: the library's synthetic data, as JSON Lines or as one dataset.</summary>
/// <remarks>
/// JSON Lines are streamed as they are made, in memory that does not grow with the count. One
/// dataset document (<c>.json</c>) lists each kind of item together, so the dataset is made in
/// memory first and then written in pieces: its size is capped at <see cref="MaxDatasetEvents"/>.
/// </remarks>
internal static class GenerateCommand
{
    /// <summary>
    /// The most events written as one dataset document: about 1.85 GB of JSON (2.8 KB an event), which
    /// the tool's other commands still read back whole (under 2 GiB) and the generator holds in about 2.5 GB.
    /// </summary>
    public const int MaxDatasetEvents = 650_000;

    public static Command Create(CliConsole console)
    {
        var events = new Option<int>("--events", "-n")
        {
            Description = "How many events to make; documents, actors, statements, claims and relations follow from it.",
            Required = true,
            HelpName = "N",
        };
        events.CustomParser = result =>
        {
            var text = result.Tokens.Count == 0 ? string.Empty : result.Tokens[0].Value;
            if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var count) || count < 0)
            {
                result.AddError($"--events must be a whole number of events, 0 or more, not '{text}'.");
            }

            return count;
        };
        var seed = new Option<int>("--seed", "-s")
        {
            Description = "The seed: the same seed and size give the same data, byte for byte.",
            DefaultValueFactory = _ => 1,
            HelpName = "S",
        };
        var output = new Option<string?>("--output", "-o")
        {
            Description = string.Create(CultureInfo.InvariantCulture, $"The file to write: a name ending .json gets one dataset (at most {MaxDatasetEvents:N0} events), any other name (.jsonl, /dev/null) JSON Lines, streamed. Without it, JSON Lines go to standard output."),
            HelpName = "FILE",
        };

        var command = new Command("generate", "Make synthetic news-event data (realistic shapes, invented content) for tests and benchmarks.")
        {
            events,
            seed,
            output,
        };
        command.SetAction(result => Run(console, result.GetValue(events), result.GetValue(seed), result.GetValue(output)));
        return command;
    }

    private static int Run(CliConsole console, int events, int seed, string? path)
    {
        var generator = new SyntheticDatasetGenerator(seed, SyntheticDatasetOptions.ForEvents(events));
        if (path is not null && IsDatasetName(path))
        {
            if (events > MaxDatasetEvents)
            {
                throw CliException.Usage(string.Create(CultureInfo.InvariantCulture,
                    $"--events {events} is too many for one dataset document ({path}): at most {MaxDatasetEvents:N0} events fit in a .json file the tool reads back; write JSON Lines (a .jsonl name), which stream any number."));
            }

            ProgressDisplay.Run(console, $"Generating {Path.GetFileName(path)}", () =>
            {
                var dataset = generator.GenerateDataset();
                DatasetFiles.Write(console, path, stream => NewsEventsJson.Serialize(stream, dataset));
            });
        }
        else
        {
            // The events are counted: the other records follow from them.
            ProgressDisplay.Run(console, $"Generating {(path is null or "-" ? "events" : Path.GetFileName(path))}", events, progress =>
            {
                long made = 0;
                DatasetFiles.Write(console, path, stream => JsonLinesWriter.Write(stream, generator.GenerateRecords().Select(r =>
                {
                    if (r.Kind == JsonLinesRecordKind.Event && (++made & 1023) == 0)
                    {
                        progress(made);
                    }

                    return r;
                })));
                return made;
            });
        }

        return ExitCodes.Ok;
    }

    /// <summary>Whether the name asks for one dataset document (it ends .json); any other gets JSON Lines, streamed.</summary>
    private static bool IsDatasetName(string path) => Path.GetExtension(path).Equals(".json", StringComparison.OrdinalIgnoreCase);
}
