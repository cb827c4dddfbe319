namespace NewsEvents.Cli;

/// <summary>Where a run of the tool writes: results to <see cref="Out"/>, errors and progress to <see cref="Error"/>.</summary>
/// <param name="Out">Standard output: the results.</param>
/// <param name="Error">Standard error: the one-line error, and progress bars when it is a terminal.</param>
/// <param name="ErrorIsTerminal">Whether <see cref="Error"/> is an interactive terminal (progress bars are drawn only then).</param>
internal sealed record CliConsole(TextWriter Out, TextWriter Error, bool ErrorIsTerminal = false)
{
    /// <summary>Standard error as given, for the progress bar's own control codes; everything else goes through <see cref="Error"/>.</summary>
    public TextWriter Terminal { get; init; } = Error;

    /// <summary>This console with its output and error escaped (<see cref="EscapingWriter"/>): what every command writes through.</summary>
    public CliConsole Escaped() => Out is EscapingWriter
        ? this
        : new CliConsole(new EscapingWriter(Out), new EscapingWriter(Error), ErrorIsTerminal) { Terminal = Terminal };
}
