using System.Collections.Immutable;
using System.Runtime.InteropServices;

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
    private readonly IdTable<ActorId, Mediator> _mediators;

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

        _mediators = new(mediators.Length);
        foreach (var mediator in mediators)
        {
            _mediators.Add(mediator.Actor, mediator);
        }
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
        var events = index.Dataset.Events;
        var mediated = new List<int>();
        for (var i = 0; i < events.Length; i++)
        {
            if (HasMediator(events[i].Participants))
            {
                mediated.Add(i);
            }
        }

        return Build(index, options, index.ActorIdOrder(), mediated);
    }

    /// <summary>
    /// Reads the sides with what a caller that has read the events already gives: the actors' order by id, and the
    /// positions of the events with a mediator among their participants (<see cref="HasMediator"/>), in the dataset's
    /// order, so that no event's participants are read again.
    /// </summary>
    internal static ActorSides Build(DatasetIndex index, SideOptions? options, DatasetIndex.IdOrder idOrder, List<int> mediatedEvents)
    {
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
        foreach (var position in RadixOrder.Of([.. met.Select(ordinal => (long)idOrder.RankOf[ordinal])]))
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

        return new ActorSides(coalitions, FindMediators(index, idOrder, mediatedEvents, ends, NumberOfOrdinal), conflicts.ToImmutable());
    }

    /// <summary>The side the actor belongs to, or null.</summary>
    public Coalition? SideOf(ActorId actor) => _sideOf.Find(actor);

    /// <summary>The actor as a mediator, or null when it mediates nothing.</summary>
    public Mediator? MediatorOf(ActorId actor) => _mediators.Find(actor);

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
    /// The mediators, in id order. Actors are the index's ordinals throughout (each participant's id hashed once), and
    /// what is found of each mediator is one flat entry, keyed by the mediator's rank in id order: a party as a key of
    /// (mediator, list, party) whose sorted order is each mediator's lists in id order, repeats side by side; an item
    /// behind it as its id keyed by the mediator, relations before events. Both are sorted once, and the mediators read
    /// off in rank order: no object, list, set or comparison of ids' strings per mediator or per event, and no read
    /// far from the one before (<see cref="CachePartitions"/>).
    /// </summary>
    private static ImmutableArray<Mediator> FindMediators(
        DatasetIndex index, DatasetIndex.IdOrder idOrder, List<int> mediatedEvents, (int Source, int Target)[] ends, Func<int, int?> sideOf)
    {
        var (byRank, rankOf) = idOrder;
        var actorBits = CachePartitions.KeyBits(Math.Max(0, byRank.Length - 1));
        var isMediator = new bool[index.ActorOrdinals];
        var parties = new List<long>();
        var vias = new List<(long Mediator, string Via)>();
        void AddParty(int mediator, PartyList list, int party) =>
            parties.Add((((((long)rankOf[mediator]) << 2) | (long)list) << actorBits) | (uint)rankOf[party]);

        var relations = index.Dataset.Relations;
        for (var i = 0; i < relations.Length; i++)
        {
            if (relations[i].Type == RelationType.MediatesBetween)
            {
                isMediator[ends[i].Source] = true;
                if (ends[i].Target != ends[i].Source)
                {
                    AddParty(ends[i].Source, PartyList.Between, ends[i].Target);
                }

                vias.Add((rankOf[ends[i].Source], relations[i].Id.Value));
            }
        }

        var ordinals = new List<int>();
        foreach (var position in mediatedEvents)
        {
            var item = index.Dataset.Events[position];
            var participants = item.Participants;
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

                isMediator[mediator] = true;
                for (var j = 0; j < participants.Length && !crowded; j++)
                {
                    var role = participants[j].Role;
                    PartyList? list = IsParty(role) ? PartyList.Between : role == ParticipantRole.Host ? PartyList.Hosts : role == ParticipantRole.Supporter ? PartyList.Backers : null;
                    if (list is { } kind && ordinals[j] != mediator)
                    {
                        AddParty(mediator, kind, ordinals[j]);
                    }
                }

                vias.Add((rankOf[mediator], item.Id.Value));
            }
        }

        var sortedParties = new long[parties.Count];
        RadixOrder.Of(CollectionsMarshal.AsSpan(parties), sortedParties);
        var viaByMediator = CollectionsMarshal.AsSpan(vias);
        CachePartitions.Sort(viaByMediator, actorBits);
        var partyMask = (1L << actorBits) - 1;
        var lists = new[] { ImmutableArray.CreateBuilder<ActorId>(), ImmutableArray.CreateBuilder<ActorId>(), ImmutableArray.CreateBuilder<ActorId>() };
        var betweenSides = new List<int>();
        var mediators = ImmutableArray.CreateBuilder<Mediator>();
        for (int rank = 0, p = 0, v = 0; rank < byRank.Length; rank++)
        {
            var ordinal = byRank[rank];
            if (!isMediator[ordinal])
            {
                continue;
            }

            betweenSides.Clear();
            for (; p < sortedParties.Length && sortedParties[p] >>> (actorBits + 2) == rank; p++)
            {
                if (p > 0 && sortedParties[p] == sortedParties[p - 1])
                {
                    continue;
                }

                var list = (PartyList)((sortedParties[p] >>> actorBits) & 3);
                var party = byRank[(int)(sortedParties[p] & partyMask)];
                lists[(int)list].Add(index.ActorAt(party));
                if (list == PartyList.Between && sideOf(party) is { } side)
                {
                    betweenSides.Add(side);
                }
            }

            var via = ImmutableArray.CreateBuilder<string>();
            for (; v < viaByMediator.Length && viaByMediator[v].Mediator == rank; v++)
            {
                via.Add(viaByMediator[v].Via);
            }

            mediators.Add(new Mediator
            {
                Actor = index.ActorAt(ordinal),
                Between = lists[(int)PartyList.Between].DrainToImmutable(),
                BetweenSides = [.. betweenSides.Distinct().Order()],
                Hosts = lists[(int)PartyList.Hosts].DrainToImmutable(),
                Backers = lists[(int)PartyList.Backers].DrainToImmutable(),
                Via = via.DrainToImmutable(),
                Side = sideOf(ordinal),
            });
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

    /// <summary>Whether a participant of the event is in the mediator role (most events have none: a plain scan, nothing allocated).</summary>
    internal static bool HasMediator(ImmutableArray<Participant> participants)
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

    /// <summary>The lists of a mediator's parties, in the order of their keys.</summary>
    private enum PartyList
    {
        Between,
        Hosts,
        Backers,
    }
}
