using System.Collections.Immutable;

namespace NewsEvents.Analysis;

/// <summary>
/// What a <see cref="Timeline"/> keeps. Every filter that is set must hold; an empty list or a null
/// value does not filter.
/// </summary>
public sealed record TimelineFilter
{
    /// <summary>Keep entries involving any of these actors (participants; speakers, audience and subjects of statements).</summary>
    public ImmutableArray<ActorId> Actors { get; init => field = Guard.Items(value, "TimelineFilter.Actors"); } = [];

    /// <summary>Keep events of these types. Statements, which have no type, are not filtered by it.</summary>
    public ImmutableArray<EventType> Types { get; init => field = Guard.Items(value, "TimelineFilter.Types"); } = [];

    /// <summary>Keep events with these statuses. Statements, which have no status, are not filtered by it.</summary>
    public ImmutableArray<EventStatus> Statuses { get; init => field = Guard.Items(value, "TimelineFilter.Statuses"); } = [];

    /// <summary>Keep entries whose place has this name or this country code (trimmed, ignoring case).</summary>
    public string? Place { get; init => field = Guard.OptionalText(value, "TimelineFilter.Place"); }

    /// <summary>Keep entries whose time overlaps this period; undated entries are then dropped.</summary>
    public TimeValue? Period { get; init; }

    /// <summary>Whether statements are shown alongside events (false by default).</summary>
    public bool IncludeStatements { get; init; }

    /// <inheritdoc />
    public bool Equals(TimelineFilter? other) =>
        other is not null && ContentEquality.Equal(Actors, other.Actors) && ContentEquality.Equal(Types, other.Types)
        && ContentEquality.Equal(Statuses, other.Statuses) && Place == other.Place && Equals(Period, other.Period)
        && IncludeStatements == other.IncludeStatements;

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        ContentEquality.Add(ref hash, Actors);
        ContentEquality.Add(ref hash, Types);
        ContentEquality.Add(ref hash, Statuses);
        hash.Add(Place);
        hash.Add(Period);
        hash.Add(IncludeStatements);
        return hash.ToHashCode();
    }
}
