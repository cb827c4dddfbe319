namespace NewsEvents.Cli;

/// <summary>The process exit codes of the <c>newsevents</c> tool.</summary>
public static class ExitCodes
{
    /// <summary>The command did its work: the data was valid, the output was written.</summary>
    public const int Ok = 0;

    /// <summary>The data is not valid NewsEvents (malformed JSON, broken rules), or it could not be read or written.</summary>
    public const int InvalidData = 1;

    /// <summary>The command line is wrong: an unknown command or option, a bad value, a missing file.</summary>
    public const int UsageError = 2;
}
