namespace NewsEvents.Analysis;

/// <summary>Orders actor ids by their text, ordinally: the order the analyses list actors in.</summary>
internal sealed class OrdinalActorIds : IComparer<ActorId>
{
    public static readonly OrdinalActorIds Instance = new();

    public int Compare(ActorId x, ActorId y) => string.CompareOrdinal(x.Value, y.Value);
}
