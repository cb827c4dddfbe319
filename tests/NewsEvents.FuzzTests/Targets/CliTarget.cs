using System.Text;
using System.Text.Json;
using NewsEvents.Cli;

namespace NewsEvents.FuzzTests.Targets;

/// <summary>
/// The <c>newsevents</c> commands on mutated datasets, as files: validate, analyze and network in
/// every format, convert to JSON Lines and back. Every run ends with exit code 0, 1 or 2; a failure
/// is one line on standard error and never an "unexpected failure"; nothing printed holds a control
/// character but the line feed; the text of validate has one line per violation (no forged lines);
/// reports and networks are at most <see cref="Watchdog.MemoryFactor"/> times the input plus 64 KiB;
/// a valid dataset converts to JSON Lines and back to the same bytes.
/// </summary>
public sealed class CliTarget : IFuzzTarget
{
    private const int OutputAllowance = 64 * 1024;

    public string Name => "cli";

    public string Extension => ".json";

    public int Operations => 10;

    public byte[] Generate(Random random) => JsonMutator.Mutate(FuzzCorpus.SmallDataset(random), random);

    public void Check(byte[] input, Random random)
    {
        var directory = Directory.CreateTempSubdirectory("newsevents-fuzz-");
        try
        {
            var path = Path.Combine(directory.FullName, "input.json");
            File.WriteAllBytes(path, input);

            var validate = Run("validate", path);
            var validateJson = Run("validate", path, "--format", "json");
            FuzzFailure.Check(validate.Code == validateJson.Code, "validate's text and JSON disagree on the exit code");
            using (var json = JsonDocument.Parse(validateJson.Out))
            {
                var violations = json.RootElement.GetProperty("files")[0].GetProperty("violations").GetArrayLength();
                var printed = validate.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length;
                // A valid file is one line; an invalid one is its name, a line per violation, and its count.
                FuzzFailure.Check(printed == (violations == 0 ? 1 : violations + 2), $"validate printed {printed} lines for {violations} violations: a forged line?");
            }

            foreach (var args in new[] { new[] { "analyze", path }, ["analyze", path, "--format", "json"], ["network", path], ["network", path, "--format", "mermaid"] })
            {
                var run = Run(args);
                FuzzFailure.Check(run.Code == validate.Code || validate.Code != ExitCodes.Ok, $"'{string.Join(' ', args[0])}' failed on a dataset validate accepts: {run.Error}");
                FuzzFailure.Check(run.Out.Length <= (Watchdog.MemoryFactor * input.Length) + OutputAllowance, $"'{args[0]}' printed {run.Out.Length:N0} characters for {input.Length:N0} bytes");
            }

            var lines = Path.Combine(directory.FullName, "output.jsonl");
            var back = Path.Combine(directory.FullName, "back.json");
            var convert = Run("convert", path, lines);
            if (convert.Code == ExitCodes.Ok)
            {
                FuzzFailure.Check(Run("convert", lines, back).Code == ExitCodes.Ok, "a converted dataset does not convert back");
                var canonical = NewsEventsJson.SerializeToUtf8Bytes(NewsEventsJson.Deserialize(input));
                FuzzFailure.Check(File.ReadAllBytes(back).AsSpan().SequenceEqual(canonical), "json -> jsonl -> json changed the dataset's bytes");
            }
            else
            {
                FuzzFailure.Check(!File.Exists(lines), "a failed convert left an output file");
            }
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private static (int Code, string Out, string Error) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = NewsEventsCli.Run(args, stdout, stderr);
        var (output, error) = (stdout.ToString(), stderr.ToString());
        var command = args[0];
        FuzzFailure.Check(code is ExitCodes.Ok or ExitCodes.InvalidData or ExitCodes.UsageError, $"'{command}' exited with {code}");
        FuzzFailure.Check(!error.Contains("unexpected failure", StringComparison.Ordinal), $"'{command}': {error.TrimEnd()}");
        FuzzFailure.Check(code == ExitCodes.Ok ? error.Length == 0 : error.Count(c => c == '\n') == 1 && error.EndsWith('\n'), $"'{command}' wrote to standard error: {error}");
        FuzzFailure.Check(!HasControlCharacter(output) && !HasControlCharacter(error), $"'{command}' printed a control character");
        return (code, output, error);
    }

    private static bool HasControlCharacter(string text)
    {
        foreach (var rune in text.EnumerateRunes())
        {
            var c = rune.Value;
            if ((c < 0x20 && c != '\n') || c is >= 0x7F and <= 0x9F || c is 0x2028 or 0x2029 or (>= 0x202A and <= 0x202E) or (>= 0x2066 and <= 0x2069))
            {
                return true;
            }
        }

        return false;
    }
}
