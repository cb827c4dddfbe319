using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using NewsEvents.Streaming;
using NewsEvents.Validation;

namespace NewsEvents.Cli.Commands;

/// <summary>
/// <c>newsevents validate FILE...</c>: every violation of every file, with its JSON path or line,
/// printed as it is found; exit code 1 when there is any.
/// </summary>
/// <remarks>
/// Violations are written out one by one and only counted, never held: a stream with millions of
/// bad lines is validated in memory that does not grow with them.
/// </remarks>
internal static class ValidateCommand
{
    /// <summary>
    /// How many times validation in flat memory reads its input (<see cref="JsonLinesValidator.ValidateStreamAsync"/>):
    /// to sort the ids on disk, to check each record; a further reading, which names a speaker for a message, is
    /// rare and counted as the last.
    /// </summary>
    internal const int ReadingsInFlatMemory = 2;

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

        var output = json ? (Printer)new JsonPrinter(console.Out) : new TextPrinter(console.Out);
        var (invalid, violations) = (0, 0L);
        foreach (var path in paths)
        {
            var tally = new Tally();
            output.StartFile(path);
            void Found(Violation violation)
            {
                tally.Add(violation.Kind);
                output.Violation(path, violation);
            }

            var summary = DataFormats.Of(path) == DataFormat.JsonLines ? ValidateStream(console, path, Found) : Validate(console, path, Found);
            output.EndFile(path, tally, summary);
            invalid += tally.Total > 0 ? 1 : 0;
            violations += tally.Total;
        }

        output.End(invalid == 0);
        if (invalid == 0)
        {
            return ExitCodes.Ok;
        }

        throw CliException.InvalidData(paths.Length == 1
            ? $"{OutputText.Escape(paths[0])}: not valid ({Words.Count(violations, "violation")})."
            : $"{invalid} of {paths.Length} files are not valid ({Words.Count(violations, "violation")}).");
    }

    /// <summary>
    /// Checks a dataset document's records as they are read, in flat memory, as a stream's are (see
    /// <see cref="DatasetValidator.ValidateDocument"/>), reporting its format errors, else the broken rules;
    /// returns what it holds, when it could be read.
    /// </summary>
    private static string? Validate(CliConsole console, string path, Action<Violation> found)
    {
        using var file = DatasetFiles.OpenToReadAgain(path);
        var counts = new long[Enum.GetValues<JsonLinesRecordKind>().Length];
        string? id = null;
        ValidationReport report;
        try
        {
            // The outline (where the collections are) is read first, then the passes; the lines of broken rules, if any, after.
            report = ProgressDisplay.RunSteps(console, Path.GetFileName(path), (ReadingsInFlatMemory + 1) * file.Length, advance =>
            {
                using var stream = new ProgressStream(file, advance);
                return DatasetValidator.ValidateDocument(stream, onRecord: record =>
                {
                    counts[(int)record.Kind]++;
                    id ??= record.Header?.Id.ToString();
                });
            });
        }
        catch (NewsEventsFormatException e)
        {
            var violations = e.Violations.IsEmpty ? [new Violation(e.Path ?? "$", ViolationKind.Format, e.Message)] : e.Violations;
            foreach (var violation in violations)
            {
                found(violation);
            }

            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw CliException.InvalidData($"{path}: cannot be read: {e.Message}", e);
        }

        foreach (var violation in report.Violations)
        {
            found(violation);
        }

        return string.Join(", ",
            $"dataset {id}", Words.Count(counts[(int)JsonLinesRecordKind.Document], "document"), Words.Count(counts[(int)JsonLinesRecordKind.Actor], "actor"),
            Words.Count(counts[(int)JsonLinesRecordKind.Event], "event"), Words.Count(counts[(int)JsonLinesRecordKind.Statement], "statement"),
            Words.Count(counts[(int)JsonLinesRecordKind.Claim], "claim"), Words.Count(counts[(int)JsonLinesRecordKind.Relation], "relation"));
    }

    /// <summary>
    /// Checks a stream's records as they are read, in flat memory: a first pass sorts the ids on disk
    /// as fingerprints, the second checks every record (see <see cref="JsonLinesValidator.ValidateStreamAsync"/>);
    /// violations go out as they are found.
    /// </summary>
    private static string ValidateStream(CliConsole console, string path, Action<Violation> found)
    {
        using var file = DatasetFiles.OpenRead(path);
        var validator = new JsonLinesValidator(found);
        ProgressDisplay.RunSteps(console, Path.GetFileName(path), ReadingsInFlatMemory * file.Length, advance =>
        {
            using var stream = new ProgressStream(file, advance);
            return validator.ValidateStreamAsync(stream).GetAwaiter().GetResult();
        });
        return Words.Count(validator.RecordCount, "record");
    }

    /// <summary>How many violations of each kind a file has: all that is kept of them.</summary>
    private sealed class Tally
    {
        private readonly long[] _counts = new long[Enum.GetValues<ViolationKind>().Length];

        public long Total { get; private set; }

        public void Add(ViolationKind kind)
        {
            _counts[(int)kind]++;
            Total++;
        }

        public IEnumerable<(ViolationKind Kind, long Count)> ByKind() =>
            Enum.GetValues<ViolationKind>().Where(k => _counts[(int)k] > 0).Select(k => (k, _counts[(int)k]));
    }

    /// <summary>Writes the results as they come: a file's start, each violation, the file's end, the run's end.</summary>
    private abstract class Printer
    {
        public abstract void StartFile(string file);

        public abstract void Violation(string file, Violation violation);

        public abstract void EndFile(string file, Tally tally, string? summary);

        public abstract void End(bool valid);
    }

    /// <summary>
    /// One line per violation under a line naming the file, then the file's count; everything that
    /// comes from the data is escaped, so that it cannot forge a line or drive the terminal.
    /// </summary>
    private sealed class TextPrinter(TextWriter output) : Printer
    {
        private bool _named;

        public override void StartFile(string file) => _named = false;

        public override void Violation(string file, Violation violation)
        {
            if (!_named)
            {
                output.Write($"{OutputText.Escape(file)}:\n");
                _named = true;
            }

            var where = violation.LineNumber is { } line ? string.Create(CultureInfo.InvariantCulture, $" (line {line})") : string.Empty;
            output.Write($"  {OutputText.Escape(violation.Path)}{where}: {OutputText.Escape(violation.Message)} [{Words.Json(violation.Kind)}]\n");
        }

        public override void EndFile(string file, Tally tally, string? summary)
        {
            output.Write(tally.Total == 0
                ? $"{OutputText.Escape(file)}: valid ({OutputText.Escape(summary ?? string.Empty)})\n"
                : $"{OutputText.Escape(file)}: {Words.Count(tally.Total, "violation")} ({string.Join(", ", tally.ByKind().Select(k => $"{k.Count} {Words.Json(k.Kind)}"))})\n");
            output.Flush();
        }

        public override void End(bool valid)
        {
        }
    }

    /// <summary>
    /// One JSON document, written as it goes: <c>{"files":[{"file":…,"violations":[…],"valid":…,"count":…,"counts":{…}}],"valid":…}</c>.
    /// JSON escapes every control character.
    /// </summary>
    private sealed class JsonPrinter : Printer
    {
        private readonly TextWriter _output;
        private readonly Utf8JsonWriter _writer;

        public JsonPrinter(TextWriter output)
        {
            _output = output;
            _writer = JsonOutput.Open(output, indented: true);
            _writer.WriteStartObject();
            _writer.WriteStartArray("files");
        }

        public override void StartFile(string file)
        {
            _writer.WriteStartObject();
            _writer.WriteString("file", file);
            _writer.WriteStartArray("violations");
        }

        public override void Violation(string file, Violation violation)
        {
            _writer.WriteStartObject();
            _writer.WriteString("path", violation.Path);
            if (violation.LineNumber is { } line)
            {
                _writer.WriteNumber("line", line);
            }

            _writer.WriteString("kind", Words.Json(violation.Kind));
            _writer.WriteString("message", violation.Message);
            _writer.WriteEndObject();
            _writer.FlushWhenFull();
        }

        public override void EndFile(string file, Tally tally, string? summary)
        {
            _writer.WriteEndArray();
            _writer.WriteBoolean("valid", tally.Total == 0);
            _writer.WriteNumber("count", tally.Total);
            _writer.WriteStartObject("counts");
            foreach (var (kind, count) in tally.ByKind())
            {
                _writer.WriteNumber(Words.Json(kind), count);
            }

            _writer.WriteEndObject();
            _writer.WriteEndObject();
            _writer.Flush();
        }

        public override void End(bool valid)
        {
            _writer.WriteEndArray();
            _writer.WriteBoolean("valid", valid);
            _writer.WriteEndObject();
            _writer.Flush();
            _writer.Dispose();
            _output.Write('\n');
            _output.Flush();
        }
    }
}
