namespace NewsEvents.Analysis;

/// <summary>The kind of item a <see cref="Citation"/> belongs to.</summary>
public enum CitedKind
{
    /// <summary>An actor's mention.</summary>
    Actor,

    /// <summary>An event.</summary>
    Event,

    /// <summary>A statement.</summary>
    Statement,

    /// <summary>A claim.</summary>
    Claim,

    /// <summary>A relation between actors.</summary>
    Relation
}
