namespace NewsEvents.Analysis;

/// <summary>Where a claim stands against the others (see <see cref="ClaimsAnalysis"/> for the precise rules).</summary>
public enum ClaimStatus
{
    /// <summary>One claim of one origin (however many relays it came through), and nothing contradicts it.</summary>
    Uncontested,

    /// <summary>
    /// Nothing contradicts it, and it is reported more than once (repeated, supported, or asserted again
    /// by another claim) but every report traces back to one origin.
    /// </summary>
    SingleSource,

    /// <summary>Nothing contradicts it, and at least two independent origins assert it.</summary>
    Corroborated,

    /// <summary>Another claim contradicts it, by an explicit link or by opposite polarity on the same proposition.</summary>
    Contested
}
