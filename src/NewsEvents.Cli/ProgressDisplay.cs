using Spectre.Console;

namespace NewsEvents.Cli;

/// <summary>
/// A progress bar on standard error while a long file is read, drawn only when standard error is
/// a terminal: redirected output stays plain text, with no control codes in it.
/// </summary>
internal static class ProgressDisplay
{
    /// <summary>Runs <paramref name="work"/>, which reports how many of <paramref name="total"/> bytes it has read.</summary>
    public static T Run<T>(CliConsole console, string description, long total, Func<Action<long>, T> work)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(work);
        if (!console.ErrorIsTerminal || total <= 0)
        {
            return work(static _ => { });
        }

        var terminal = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(console.Terminal),
            Ansi = AnsiSupport.Detect,
            ColorSystem = ColorSystemSupport.Detect,
            Interactive = InteractionSupport.Yes,
        });
        return terminal.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask(Markup.Escape(OutputText.Escape(description)), maxValue: total);
                var result = work(done => task.Value = Math.Min(done, total));
                task.Value = total;
                return result;
            });
    }
}
