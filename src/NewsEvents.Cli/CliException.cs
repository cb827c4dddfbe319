namespace NewsEvents.Cli;

/// <summary>
/// A failure the tool explains to its user in one line on standard error, with the exit code it
/// ends with. Commands throw it; <see cref="NewsEventsCli"/> catches it.
/// </summary>
internal sealed class CliException : Exception
{
    public CliException()
        : this(ExitCodes.InvalidData, "The command failed.")
    {
    }

    public CliException(string message)
        : this(ExitCodes.InvalidData, message)
    {
    }

    public CliException(string message, Exception innerException)
        : base(message, innerException) => ExitCode = ExitCodes.InvalidData;

    public CliException(int exitCode, string message, Exception? innerException = null)
        : base(message, innerException) => ExitCode = exitCode;

    /// <summary>The exit code the process ends with.</summary>
    public int ExitCode { get; }

    public static CliException Usage(string message) => new(ExitCodes.UsageError, message);

    public static CliException InvalidData(string message, Exception? innerException = null) => new(ExitCodes.InvalidData, message, innerException);
}
