using System.CommandLine;
using System.Globalization;
using System.Text;
using NewsEvents.Anchoring;
using NewsEvents.Streaming;

namespace NewsEvents.Cli.Commands;

/// <summary>
/// <c>newsevents evidence find TEXTFILE QUOTE...</c> and <c>newsevents evidence repair DATASET -o OUT</c>:
/// evidence offsets in code points without counting them by hand.
/// </summary>
internal static class EvidenceCommand
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static Command Create(CliConsole console) =>
        new("evidence", "Find quotes in an article's text as evidence offsets (code points), and re-anchor evidence after the text was edited.")
        {
            Find(console),
            Repair(console),
        };

    private static Command Find(CliConsole console)
    {
        var file = new Argument<string>("TEXTFILE") { Description = "The article's text, UTF-8, exactly as in the document's text." }.RejectOptions();
        var quotes = new Argument<string[]>("QUOTE")
        {
            Description = "The words to find, each exactly as in the text.",
            Arity = ArgumentArity.OneOrMore,
        };
        var command = new Command("find", "Print one JSON line {\"quote\",\"start\",\"end\"} per occurrence of each quote, offsets in code points; exit code 1 when a quote does not occur.")
        {
            file,
            quotes,
        };
        command.SetAction(result => RunFind(console, result.GetValue(file)!, result.GetValue(quotes)!));
        return command;
    }

    private static Command Repair(CliConsole console)
    {
        var input = new Argument<string>("DATASET") { Description = "The dataset: .json, or .jsonl / .ndjson (JSON Lines starting with a header line)." }.RejectOptions();
        var output = new Option<string>("--output", "-o")
        {
            Description = "The file to write, its form told by its name as for the input; written to a temporary file beside it, then renamed into place.",
            Required = true,
        };
        var command = new Command("repair", "Move every evidence span whose quote no longer matches its document's text to the nearest exact occurrence of the quote; list what moved and what was not found (exit code 1 then).")
        {
            input,
            output,
        };
        command.SetAction(result => RunRepair(console, result.GetValue(input)!, result.GetValue(output)!));
        return command;
    }

    private static int RunFind(CliConsole console, string path, string[] quotes)
    {
        var text = ReadText(path);
        var missing = new List<string>();
        foreach (var quote in quotes)
        {
            if (quote.Length == 0)
            {
                throw CliException.Usage("A quote to find must not be empty.");
            }

            var found = EvidenceLocator.FindAll(text, quote);
            foreach (var occurrence in found)
            {
                JsonOutput.Write(console.Out, indented: false, w =>
                {
                    w.WriteStartObject();
                    w.WriteString("quote", quote);
                    w.WriteNumber("start", occurrence.Start);
                    w.WriteNumber("end", occurrence.End);
                    w.WriteEndObject();
                });
            }

            if (found.IsEmpty)
            {
                missing.Add(quote);
            }
        }

        console.Out.Flush();
        return missing.Count == 0
            ? ExitCodes.Ok
            : throw CliException.InvalidData($"{OutputText.Escape(path)}: {string.Join(", ", missing.Select(q => $"\"{OutputText.Escape(q)}\""))} {(missing.Count == 1 ? "does" : "do")} not occur in the text.");
    }

    private static string ReadText(string path)
    {
        var bytes = DatasetFiles.ReadAll(path);
        try
        {
            var text = StrictUtf8.GetString(bytes);
            return text.StartsWith('\uFEFF') ? text[1..] : text;
        }
        catch (DecoderFallbackException e)
        {
            throw CliException.InvalidData($"{OutputText.Escape(path)}: not UTF-8 text: {e.Message}", e);
        }
    }

    private static int RunRepair(CliConsole console, string input, string output)
    {
        // The spans are what is wrong with the data: read it without validating, then repair it.
        var result = EvidenceRepair.Repair(DatasetFiles.Load(input, validate: false));
        WriteReplacing(console, output, result.Dataset);

        var report = output == "-" ? console.Error : console.Out;
        foreach (var move in result.Moved)
        {
            report.Write($"moved {OutputText.Escape(move.ToString())}\n");
        }

        foreach (var move in result.NotFound)
        {
            report.Write($"not found {OutputText.Escape(move.ToString())}\n");
        }

        var written = output == "-" ? "standard output" : OutputText.Escape(output);
        report.Write(string.Create(CultureInfo.InvariantCulture, $"{Words.Count(result.Moved.Length, "span")} moved, {result.NotFound.Length} not found; written to {written}.\n"));
        report.Flush();
        return result.IsComplete
            ? ExitCodes.Ok
            : throw CliException.InvalidData($"{Words.Count(result.NotFound.Length, "evidence quote")} not found in {(result.NotFound.Length == 1 ? "its document's" : "their documents'")} text; those spans were left as they were.");
    }

    /// <summary>Writes the dataset in the form <paramref name="path"/> names, through a temporary file renamed into place (<see cref="DatasetFiles.Write"/>).</summary>
    private static void WriteReplacing(CliConsole console, string path, Dataset dataset) =>
        DatasetFiles.Write(console, path, path != "-" && DataFormats.Of(path) == DataFormat.Dataset
            ? stream => NewsEventsJson.Serialize(stream, dataset)
            : stream => JsonLinesWriter.Write(stream, JsonLinesWriter.ToRecords(dataset)));
}
