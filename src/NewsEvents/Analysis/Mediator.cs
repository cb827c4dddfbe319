using System.Collections.Immutable;

namespace NewsEvents.Analysis;

/// <summary>
/// An actor that mediates: the source of a mediates-between relation or a participant of an event
/// in the mediator role. A mediator may also belong to a side (<see cref="Side"/>): Turkey both
/// backs one party and mediates between the parties, and is shown as both.
/// </summary>
public sealed record Mediator
{
    /// <summary>The mediating actor.</summary>
    public required ActorId Actor { get; init; }

    /// <summary>
    /// The parties it mediates between, in id order: the targets of its mediates-between relations, and
    /// the attendees, initiators and targets of the events it mediates (never their hosts, backers, witnesses, victims or accused), except
    /// of an event too crowded to join its participants pairwise (see <see cref="ActorSides"/>).
    /// </summary>
    public ImmutableArray<ActorId> Between { get; init => field = Guard.Items(value, "Mediator.Between"); } = [];

    /// <summary>The numbers of the sides the parties belong to, ascending.</summary>
    public ImmutableArray<int> BetweenSides { get; init => field = Guard.Items(value, "Mediator.BetweenSides"); } = [];

    /// <summary>The hosts of the events it mediates, other than itself, in id order.</summary>
    public ImmutableArray<ActorId> Hosts { get; init => field = Guard.Items(value, "Mediator.Hosts"); } = [];

    /// <summary>The backers (participants in the supporter role) of the events it mediates, other than itself, in id order: they back the talks and are not parties to them.</summary>
    public ImmutableArray<ActorId> Backers { get; init => field = Guard.Items(value, "Mediator.Backers"); } = [];

    /// <summary>The ids of the relations and events it mediates through, relations first, each in the dataset's order.</summary>
    public ImmutableArray<string> Via { get; init => field = Guard.Items(value, "Mediator.Via"); } = [];

    /// <summary>The number of the side the mediator itself belongs to, or null when it belongs to none.</summary>
    public int? Side { get; init; }

    /// <summary>Whether the mediator belongs to a side as well.</summary>
    public bool IsPartisan => Side is not null;

    /// <inheritdoc />
    public bool Equals(Mediator? other) =>
        other is not null && Actor == other.Actor && ContentEquality.Equal(Between, other.Between)
        && ContentEquality.Equal(BetweenSides, other.BetweenSides) && ContentEquality.Equal(Hosts, other.Hosts)
        && ContentEquality.Equal(Backers, other.Backers) && ContentEquality.Equal(Via, other.Via) && Side == other.Side;

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Actor);
        ContentEquality.Add(ref hash, Between);
        ContentEquality.Add(ref hash, BetweenSides);
        ContentEquality.Add(ref hash, Hosts);
        ContentEquality.Add(ref hash, Backers);
        ContentEquality.Add(ref hash, Via);
        hash.Add(Side);
        return hash.ToHashCode();
    }

    /// <summary>Returns <c>actor mediates between parties</c>, with the mediator's own side when it has one.</summary>
    public override string ToString() =>
        $"{Actor} mediates between {string.Join(", ", Between)}{(Side is { } side ? $" (itself on side {AnalysisText.Count(side)})" : string.Empty)}"
        + $"{(Hosts.IsEmpty ? string.Empty : $"; hosted by {string.Join(", ", Hosts)}")}{(Backers.IsEmpty ? string.Empty : $"; backed by {string.Join(", ", Backers)}")}";
}
