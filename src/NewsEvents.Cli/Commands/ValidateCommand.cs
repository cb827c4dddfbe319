using System.Collections.Immutable;
using System.CommandLine;
using System.Globalization;
using NewsEvents.Validation;

namespace NewsEvents.Cli.Commands;

/// <summary><c>newsevents validate FILE...</c>: every violation of every file, with its JSON path; exit code 1 when there is any.</summary>
internal static class ValidateCommand
{
    public static Command Create(CliConsole console)
    {
        var files = new Argument<string[]>("FILE")
        {
            Description = "The files to validate: datasets (.json).",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "The result's form: text for people, json for scripts.",
            DefaultValueFactory = _ => "text",
            HelpName = "text|json",
        };
        format.AcceptOnlyFromAmong("text", "json");

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

        var results = paths.Select(Validate).ToImmutableArray();
        if (json)
        {
            WriteJson(console.Out, results);
        }
        else
        {
            WriteText(console.Out, results);
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
            return new FileValidation(path, [.. report.Violations.Select(v => new Located(v, null))], dataset.ToString());
        }
        catch (NewsEventsFormatException e)
        {
            ImmutableArray<Violation> violations = e.Violations.IsEmpty
                ? [new Violation(e.Path ?? "$", ViolationKind.Format, e.Message)]
                : e.Violations;
            return new FileValidation(path, [.. violations.Select((v, i) => new Located(v, i == 0 && e.LineNumber is { } line ? line + 1 : null))], null);
        }
    }

    private static void WriteText(TextWriter output, ImmutableArray<FileValidation> results)
    {
        foreach (var result in results)
        {
            if (result.IsValid)
            {
                output.Write($"{result.File}: valid ({result.Summary})\n");
                continue;
            }

            output.Write($"{result.File}: {Words.Count(result.Violations.Length, "violation")}\n");
            foreach (var (violation, line) in result.Violations)
            {
                var where = line is { } l ? string.Create(CultureInfo.InvariantCulture, $" (line {l})") : string.Empty;
                output.Write($"  {violation.Path}{where}: {Words.OneLine(violation.Message)} [{Words.Json(violation.Kind)}]\n");
            }
        }
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

    /// <summary>A violation and, for a format error, the one-based line it was found on.</summary>
    private readonly record struct Located(Violation Violation, long? Line);

    /// <summary>The outcome for one file; <see cref="Summary"/> describes a readable dataset.</summary>
    private sealed record FileValidation(string File, ImmutableArray<Located> Violations, string? Summary)
    {
        public bool IsValid => Violations.IsEmpty;
    }
}
