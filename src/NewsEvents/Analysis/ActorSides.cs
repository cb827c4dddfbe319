using System.Collections.Immutable;

namespace NewsEvents.Analysis;

/// <summary>
/// The sides of a conflict read from the relations, and the mediators set apart.
/// </summary>
/// <remarks>
/// <para>A side (<see cref="Coalition"/>) is a set of actors connected by relations of the
/// <see cref="SideOptions.SameSide"/> types (by default backs, leads, deployed alongside, allied
/// with), in either direction and through any number of steps. A side has two members or more, or
/// is a single actor in an opposes relation. Two sides oppose each other when an opposes relation
/// runs between their members.</para>
/// <para>Mediators are the sources of mediates-between relations and the participants of events in
/// the mediator role. The parties they mediate between are the targets of those relations and the
/// attendees, initiators and targets of those events; the hosts and the backers (supporters) of such
/// an event are listed apart (<see cref="Mediator.Hosts"/>, <see cref="Mediator.Backers"/>), never among
/// the parties, and witnesses, victims and the accused are neither. Mediators are set apart in <see cref="Mediators"/> but not taken out of their
/// sides: an actor that backs one party and mediates between the parties is a member of that party's
/// side and a mediator whose <see cref="Mediator.Side"/> says so. An event with more than
/// <see cref="ActorNetwork.MaxParticipantsJoined"/> participants counts among the
/// <see cref="Mediator.Via"/> of its mediators but adds no parties to their
/// <see cref="Mediator.Between"/>: a thousand mediators of a conference of a thousand parties would
/// otherwise hold a million entries (the network's guard against the square of a crowded event).</para>
/// <para>An opposes relation between two members of the same side contradicts the others and is
/// reported in <see cref="Conflicts"/>, never resolved silently.</para>
/// <para>Sides are numbered from 1, largest first, then by their first member's id. Built in
/// O(n log n).</para>
/// </remarks>
public sealed class ActorSides
{
    private readonly Dictionary<ActorId, Coalition> _sideOf;
    private readonly Dictionary<ActorId, Mediator> _mediators;

    private ActorSides(ImmutableArray<Coalition> coalitions, ImmutableArray<Mediator> mediators, ImmutableArray<Relation> conflicts)
    {
        Coalitions = coalitions;
        Mediators = mediators;
        Conflicts = conflicts;
        _sideOf = coalitions.SelectMany(c => c.Members.Select(m => (m, c))).ToDictionary(p => p.m, p => p.c);
        _mediators = mediators.ToDictionary(m => m.Actor);
    }

    /// <summary>The sides, numbered from 1, largest first.</summary>
    public ImmutableArray<Coalition> Coalitions { get; }

    /// <summary>The mediators, in id order.</summary>
    public ImmutableArray<Mediator> Mediators { get; }

    /// <summary>The opposes relations between members of one side, in the dataset's order.</summary>
    public ImmutableArray<Relation> Conflicts { get; }

    /// <summary>Reads the sides of a dataset.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> is null.</exception>
    public static ActorSides Build(Dataset dataset, SideOptions? options = null) => Build(DatasetIndex.Build(dataset), options);

    /// <summary>Reads the sides of an indexed dataset.</summary>
    /// <param name="index">The index.</param>
    /// <param name="options">Which relations join sides; the defaults when null.</param>
    /// <returns>The sides and mediators.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="index"/> is null.</exception>
    public static ActorSides Build(DatasetIndex index, SideOptions? options = null)
    {
        Guard.NotNull(index, nameof(index));
        options ??= new SideOptions();
        var joining = options.SameSide.Where(t => t is not RelationType.Opposes and not RelationType.MediatesBetween).ToHashSet();
        var relations = index.Dataset.Relations;

        var sets = new DisjointSets<ActorId>();
        foreach (var relation in relations)
        {
            if (joining.Contains(relation.Type))
            {
                sets.Union(relation.Source, relation.Target);
            }
            else if (relation.Type == RelationType.Opposes)
            {
                sets.Find(relation.Source);
                sets.Find(relation.Target);
            }
        }

        var opposing = relations.Where(r => r.Type == RelationType.Opposes).ToList();
        var inOpposition = opposing.SelectMany(r => new[] { r.Source, r.Target }).ToHashSet();
        var groups = sets.Items
            .GroupBy(sets.Find)
            .Where(g => g.Count() > 1 || g.Any(inOpposition.Contains))
            .Select(g => g.OrderBy(a => a.Value, StringComparer.Ordinal).ToImmutableArray())
            .OrderByDescending(g => g.Length)
            .ThenBy(g => g[0].Value, StringComparer.Ordinal)
            .ToList();
        var numberOfRoot = new Dictionary<ActorId, int>();
        for (var i = 0; i < groups.Count; i++)
        {
            numberOfRoot.Add(sets.Find(groups[i][0]), i + 1);
        }

        int? NumberOf(ActorId actor) => sets.Contains(actor) && numberOfRoot.TryGetValue(sets.Find(actor), out var n) ? n : null;

        var opposes = new Dictionary<int, SortedSet<int>>();
        var conflicts = ImmutableArray.CreateBuilder<Relation>();
        foreach (var relation in opposing)
        {
            var (a, b) = (NumberOf(relation.Source)!.Value, NumberOf(relation.Target)!.Value);
            if (a == b)
            {
                conflicts.Add(relation);
                continue;
            }

            Opposed(opposes, a).Add(b);
            Opposed(opposes, b).Add(a);
        }

        var joinedBy = relations
            .Where(r => joining.Contains(r.Type) && NumberOf(r.Source) is not null)
            .GroupBy(r => NumberOf(r.Source)!.Value)
            .ToDictionary(g => g.Key, g => g.Select(r => r.Id).ToImmutableArray());
        var coalitions = groups
            .Select((members, i) => new Coalition
            {
                Number = i + 1,
                Members = members,
                Opposes = opposes.TryGetValue(i + 1, out var o) ? [.. o] : [],
                Relations = joinedBy.GetValueOrDefault(i + 1, []),
            })
            .ToImmutableArray();

        return new ActorSides(coalitions, FindMediators(index, NumberOf), conflicts.ToImmutable());
    }

    /// <summary>The side the actor belongs to, or null.</summary>
    public Coalition? SideOf(ActorId actor) => _sideOf.GetValueOrDefault(actor);

    /// <summary>The actor as a mediator, or null when it mediates nothing.</summary>
    public Mediator? MediatorOf(ActorId actor) => _mediators.GetValueOrDefault(actor);

    /// <summary>Whether the two actors are on the same side.</summary>
    public bool AreOnSameSide(ActorId first, ActorId second) =>
        SideOf(first) is { } side && SideOf(second) is { } other && side.Number == other.Number;

    /// <summary>Whether the two actors are on sides that oppose each other.</summary>
    public bool AreOpposed(ActorId first, ActorId second) =>
        SideOf(first) is { } side && SideOf(second) is { } other && side.Opposes.Contains(other.Number);

    /// <summary>Returns one side a line, then one mediator a line.</summary>
    public override string ToString() => string.Join("\n", Coalitions.Select(c => c.ToString()).Concat(Mediators.Select(m => m.ToString())));

    private static SortedSet<int> Opposed(Dictionary<int, SortedSet<int>> opposes, int side)
    {
        if (!opposes.TryGetValue(side, out var set))
        {
            set = [];
            opposes.Add(side, set);
        }

        return set;
    }

    /// <summary>The roles of the parties an event's mediators mediate between: attendees, initiators and targets.</summary>
    internal static bool IsParty(ParticipantRole role) => role is ParticipantRole.Attendee or ParticipantRole.Initiator or ParticipantRole.Target;

    private static ImmutableArray<Mediator> FindMediators(DatasetIndex index, Func<ActorId, int?> sideOf)
    {
        var found = new Dictionary<ActorId, MediatorFinding>();
        MediatorFinding Of(ActorId actor)
        {
            if (!found.TryGetValue(actor, out var entry))
            {
                entry = new MediatorFinding();
                found.Add(actor, entry);
            }

            return entry;
        }

        foreach (var relation in index.Dataset.Relations.Where(r => r.Type == RelationType.MediatesBetween))
        {
            var entry = Of(relation.Source);
            if (relation.Target != relation.Source)
            {
                entry.Between.Add(relation.Target);
            }

            entry.Relations.Add(relation.Id.Value);
        }

        foreach (var item in index.Dataset.Events)
        {
            // Most events have no mediator: found by a plain scan, nothing allocated for them.
            if (!HasMediator(item.Participants))
            {
                continue;
            }

            var mediators = item.Participants.Where(p => p.Role == ParticipantRole.Mediator).Select(p => p.Actor).Distinct().ToList();

            var crowded = item.Participants.Distinct().Count() > ActorNetwork.MaxParticipantsJoined;
            List<ActorId> ActorsIn(Func<ParticipantRole, bool> role) =>
                crowded ? [] : [.. item.Participants.Where(p => role(p.Role)).Select(p => p.Actor)];
            var parties = ActorsIn(IsParty);
            var hosts = ActorsIn(r => r == ParticipantRole.Host);
            var backers = ActorsIn(r => r == ParticipantRole.Supporter);
            foreach (var mediator in mediators)
            {
                var entry = Of(mediator);
                entry.Between.UnionWith(parties.Where(p => p != mediator));
                entry.Hosts.UnionWith(hosts.Where(p => p != mediator));
                entry.Backers.UnionWith(backers.Where(p => p != mediator));
                entry.Events.Add(item.Id.Value);
            }
        }

        static ImmutableArray<ActorId> InIdOrder(HashSet<ActorId> actors) => [.. actors.Order(OrdinalActorIds.Instance)];
        return
        [
            .. found
                .OrderBy(pair => pair.Key.Value, StringComparer.Ordinal)
                .Select(pair => new Mediator
                {
                    Actor = pair.Key,
                    Between = InIdOrder(pair.Value.Between),
                    BetweenSides = [.. pair.Value.Between.Select(sideOf).OfType<int>().Distinct().Order()],
                    Hosts = InIdOrder(pair.Value.Hosts),
                    Backers = InIdOrder(pair.Value.Backers),
                    Via = [.. pair.Value.Relations, .. pair.Value.Events],
                    Side = sideOf(pair.Key),
                }),
        ];
    }

    private static bool HasMediator(ImmutableArray<Participant> participants)
    {
        foreach (var participant in participants)
        {
            if (participant.Role == ParticipantRole.Mediator)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>What is found of one mediator while reading the relations and events.</summary>
    private sealed class MediatorFinding
    {
        public HashSet<ActorId> Between { get; } = [];

        public HashSet<ActorId> Hosts { get; } = [];

        public HashSet<ActorId> Backers { get; } = [];

        public List<string> Relations { get; } = [];

        public List<string> Events { get; } = [];
    }
}
