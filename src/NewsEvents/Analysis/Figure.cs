namespace NewsEvents.Analysis;

/// <summary>One reported number in a <see cref="FigureGroup"/>: the quantity, and the claim and source that give it, if any.</summary>
public sealed record Figure
{
    /// <summary>The number as reported.</summary>
    public required Quantity Quantity { get; init; }

    /// <summary>The claim that asserts it, or null for a figure the event itself carries (the dataset's own coding).</summary>
    public Claim? Claim { get; init; }

    /// <summary>The claim's origin (its claimant, or the origin of the claim it repeats), or null for the event's own figure.</summary>
    public ActorId? Origin { get; init; }

    /// <summary>Returns <c>quantity (claim by origin)</c>, or <c>quantity (event)</c>.</summary>
    public override string ToString() => Claim is null ? $"{Quantity} (event)" : $"{Quantity} ({Claim.Id} by {Origin})";
}
