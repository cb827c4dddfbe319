namespace NewsEvents.Analysis;

/// <summary>Where a claim stands against the others (see <see cref="ClaimsAnalysis"/> for the precise rules).</summary>
public enum ClaimStatus
{
    /// <summary>Stated once, by one origin, without relays, and nothing contradicts it.</summary>
    Uncontested,

    /// <summary>
    /// Nothing contradicts it, and it is reported more than once (repeated, relayed, or asserted again)
    /// but every report traces back to one origin.
    /// </summary>
    SingleSource,

    /// <summary>Nothing contradicts it, and at least two independent origins assert it.</summary>
    Corroborated,

    /// <summary>Another claim contradicts it, by an explicit link or by opposite polarity on the same proposition.</summary>
    Contested
}
