namespace NewsEvents.Analysis;

/// <summary>What a <see cref="TimelineEntry"/> shows.</summary>
public enum TimelineEntryKind
{
    /// <summary>An event.</summary>
    Event,

    /// <summary>A statement.</summary>
    Statement
}
