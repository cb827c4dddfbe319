using System.Collections.Immutable;

namespace NewsEvents.Cli.Reports;

/// <summary>One statement: through which channel, quoted or reported, what was said, and the claims it carries.</summary>
internal sealed record StatementEntry
{
    public required string Id { get; init; }

    public required StatementChannel Channel { get; init; }

    public required SpeechMode Mode { get; init; }

    public required string Content { get; init; }

    public string? Time { get; init; }

    public ReportList<string> Claims { get; init; } = ReportList<string>.Empty;
}
