using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using NewsEvents.Cli.Commands;

namespace NewsEvents.Cli;

/// <summary>
/// The <c>newsevents</c> command-line tool, callable in-process: arguments in; results on standard
/// output, errors as one line on standard error, and an exit code (see <see cref="ExitCodes"/>) out.
/// </summary>
public static class NewsEventsCli
{
    /// <summary>The name the tool is installed and invoked under.</summary>
    public const string Name = "newsevents";

    /// <summary>Runs the tool.</summary>
    /// <param name="args">The command line, without the program name: <c>["analyze", "--format", "json"]</c>.</param>
    /// <param name="stdout">Where results go.</param>
    /// <param name="stderr">Where errors go, as one line each run; and progress bars, when it is the process's terminal.</param>
    /// <returns>The exit code: 0 when the command did its work, 1 for invalid data, 2 for a usage error.</returns>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(stderr);
        var terminal = ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected;
        return Run(args, new CliConsole(stdout, stderr, terminal));
    }

    internal static int Run(string[] args, CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(console);

        // Data never reaches the terminal raw: no forged lines, no escape sequences (OutputText).
        console = console.Escaped();
        try
        {
            var root = CreateRootCommand(console);
            var result = root.Parse(args);
            if (result.Action is ParseErrorAction)
            {
                return Fail(console, ExitCodes.UsageError, UsageMessage(result));
            }

            return result.Invoke(new InvocationConfiguration
            {
                Output = console.Out,
                Error = console.Error,
                EnableDefaultExceptionHandler = false,
            });
        }
        catch (CliException e)
        {
            return Fail(console, e.ExitCode, e.Message);
        }
        catch (NewsEventsFormatException e)
        {
            return Fail(console, ExitCodes.InvalidData, e.Message);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Fail(console, ExitCodes.InvalidData, e.Message);
        }
#pragma warning disable CA1031 // The tool's promise: whatever fails, one line on stderr and never a stack trace.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return Fail(console, ExitCodes.InvalidData, $"unexpected failure ({e.GetType().Name}): {e.Message}");
        }
    }

    internal static Command CreateRootCommand(CliConsole console)
    {
        var root = new Command(Name, "Analyze, validate and inspect NewsEvents data: events, actors, statements and claims, each traced to the words of its article.")
        {
            new HelpOption(),
            new VersionOption(),
            AnalyzeCommand.Create(console),
            ReportCommand.Create(console),
            ValidateCommand.Create(console),
            TimeCommand.Create(console),
            NetworkCommand.Create(console),
            GenerateCommand.Create(console),
            ConvertCommand.Create(console),
            MergeCommand.Create(console),
            EvidenceCommand.Create(console),
            ImportCommand.Create(console),
            ExportCommand.Create(console),
        };
        return root;
    }

    private static string UsageMessage(ParseResult result)
    {
        // An unknown option, or a word the parser did not understand, explains the rest ("Required
        // command was not provided" follows from an unknown command), so it comes first, alone;
        // otherwise the parser's order stands.
        var unmatched = result.Errors.FirstOrDefault(e => e.Message.StartsWith(OptionLikeArguments.MessageStart, StringComparison.Ordinal))
            ?? result.Errors.FirstOrDefault(e => result.UnmatchedTokens.Any(t => e.Message.Contains(t, StringComparison.Ordinal)));
        var first = (unmatched ?? result.Errors[0]).Message.TrimEnd();
        if (!first.EndsWith('.'))
        {
            first += ".";
        }

        var more = unmatched is null && result.Errors.Count > 1 ? $" (and {Words.Count(result.Errors.Count - 1, "more error")})" : string.Empty;
        var command = CommandPath(result.CommandResult.Command, result.RootCommandResult.Command);
        return $"{first}{more} See '{command} --help'.";
    }

    private static string CommandPath(Command command, Command root)
    {
        if (ReferenceEquals(command, root))
        {
            return Name;
        }

        var names = new List<string>();
        for (Command? c = command; c is not null && !ReferenceEquals(c, root); c = c.Parents.OfType<Command>().FirstOrDefault())
        {
            names.Insert(0, c.Name);
        }

        return $"{Name} {string.Join(' ', names)}";
    }

    private static int Fail(CliConsole console, int exitCode, string message)
    {
        var text = Words.OneLine(message);
        console.Error.Write(exitCode == ExitCodes.UsageError ? $"{Name}: usage error: {text}\n" : $"{Name}: error: {text}\n");
        console.Error.Flush();
        return exitCode;
    }
}
