using System.CommandLine;
using NewsEvents.Cli.Reports;

namespace NewsEvents.Cli.Commands;

/// <summary>The <c>--top N</c> and <c>--full</c> options of the commands that write reports, and the <see cref="ReportCaps"/> they ask for.</summary>
internal sealed class CapsOptions
{
    private readonly Option<int?> _top = new("--top")
    {
        Description = $"Show at most N items of every section (by default sections of up to {ReportCaps.Default.ShownWholeUpTo} items are shown whole and longer ones cut to {ReportCaps.DefaultTop}), those that matter most first: the most active actors, the most contested claims, the disputed figures.",
        HelpName = "N",
    };

    private readonly Option<bool> _full = new("--full")
    {
        Description = "Show every section whole, however long (the report of a large dataset is then as large as the data).",
    };

    /// <summary>Adds both options to <paramref name="command"/>, refusing a top of less than 1 and the two together.</summary>
    public CapsOptions(Command command)
    {
        _top.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int?>() is < 1)
            {
                result.AddError("--top takes a number of items of at least 1.");
            }
        });
        command.Options.Add(_top);
        command.Options.Add(_full);
        command.Validators.Add(result =>
        {
            if (result.GetResult(_top) is not null && result.GetResult(_full) is not null)
            {
                result.AddError("--top and --full cannot be used together: --full shows every item.");
            }
        });
    }

    /// <summary>The caps the command line asks for.</summary>
    public ReportCaps Of(ParseResult result) => ReportCaps.Of(result.GetValue(_top), result.GetValue(_full));
}
