using System.Collections.Immutable;

namespace NewsEvents.Analysis;

/// <summary>
/// Claims grouped by proposition, traced to their origins, counted by independent sources, set
/// against the claims that contradict them, and profiled by source.
/// </summary>
/// <remarks>
/// <para><b>Proposition.</b> Claims are grouped by a key made from <see cref="Claim.Proposition"/>:
/// trimmed, every run of white space made one space, and case-folded (invariant culture). Nothing
/// else is changed: "Haftar has left Moscow" and "haftar has left  Moscow " group together, "Haftar
/// left Moscow" does not. Word propositions canonically when coding.</para>
/// <para><b>Origin.</b> A claim's origin is its claimant, unless the claim repeats another
/// (its first <see cref="ClaimLinkType.Repeats"/> link to a claim of the dataset): then its origin is
/// the origin of the claim it repeats, followed as far as the links go. Relays in
/// <see cref="Claim.Attribution"/> are never origins: two outlets relaying one agency's claim are
/// one source. When repeats links run in a circle, the circle is reported in
/// <see cref="RepeatCycles"/>, and every claim in it or leading into it takes as origin the claimant
/// of the circle's claim with the least id: they are one source, not several.</para>
/// <para><b>Sources.</b> The independent sources of a claim are the distinct origins of the claim
/// itself, of the other claims of the same proposition with the same polarity, and of the claims
/// linked to it by <see cref="ClaimLinkType.Supports"/> in either direction.</para>
/// <para><b>Contradictions.</b> Two claims contradict each other when one has a
/// <see cref="ClaimLinkType.Contradicts"/> link to the other, or when they have the same proposition
/// and one is positive and the other negative (underspecified polarity contradicts nothing).</para>
/// <para><b>Status</b>, in this order: <see cref="ClaimStatus.Contested"/> when anything contradicts
/// the claim; else <see cref="ClaimStatus.Corroborated"/> with two independent sources or more; else
/// <see cref="ClaimStatus.SingleSource"/> when it is reported more than once but from one origin only
/// (another claim of the same proposition and polarity, a supporting claim, or a repeats link to or
/// from it); else <see cref="ClaimStatus.Uncontested"/>: one claim, one origin, nothing against it.
/// Relays do not make a report: a claim reaching the reader through an agency and an outlet is still
/// one report of one origin.</para>
/// <para>Contradictions are held as groups, never as pairs: the claims of one proposition that assert
/// it against all those that deny it are one <see cref="Contradiction"/>, shared by every claim in it,
/// so that 4,000 claims against 4,000 make one contradiction, not 16 million pairs.</para>
/// <para>Built in O(n log n) in the number of claims and links, in memory linear in them. Claims that
/// share a proposition and a polarity share one array of sources and one of contradictions; a claim
/// with its own contradicts links gets an array of its own, as long as its links plus one, and one
/// with its own supports links an array of the sources they add, as long as its links at most.</para>
/// </remarks>
public sealed class ClaimsAnalysis
{
    private readonly Dictionary<ClaimId, ClaimAssessment> _byId;
    private readonly Dictionary<string, PropositionGroup> _byKey;
    private readonly Dictionary<ActorId, SourceProfile> _profiles;

    private ClaimsAnalysis(
        ImmutableArray<ClaimAssessment> claims,
        ImmutableArray<PropositionGroup> propositions,
        ImmutableArray<Contradiction> contradictions,
        ImmutableArray<RepeatCycle> cycles,
        ImmutableArray<SourceProfile> sources)
    {
        Claims = claims;
        Propositions = propositions;
        Contradictions = contradictions;
        RepeatCycles = cycles;
        Sources = sources;
        _byId = [];
        foreach (var claim in claims)
        {
            _byId.TryAdd(claim.Claim.Id, claim);
        }

        _byKey = propositions.ToDictionary(p => p.Key, StringComparer.Ordinal);
        _profiles = sources.ToDictionary(s => s.Source);
    }

    /// <summary>Every claim assessed, in the dataset's order.</summary>
    public ImmutableArray<ClaimAssessment> Claims { get; }

    /// <summary>The propositions, in order of their first claim.</summary>
    public ImmutableArray<PropositionGroup> Propositions { get; }

    /// <summary>The contradictions: explicit links in the dataset's order, then opposite polarities by proposition.</summary>
    public ImmutableArray<Contradiction> Contradictions { get; }

    /// <summary>The circles of repeats links, in the order they were met.</summary>
    public ImmutableArray<RepeatCycle> RepeatCycles { get; }

    /// <summary>The profile of every claimant and relay, in id order (ordinal).</summary>
    public ImmutableArray<SourceProfile> Sources { get; }

    /// <summary>The key claims are grouped by: trimmed, white space collapsed, case-folded.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="proposition"/> is null.</exception>
    public static string KeyOf(string proposition)
    {
        Guard.NotNull(proposition, nameof(proposition));
        return AnalysisText.PropositionKey(proposition);
    }

    /// <summary>Analyses the claims of a dataset.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> is null.</exception>
    public static ClaimsAnalysis Build(Dataset dataset) => Build(DatasetIndex.Build(dataset));

    /// <summary>Analyses the claims of an indexed dataset.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="index"/> is null.</exception>
    public static ClaimsAnalysis Build(DatasetIndex index)
    {
        Guard.NotNull(index, nameof(index));
        var claims = index.Dataset.Claims;
        var n = claims.Length;
        var position = new Dictionary<ClaimId, int>(n);
        for (var i = 0; i < n; i++)
        {
            position.TryAdd(claims[i].Id, i);
        }

        int Resolve(ClaimId id) => position.TryGetValue(id, out var at) ? at : -1;

        // Origins, through repeats links.
        var repeats = new int[n];
        var repeatedBy = new int[n];
        for (var i = 0; i < n; i++)
        {
            repeats[i] = -1;
            foreach (var link in claims[i].Links)
            {
                if (link.Type == ClaimLinkType.Repeats && Resolve(link.Target) is var target and >= 0)
                {
                    repeats[i] = target;
                    repeatedBy[target]++;
                    break;
                }
            }
        }

        var (root, inCycle, cycles) = FollowRepeats(claims, repeats);

        // Groups by proposition, in order of first appearance.
        var keys = new string[n];
        var groups = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var groupOrder = new List<string>();
        for (var i = 0; i < n; i++)
        {
            keys[i] = AnalysisText.PropositionKey(claims[i].Proposition);
            if (!groups.TryGetValue(keys[i], out var members))
            {
                members = [];
                groups.Add(keys[i], members);
                groupOrder.Add(keys[i]);
            }

            members.Add(i);
        }

        ActorId OriginOf(int i) => claims[root[i]].Claimant;
        ImmutableArray<ActorId> Distinct(IEnumerable<int> members) =>
            [.. members.Select(OriginOf).Distinct().OrderBy(a => a.Value, StringComparer.Ordinal)];

        var samePolarity = new Dictionary<(string, ClaimPolarity), (ImmutableArray<ActorId> Origins, ImmutableArray<Claim> Claims, int Count)>();
        foreach (var (key, members) in groups)
        {
            foreach (var polarity in members.Select(i => claims[i].Polarity).Distinct())
            {
                var same = members.Where(i => claims[i].Polarity == polarity).ToList();
                samePolarity.Add((key, polarity), (Distinct(same), [.. same.Select(i => claims[i])], same.Count));
            }
        }

        // Explicit links.
        var supporters = new Dictionary<int, List<int>>();
        var contradictionsOf = new Dictionary<int, List<Contradiction>>();
        var contradictions = ImmutableArray.CreateBuilder<Contradiction>();
        var linkedPairs = new HashSet<(int, int)>();
        for (var i = 0; i < n; i++)
        {
            foreach (var link in claims[i].Links)
            {
                var target = Resolve(link.Target);
                if (target < 0 || target == i)
                {
                    continue;
                }

                if (link.Type == ClaimLinkType.Supports)
                {
                    Append(supporters, i, target);
                    Append(supporters, target, i);
                }
                else if (link.Type == ClaimLinkType.Contradicts && linkedPairs.Add((Math.Min(i, target), Math.Max(i, target))))
                {
                    var contradiction = new Contradiction { Kind = ContradictionKind.ExplicitLink, First = [claims[i]], Second = [claims[target]] };
                    contradictions.Add(contradiction);
                    Append(contradictionsOf, i, contradiction);
                    Append(contradictionsOf, target, contradiction);
                }
            }
        }

        // Opposite polarities: one contradiction per proposition, shared by all its claims, never one per pair.
        var opposedIn = new Dictionary<string, ImmutableArray<Contradiction>>(StringComparer.Ordinal);
        foreach (var key in groupOrder)
        {
            if (samePolarity.TryGetValue((key, ClaimPolarity.Positive), out var positive)
                && samePolarity.TryGetValue((key, ClaimPolarity.Negative), out var negative))
            {
                var contradiction = new Contradiction
                {
                    Kind = ContradictionKind.OppositePolarity,
                    Proposition = claims[groups[key][0]].Proposition,
                    First = positive.Claims,
                    Second = negative.Claims,
                };
                contradictions.Add(contradiction);
                opposedIn.Add(key, [contradiction]);
            }
        }

        // Assessments.
        var actorsOf = new Dictionary<ImmutableArray<ActorId>, ImmutableArray<Actor>>();
        ImmutableArray<Actor> ActorsOf(ImmutableArray<ActorId> ids)
        {
            if (!actorsOf.TryGetValue(ids, out var actors))
            {
                actors = [.. ids.Select(index.FindActor).OfType<Actor>()];
                actorsOf.Add(ids, actors);
            }

            return actors;
        }

        var originSets = new Dictionary<ImmutableArray<ActorId>, HashSet<ActorId>>();
        HashSet<ActorId> OriginSet(ImmutableArray<ActorId> origins)
        {
            if (!originSets.TryGetValue(origins, out var set))
            {
                set = [.. origins];
                originSets.Add(origins, set);
            }

            return set;
        }

        var assessments = ImmutableArray.CreateBuilder<ClaimAssessment>(n);
        for (var i = 0; i < n; i++)
        {
            var claim = claims[i];
            var same = samePolarity[(keys[i], claim.Polarity)];
            ImmutableArray<ActorId> supportSources = [];
            if (supporters.TryGetValue(i, out var support))
            {
                var inProposition = OriginSet(same.Origins);
                supportSources = [.. support.Select(OriginOf).Where(o => !inProposition.Contains(o)).Distinct().OrderBy(a => a.Value, StringComparer.Ordinal)];
            }

            var opposed = claim.Polarity is ClaimPolarity.Positive or ClaimPolarity.Negative ? opposedIn.GetValueOrDefault(keys[i], []) : [];
            var against = contradictionsOf.TryGetValue(i, out var explicitAgainst) ? [.. explicitAgainst, .. opposed] : opposed;
            var contradictedBy = opposed.IsEmpty ? 0 : opposed[0].Against(claim).Length;
            foreach (var link in explicitAgainst ?? [])
            {
                // The other claim of a link counts once, even when it also denies the same proposition.
                var other = link.Against(claim)[0];
                if (opposed.IsEmpty || other.Polarity == claim.Polarity || other.Polarity == ClaimPolarity.Underspecified || AnalysisText.PropositionKey(other.Proposition) != keys[i])
                {
                    contradictedBy++;
                }
            }

            var status = !against.IsEmpty
                ? ClaimStatus.Contested
                : same.Origins.Length + supportSources.Length >= 2
                    ? ClaimStatus.Corroborated
                    : same.Count > 1 || support is not null || repeats[i] >= 0 || repeatedBy[i] > 0
                        ? ClaimStatus.SingleSource
                        : ClaimStatus.Uncontested;
            assessments.Add(new ClaimAssessment
            {
                Claim = claim,
                PropositionKey = keys[i],
                OriginClaim = claims[root[i]].Id,
                Origin = OriginOf(i),
                InRepeatCycle = inCycle[i],
                PropositionSources = same.Origins,
                SupportSources = supportSources,
                PropositionActors = ActorsOf(same.Origins),
                SupportActors = [.. supportSources.Select(index.FindActor).OfType<Actor>()],
                Contradictions = against,
                ContradictedByCount = contradictedBy,
                Status = status,
            });
        }

        var assessed = assessments.MoveToImmutable();
        var propositions = groupOrder.Select(key =>
        {
            var members = groups[key];
            return new PropositionGroup
            {
                Key = key,
                Text = claims[members[0]].Proposition,
                Claims = [.. members.Select(i => claims[i])],
                AssertedBy = samePolarity.TryGetValue((key, ClaimPolarity.Positive), out var p) ? p.Origins : [],
                DeniedBy = samePolarity.TryGetValue((key, ClaimPolarity.Negative), out var d) ? d.Origins : [],
            };
        });

        return new ClaimsAnalysis(assessed, [.. propositions], contradictions.ToImmutable(), cycles, Profiles(index, assessed));
    }

    /// <summary>The assessment of the claim, or null when the claim is not in the dataset.</summary>
    public ClaimAssessment? Assess(ClaimId claim) => _byId.GetValueOrDefault(claim);

    /// <summary>The group of the proposition (compared by its key), or null.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="proposition"/> is null.</exception>
    public PropositionGroup? Proposition(string proposition) => _byKey.GetValueOrDefault(KeyOf(proposition));

    /// <summary>The profile of the source, or null when it asserts and relays no claim.</summary>
    public SourceProfile? ProfileOf(ActorId source) => _profiles.GetValueOrDefault(source);

    /// <summary>Returns one claim a line.</summary>
    public override string ToString() => string.Join("\n", Claims);

    private static void Append<T>(Dictionary<int, List<T>> map, int key, T value)
    {
        if (!map.TryGetValue(key, out var list))
        {
            list = [];
            map.Add(key, list);
        }

        if (!list.Contains(value))
        {
            list.Add(value);
        }
    }

    /// <summary>Finds each claim's root through its repeats link, in O(n), reporting circles instead of looping.</summary>
    private static (int[] Root, bool[] InCycle, ImmutableArray<RepeatCycle> Cycles) FollowRepeats(ImmutableArray<Claim> claims, int[] repeats)
    {
        const byte Open = 1, Done = 2;
        var n = claims.Length;
        var state = new byte[n];
        var root = new int[n];
        var inCycle = new bool[n];
        var cycles = ImmutableArray.CreateBuilder<RepeatCycle>();
        var path = new List<int>();
        var onPath = new Dictionary<int, int>();
        for (var start = 0; start < n; start++)
        {
            if (state[start] == Done)
            {
                continue;
            }

            path.Clear();
            onPath.Clear();
            var current = start;
            int found;
            bool cyclic;
            while (true)
            {
                if (state[current] == Done)
                {
                    (found, cyclic) = (root[current], inCycle[current]);
                    break;
                }

                if (state[current] == Open)
                {
                    var members = path.Skip(onPath[current]).ToList();
                    var least = members.MinBy(i => claims[i].Id.Value, StringComparer.Ordinal);
                    var at = members.IndexOf(least);
                    cycles.Add(new RepeatCycle { Claims = [.. members.Skip(at).Concat(members.Take(at)).Select(i => claims[i].Id)] });
                    (found, cyclic) = (least, true);
                    break;
                }

                state[current] = Open;
                onPath.Add(current, path.Count);
                path.Add(current);
                if (repeats[current] < 0)
                {
                    (found, cyclic) = (current, false);
                    break;
                }

                current = repeats[current];
            }

            foreach (var i in path)
            {
                root[i] = found;
                inCycle[i] = cyclic;
                state[i] = Done;
            }
        }

        return (root, inCycle, cycles.ToImmutable());
    }

    private static ImmutableArray<SourceProfile> Profiles(DatasetIndex index, ImmutableArray<ClaimAssessment> assessed)
    {
        var asClaimant = new Dictionary<ActorId, ClaimTally>();
        var asRelay = new Dictionary<ActorId, ClaimTally>();
        var channels = new Dictionary<ActorId, SortedSet<StatementChannel>>();
        void Channel(ActorId actor, StatementChannel channel)
        {
            if (!channels.TryGetValue(actor, out var set))
            {
                set = [];
                channels.Add(actor, set);
            }

            set.Add(channel);
        }

        foreach (var assessment in assessed)
        {
            var claim = assessment.Claim;
            asClaimant[claim.Claimant] = asClaimant.GetValueOrDefault(claim.Claimant, ClaimTally.Empty).Add(assessment.Status);
            foreach (var relay in claim.Attribution.Distinct())
            {
                asRelay[relay] = asRelay.GetValueOrDefault(relay, ClaimTally.Empty).Add(assessment.Status);
            }

            if (claim.Statement is { } id && index.FindStatement(id) is { } statement)
            {
                Channel(claim.Claimant, statement.Channel);
            }
        }

        var sources = asClaimant.Keys.Concat(asRelay.Keys).Distinct().OrderBy(a => a.Value, StringComparer.Ordinal).ToList();
        foreach (var source in sources)
        {
            foreach (var statement in index.StatementsBy(source))
            {
                Channel(source, statement.Channel);
            }
        }

        return
        [
            .. sources.Select(source => new SourceProfile
            {
                Source = source,
                Name = index.NameOf(source),
                AsClaimant = asClaimant.GetValueOrDefault(source, ClaimTally.Empty),
                AsRelay = asRelay.GetValueOrDefault(source, ClaimTally.Empty),
                Channels = channels.TryGetValue(source, out var set) ? [.. set] : [],
            }),
        ];
    }
}
