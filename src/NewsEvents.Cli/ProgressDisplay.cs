using Spectre.Console;

namespace NewsEvents.Cli;

/// <summary>
/// A progress bar on standard error while a command works through a file or a count, drawn only
/// when standard error is a terminal: redirected output stays plain text, with no control codes in it.
/// </summary>
internal static class ProgressDisplay
{
    /// <summary>The total of work whose size is not known beforehand (a document being written): a spinner and the time elapsed are drawn instead of a bar.</summary>
    public const long UnknownTotal = -1;

    /// <summary>
    /// Runs <paramref name="work"/>, which reports each step it takes (the bytes of each read) rather than the
    /// running total: what a <see cref="ProgressStream"/> or a reader's <c>advance</c> callback gives.
    /// </summary>
    public static T RunSteps<T>(CliConsole console, string description, long total, Func<Action<long>, T> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        return Run(console, description, total, progress =>
        {
            long done = 0;
            return work(step => progress(done += step));
        });
    }

    /// <summary>Runs <paramref name="work"/>, which reports each step it takes rather than the running total.</summary>
    public static void RunSteps(CliConsole console, string description, long total, Action<Action<long>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        RunSteps(console, description, total, advance =>
        {
            work(advance);
            return true;
        });
    }

    /// <summary>Runs <paramref name="work"/>, which reports how much of <paramref name="total"/> (bytes, records) it has done.</summary>
    public static T Run<T>(CliConsole console, string description, long total, Func<Action<long>, T> work)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(work);
        if (!console.ErrorIsTerminal || total == 0)
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
        ProgressColumn[] columns = total < 0
            ? [new TaskDescriptionColumn(), new SpinnerColumn(), new ElapsedTimeColumn()]
            : [new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn()];
        return terminal.Progress()
            .AutoClear(true)
            .Columns(columns)
            .Start(context =>
            {
                var task = context.AddTask(Markup.Escape(OutputText.Escape(description)), maxValue: Math.Max(total, 1));
                task.IsIndeterminate = total < 0;
                var result = work(done => task.Value = total < 0 ? 0 : Math.Min(done, total));
                task.Value = task.MaxValue;
                return result;
            });
    }

    /// <summary>Runs <paramref name="work"/>, which reports how much of <paramref name="total"/> it has done.</summary>
    public static void Run(CliConsole console, string description, long total, Action<Action<long>> work) =>
        Run(console, description, total, progress =>
        {
            work(progress);
            return 0;
        });

    /// <summary>Runs <paramref name="work"/> with a spinner: for work whose size is not known.</summary>
    public static void Run(CliConsole console, string description, Action work) => Run(console, description, UnknownTotal, _ => work());

    /// <summary>The records, reporting every 1,024th of them (and the last) as they go by.</summary>
    public static IEnumerable<T> Counted<T>(IEnumerable<T> items, Action<long> progress)
    {
        long count = 0;
        foreach (var item in items)
        {
            yield return item;
            if ((++count & 1023) == 0)
            {
                progress(count);
            }
        }

        progress(count);
    }
}
