namespace NewsEvents.Analysis;

/// <summary>A node of the <see cref="ActorNetwork"/>: an actor, its degree and the total weight of its edges.</summary>
/// <param name="Id">The actor's id.</param>
/// <param name="Name">The actor's name (its id when the actor is referenced but not in the dataset).</param>
/// <param name="Kind">The actor's kind; null when the actor is referenced but not in the dataset.</param>
/// <param name="Degree">How many distinct actors it is joined to.</param>
/// <param name="Weight">The sum of the weights of its edges.</param>
public sealed record NetworkNode(ActorId Id, string Name, ActorKind? Kind, int Degree, int Weight)
{
    /// <summary>Returns <c>id "name" (degree d, weight w)</c>.</summary>
    public override string ToString() => $"{Id} \"{Name}\" (degree {AnalysisText.Count(Degree)}, weight {AnalysisText.Count(Weight)})";
}
