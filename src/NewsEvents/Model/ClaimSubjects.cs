using System.Collections.Immutable;

namespace NewsEvents.Model;

/// <summary>What a claim is about: events and actors.</summary>
public sealed record ClaimSubjects
{
    /// <summary>The events the claim is about.</summary>
    public ImmutableArray<EventId> Events { get; init => field = Guard.Items(value, "ClaimSubjects.Events"); } = [];

    /// <summary>The actors the claim is about.</summary>
    public ImmutableArray<ActorId> Actors { get; init => field = Guard.Items(value, "ClaimSubjects.Actors"); } = [];

    /// <inheritdoc />
    public bool Equals(ClaimSubjects? other) =>
        other is not null && ContentEquality.Equal(Events, other.Events) && ContentEquality.Equal(Actors, other.Actors);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        ContentEquality.Add(ref hash, Events);
        ContentEquality.Add(ref hash, Actors);
        return hash.ToHashCode();
    }

    /// <summary>Returns the ids, events first.</summary>
    public override string ToString() => string.Join(", ", Events.Select(e => e.Value).Concat(Actors.Select(a => a.Value)));
}
