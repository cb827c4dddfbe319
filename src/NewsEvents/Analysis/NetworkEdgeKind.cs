namespace NewsEvents.Analysis;

/// <summary>Where an edge of the <see cref="ActorNetwork"/> comes from.</summary>
public enum NetworkEdgeKind
{
    /// <summary>The two actors take part in the same event (undirected), each in its role.</summary>
    CoParticipation,

    /// <summary>The source made a statement to the target (the target is in the audience).</summary>
    SpokeTo,

    /// <summary>The source made a statement about the target.</summary>
    SpokeAbout,

    /// <summary>A relation of the dataset from the source to the target.</summary>
    Relation
}
