namespace NewsEvents.Cli.Reports;

/// <summary>One figure of a group: the number as the data states it, and the claim and source giving it (none for the event's own).</summary>
/// <param name="Text">The number without its kind (the group has it): <c>at least 12</c>, <c>more than 40..</c>.</param>
/// <param name="Words">The article's words for it, where kept.</param>
/// <param name="ClaimId">The claim asserting it, or null for the event's own figure.</param>
/// <param name="Source">The claim's origin, or null for the event's own figure.</param>
internal sealed record FigureEntry(string Text, string? Words, string? ClaimId, NamedActor? Source);
