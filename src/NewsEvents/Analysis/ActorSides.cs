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
/// time linear in the relations and events.</para>
/// </remarks>
public sealed class ActorSides
{
    private readonly IdTable<ActorId, Coalition> _sideOf;
    private readonly Dictionary<ActorId, Mediator> _mediators;

    private ActorSides(ImmutableArray<Coalition> coalitions, ImmutableArray<Mediator> mediators, ImmutableArray<Relation> conflicts)
    {
        Coalitions = coalitions;
        Mediators = mediators;
        Conflicts = conflicts;
        _sideOf = new(coalitions.Sum(c => c.Members.Length));
        foreach (var coalition in coalitions)
        {
            foreach (var member in coalition.Members)
            {
                _sideOf.Add(member, coalition);
            }
        }

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

        // The relations' actors as the index's ordinals: each id hashed once, into the index's compact table; the sets,
        // groups and side numbers are then keyed by integers, and no id's string is read again.
        var ends = new (int Source, int Target)[relations.Length];
        var sets = new DisjointSets<int>();
        var inOpposition = new bool[index.ActorOrdinals];
        for (var i = 0; i < relations.Length; i++)
        {
            var relation = relations[i];
            var (source, target) = ends[i] = (index.ActorOrdinal(relation.Source), index.ActorOrdinal(relation.Target));
            if (joining.Contains(relation.Type))
            {
                sets.Union(source, target);
            }
            else if (relation.Type == RelationType.Opposes)
            {
                sets.Find(source);
                sets.Find(target);
                (inOpposition[source], inOpposition[target]) = (true, true);
            }
        }

        // Each set's members in id order: the actors met, taken in the order of their ids (a linear radix order of
        // their texts), each appended to its set; the sets so come in the order of their first members' ids.
        var met = sets.Items.ToArray();
        var membersOf = new Dictionary<int, List<int>>();
        var inIdOrder = new List<List<int>>();
        foreach (var position in OrdinalRanks.Order([.. met.Select(ordinal => index.ActorAt(ordinal).Value)]))
        {
            var root = sets.Find(met[position]);
            if (!membersOf.TryGetValue(root, out var members))
            {
                members = [];
                membersOf.Add(root, members);
                inIdOrder.Add(members);
            }

            members.Add(met[position]);
        }

        // Largest first, then by the first member's id: one linear sort of the two packed into a key.
        var groups = inIdOrder.Where(g => g.Count > 1 || g.Exists(m => inOpposition[m])).ToList();
        var groupOrder = RadixOrder.Of([.. groups.Select((g, i) => ((long)-g.Count << 32) | (uint)i)]);
        var numberOfRoot = new Dictionary<int, int>(groups.Count);
        for (var i = 0; i < groupOrder.Length; i++)
        {
            numberOfRoot.Add(sets.Find(groups[groupOrder[i]][0]), i + 1);
        }

        int? NumberOfOrdinal(int ordinal) => ordinal >= 0 && sets.Contains(ordinal) && numberOfRoot.TryGetValue(sets.Find(ordinal), out var n) ? n : null;

        var opposes = new Dictionary<int, SortedSet<int>>();
        var conflicts = ImmutableArray.CreateBuilder<Relation>();
        var joinedBy = new Dictionary<int, ImmutableArray<RelationId>.Builder>();
        for (var i = 0; i < relations.Length; i++)
        {
            var relation = relations[i];
            if (relation.Type == RelationType.Opposes)
            {
                var (a, b) = (NumberOfOrdinal(ends[i].Source)!.Value, NumberOfOrdinal(ends[i].Target)!.Value);
                if (a == b)
                {
                    conflicts.Add(relation);
                    continue;
                }

                Opposed(opposes, a).Add(b);
                Opposed(opposes, b).Add(a);
            }
            else if (joining.Contains(relation.Type) && NumberOfOrdinal(ends[i].Source) is { } side)
            {
                if (!joinedBy.TryGetValue(side, out var joined))
                {
                    joined = ImmutableArray.CreateBuilder<RelationId>();
                    joinedBy.Add(side, joined);
                }

                joined.Add(relation.Id);
            }
        }

        var coalitions = groupOrder
            .Select((group, i) => new Coalition
            {
                Number = i + 1,
                Members = [.. groups[group].Select(index.ActorAt)],
                Opposes = opposes.TryGetValue(i + 1, out var o) ? [.. o] : [],
                Relations = joinedBy.TryGetValue(i + 1, out var joined) ? joined.ToImmutable() : [],
            })
            .ToImmutableArray();

        return new ActorSides(coalitions, FindMediators(index, ends, NumberOfOrdinal), conflicts.ToImmutable());
    }

    /// <summary>The side the actor belongs to, or null.</summary>
    public Coalition? SideOf(ActorId actor) => _sideOf.Find(actor);

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

    /// <summary>
    /// The mediators, in id order. Actors are the index's ordinals throughout (each participant's id hashed once), the
    /// parties gathered in lists and made distinct at the end by their ranks in id order, the mediators listed by
    /// taking the actors in id order: no set, dictionary or comparison of ids' strings per event.
    /// </summary>
    private static ImmutableArray<Mediator> FindMediators(DatasetIndex index, (int Source, int Target)[] ends, Func<int, int?> sideOf)
    {
        var found = new MediatorFinding?[index.ActorOrdinals];
        var relations = index.Dataset.Relations;
        for (var i = 0; i < relations.Length; i++)
        {
            if (relations[i].Type == RelationType.MediatesBetween)
            {
                var entry = found[ends[i].Source] ??= new MediatorFinding();
                if (ends[i].Target != ends[i].Source)
                {
                    entry.Between.Add(ends[i].Target);
                }

                entry.Relations.Add(relations[i].Id.Value);
            }
        }

        var ordinals = new List<int>();
        foreach (var item in index.Dataset.Events)
        {
            // Most events have no mediator: found by a plain scan, nothing allocated for them.
            var participants = item.Participants;
            if (!HasMediator(participants))
            {
                continue;
            }

            ordinals.Clear();
            foreach (var participant in participants)
            {
                ordinals.Add(index.ActorOrdinal(participant.Actor));
            }

            // At most that many participants cannot be more than that many distinct ones.
            var crowded = participants.Length > ActorNetwork.MaxParticipantsJoined && participants.Distinct().Count() > ActorNetwork.MaxParticipantsJoined;
            for (var k = 0; k < participants.Length; k++)
            {
                var mediator = ordinals[k];
                if (participants[k].Role != ParticipantRole.Mediator || IsMediatorBefore(participants, ordinals, k))
                {
                    continue;
                }

                var entry = found[mediator] ??= new MediatorFinding();
                for (var j = 0; j < participants.Length && !crowded; j++)
                {
                    var role = participants[j].Role;
                    var list = IsParty(role) ? entry.Between : role == ParticipantRole.Host ? entry.Hosts : role == ParticipantRole.Supporter ? entry.Backers : null;
                    if (list is not null && ordinals[j] != mediator)
                    {
                        list.Add(ordinals[j]);
                    }
                }

                entry.Events.Add(item.Id.Value);
            }
        }

        var (byRank, rankOf) = index.ActorIdOrder();
        ImmutableArray<ActorId> InIdOrder(List<int> actors)
        {
            var ranks = actors.Select(a => rankOf[a]).ToArray();
            Array.Sort(ranks);
            var distinct = ImmutableArray.CreateBuilder<ActorId>(ranks.Length);
            for (var i = 0; i < ranks.Length; i++)
            {
                if (i == 0 || ranks[i] != ranks[i - 1])
                {
                    distinct.Add(index.ActorAt(byRank[ranks[i]]));
                }
            }

            return distinct.DrainToImmutable();
        }

        var mediators = ImmutableArray.CreateBuilder<Mediator>();
        foreach (var ordinal in byRank)
        {
            if (found[ordinal] is { } entry)
            {
                mediators.Add(new Mediator
                {
                    Actor = index.ActorAt(ordinal),
                    Between = InIdOrder(entry.Between),
                    BetweenSides = [.. entry.Between.Select(sideOf).OfType<int>().Distinct().Order()],
                    Hosts = InIdOrder(entry.Hosts),
                    Backers = InIdOrder(entry.Backers),
                    Via = [.. entry.Relations, .. entry.Events],
                    Side = sideOf(ordinal),
                });
            }
        }

        return mediators.DrainToImmutable();
    }

    /// <summary>Whether the participant at <paramref name="position"/> is a mediator already met earlier in the event.</summary>
    private static bool IsMediatorBefore(ImmutableArray<Participant> participants, List<int> ordinals, int position)
    {
        for (var k = 0; k < position; k++)
        {
            if (participants[k].Role == ParticipantRole.Mediator && ordinals[k] == ordinals[position])
            {
                return true;
            }
        }

        return false;
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
        // Actor ordinals, repeats and all: made distinct once, at the end.
        public List<int> Between { get; } = [];

        public List<int> Hosts { get; } = [];

        public List<int> Backers { get; } = [];

        public List<string> Relations { get; } = [];

        public List<string> Events { get; } = [];
    }
}
