using System.CommandLine;
using NewsEvents.Analysis;
using NewsEvents.Samples;

namespace NewsEvents.Cli.Commands;

/// <summary><c>newsevents network [FILE...] --format dot|mermaid</c>: the actor network, to draw with Graphviz or Mermaid.</summary>
internal static class NetworkCommand
{
    public static Command Create(CliConsole console)
    {
        var file = new Argument<string[]>("FILE")
        {
            Description = "The datasets (.json or .jsonl), drawn as their merge when there are several; without any, the embedded sample dataset.",
            Arity = ArgumentArity.ZeroOrMore,
        }.RejectOptions();
        var format = new Option<string>("--format", "-f")
        {
            Description = "dot for Graphviz (dot -Tsvg), mermaid for Mermaid (a flowchart).",
            DefaultValueFactory = _ => "dot",
            HelpName = "dot|mermaid",
        };
        format.AcceptOnlyFromAmong("dot", "mermaid");
        var noSides = new Option<bool>("--no-sides")
        {
            Description = "Leave out the sides (drawn as clusters or subgraphs by default).",
        };

        var command = new Command("network", "Print the actor network (participation, statements, relations; sides and mediators) as Graphviz DOT or Mermaid.")
        {
            file,
            format,
            noSides,
        };
        command.SetAction(result => Run(console, result.GetValue(file) ?? [], result.GetValue(format)!, !result.GetValue(noSides)));
        return command;
    }

    private static int Run(CliConsole console, string[] paths, string format, bool sides)
    {
        var dataset = paths.Length == 0 ? SampleDatasets.MoscowTalks : DatasetFiles.LoadAll(console, paths);
        var network = ActorNetwork.Build(dataset);
        var text = format == "mermaid" ? network.ToMermaid(sides) : network.ToDot(sides);
        console.Out.Write(text.ReplaceLineEndings("\n"));
        return ExitCodes.Ok;
    }
}
