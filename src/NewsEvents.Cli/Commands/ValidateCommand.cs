using System.Collections.Immutable;
using System.CommandLine;
using System.Globalization;
using NewsEvents.Streaming;
using NewsEvents.Validation;

namespace NewsEvents.Cli.Commands;

/// <summary><c>newsevents validate FILE...</c>: every violation of every file, with its JSON path or line; exit code 1 when there is any.</summary>
internal static class ValidateCommand
{
    public static Command Create(CliConsole console)
    {
        var files = new Argument<string[]>("FILE")
        {
            Description = "The files to validate: datasets (.json) or JSON Lines streams (.jsonl, .ndjson), which are validated as they are read.",
            Arity = ArgumentArity.OneOrMore,
        }.RejectOptions();
        var format = FormatOption.TextOrJson("The result's form");

        var command = new Command("validate", "Check files against the format and the dataset rules; list every violation with its JSON path and line.")
        {
            files,
            format,
        };
        command.SetAction(result => Run(console, result.GetValue(files)!, result.GetValue(format) == "json"));
        return command;
    }

    private static int Run(CliConsole console, string[] paths, bool json)
    {
        foreach (var path in paths)
        {
            DatasetFiles.CheckExists(path);
        }

        // Text results are written file by file as each is done; JSON once, at the end.
        var done = ImmutableArray.CreateBuilder<FileValidation>(paths.Length);
        foreach (var path in paths)
        {
            var result = DataFormats.Of(path) == DataFormat.JsonLines ? ValidateStream(console, path) : Validate(path);
            done.Add(result);
            if (!json)
            {
                WriteText(console.Out, result);
            }
        }

        var results = done.MoveToImmutable();
        if (json)
        {
            WriteJson(console.Out, results);
        }

        var invalid = results.Count(r => !r.IsValid);
        if (invalid == 0)
        {
            return ExitCodes.Ok;
        }

        var violations = results.Sum(r => r.Violations.Length);
        throw CliException.InvalidData(results.Length == 1
            ? $"{results[0].File}: not valid ({Words.Count(violations, "violation")})."
            : $"{invalid} of {results.Length} files are not valid ({Words.Count(violations, "violation")}).");
    }

    private static FileValidation Validate(string path)
    {
        var bytes = DatasetFiles.ReadAll(path);
        try
        {
            var dataset = NewsEventsJson.Deserialize(bytes, new NewsEventsReaderOptions { Validate = false });
            var report = DatasetValidator.Validate(dataset);
            return new FileValidation(path, [.. report.Violations.Select(v => new Located(v, null))], Summary(dataset));
        }
        catch (NewsEventsFormatException e)
        {
            ImmutableArray<Violation> violations = e.Violations.IsEmpty
                ? [new Violation(e.Path ?? "$", ViolationKind.Format, e.Message)]
                : e.Violations;
            return new FileValidation(path, [.. violations.Select((v, i) => new Located(v, i == 0 && e.LineNumber is { } line ? line + 1 : null))], null);
        }
    }

    private static string Summary(Dataset d) => string.Join(", ",
        $"dataset {d.Id}", Words.Count(d.Documents.Length, "document"), Words.Count(d.Actors.Length, "actor"), Words.Count(d.Events.Length, "event"),
        Words.Count(d.Statements.Length, "statement"), Words.Count(d.Claims.Length, "claim"), Words.Count(d.Relations.Length, "relation"));

    private static FileValidation ValidateStream(CliConsole console, string path)
    {
        // Records are checked one by one as they are read; only ids and the violations are kept.
        using var stream = DatasetFiles.OpenRead(path);
        var violations = new List<Located>();
        var validator = new JsonLinesValidator();
        var options = new JsonLinesReaderOptions { OnBadLine = v => violations.Add(new Located(v.Violation, v.LineNumber)) };
        var records = ProgressDisplay.Run(console, Path.GetFileName(path), stream.Length, progress =>
        {
            long count = 0;
            foreach (var record in JsonLinesReader.Read(stream, options))
            {
                validator.Add(record);
                if ((++count & 1023) == 0)
                {
                    progress(stream.Position);
                }
            }

            return count;
        });
        violations.AddRange(validator.Complete().Select(v => new Located(v.Violation, v.LineNumber)));
        var ordered = violations.OrderBy(v => v.Line ?? 0).ToImmutableArray();
        return new FileValidation(path, ordered, Words.Count(records, "record"));
    }

    private static void WriteText(TextWriter output, FileValidation result)
    {
        if (result.IsValid)
        {
            output.Write($"{OutputText.Escape(result.File)}: valid ({OutputText.Escape(result.Summary!)})\n");
            output.Flush();
            return;
        }

        output.Write($"{OutputText.Escape(result.File)}: {Words.Count(result.Violations.Length, "violation")}\n");
        foreach (var (violation, line) in result.Violations)
        {
            var where = line is { } l ? string.Create(CultureInfo.InvariantCulture, $" (line {l})") : string.Empty;
            output.Write($"  {OutputText.Escape(violation.Path)}{where}: {Words.OneLine(violation.Message)} [{Words.Json(violation.Kind)}]\n");
        }

        output.Flush();
    }

    private static void WriteJson(TextWriter output, ImmutableArray<FileValidation> results) =>
        JsonOutput.Write(output, indented: true, w =>
        {
            w.WriteStartObject();
            w.WriteBoolean("valid", results.All(r => r.IsValid));
            w.WriteStartArray("files");
            foreach (var result in results)
            {
                w.WriteStartObject();
                w.WriteString("file", result.File);
                w.WriteBoolean("valid", result.IsValid);
                w.WriteStartArray("violations");
                foreach (var (violation, line) in result.Violations)
                {
                    w.WriteStartObject();
                    w.WriteString("path", violation.Path);
                    if (line is { } l)
                    {
                        w.WriteNumber("line", l);
                    }

                    w.WriteString("kind", Words.Json(violation.Kind));
                    w.WriteString("message", violation.Message);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        });

    /// <summary>A violation and the one-based line it was found on, where known (JSON Lines, malformed JSON).</summary>
    private readonly record struct Located(Violation Violation, long? Line);

    /// <summary>The outcome for one file; <see cref="Summary"/> describes a readable dataset.</summary>
    private sealed record FileValidation(string File, ImmutableArray<Located> Violations, string? Summary)
    {
        public bool IsValid => Violations.IsEmpty;
    }
}
