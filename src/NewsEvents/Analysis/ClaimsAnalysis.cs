using System.Collections.Immutable;
using System.Runtime.InteropServices;

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
    private readonly Dictionary<string, int> _groupOfKey;
    private readonly SourceProfile?[] _profiles;
    private readonly SourceIndependence _independence;

    private ClaimsAnalysis(
        DatasetIndex index,
        ImmutableArray<ClaimAssessment> claims,
        ImmutableArray<PropositionGroup> propositions,
        Dictionary<string, int> groupOfKey,
        ImmutableArray<Contradiction> contradictions,
        ImmutableArray<RepeatCycle> cycles,
        SourceIndependence independence,
        ImmutableArray<DisputedEvent> disputed,
        (ImmutableArray<SourceProfile> Sources, SourceProfile?[] ByOrdinal) profiles)
    {
        Index = index;
        Claims = claims;
        Propositions = propositions;
        _groupOfKey = groupOfKey;
        Contradictions = contradictions;
        RepeatCycles = cycles;
        _independence = independence;
        DisputedEvents = disputed;
        (Sources, _profiles) = profiles;
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

    /// <summary>
    /// The independent sources of the dataset's claims: the origins joined when they are one actor or
    /// affiliated (see the remarks), most claims first, then by their first member's id. Their number is
    /// how many independent voices the story has.
    /// </summary>
    public ImmutableArray<IndependentSource> IndependentSources => _independence.Sources;

    /// <summary>The events whose sources disagree (see the remarks), in the dataset's order.</summary>
    public ImmutableArray<DisputedEvent> DisputedEvents { get; }

    /// <summary>The index the analysis was built from.</summary>
    internal DatasetIndex Index { get; }

    /// <summary>The key claims are grouped by: trimmed, white space collapsed, case-folded.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="proposition"/> is null.</exception>
    public static string KeyOf(string proposition)
    {
        Guard.NotNull(proposition, nameof(proposition));
        return AnalysisText.PropositionKey(proposition);
    }

    /// <summary>Analyses the claims of a dataset.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="options">Which relations make claimants one source; the defaults when null.</param>
    /// <returns>The analysis.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> is null.</exception>
    public static ClaimsAnalysis Build(Dataset dataset, IndependenceOptions? options = null) => Build(DatasetIndex.Build(dataset), options);

    /// <summary>Analyses the claims of an indexed dataset.</summary>
    /// <param name="index">The index.</param>
    /// <param name="options">Which relations make claimants one source; the defaults when null.</param>
    /// <returns>The analysis.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="index"/> is null.</exception>
    public static ClaimsAnalysis Build(DatasetIndex index, IndependenceOptions? options = null)
    {
        Guard.NotNull(index, nameof(index));
        options ??= new IndependenceOptions();
        var claims = index.Dataset.Claims;
        var n = claims.Length;
        // Claims are found by the index's table of their ids (a short id inside its slot), not a dictionary of their own.
        int Resolve(ClaimId id) => index.ClaimPosition(id);

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
        ActorId OriginOf(int i) => claims[root[i]].Claimant;

        // Every actor id hashed once: from here on an origin is its actor ordinal, and what is kept per actor an array.
        var sources = ClaimSources.Of(index, claims);
        var origins = new int[n];
        for (var i = 0; i < n; i++)
        {
            origins[i] = sources.Claimants[root[i]];
        }

        // Each claim's statement looked up once, for its time and its claimant's channels.
        var statements = new Statement?[n];
        var times = new TimeExtent?[n];
        TimeExtent? ExtentOf(TimeValue? time) => time is { } value ? TimeExtent.Of(value, index.DefaultZone) : null;
        for (var i = 0; i < n; i++)
        {
            statements[i] = claims[i].Statement is { } id ? index.FindStatement(id) : null;
            times[i] = ExtentOf(ClaimTime(claims[i], statements[i]));
        }

        TimeExtent? TimeOf(Claim claim) => ExtentOf(ClaimTime(index, claim));
        var independence = SourceIndependence.Build(index, options, sources, origins, TimeOf);

        // Groups by proposition, numbered in order of first appearance; each group's claims placed by counting.
        var keys = new string[n];
        var groupOf = new int[n];
        var groupOfKey = new Dictionary<string, int>(StringComparer.Ordinal);
        var groupKeys = new List<string>();
        // A key is looked up as characters, and made a string only for a new proposition.
        var byKeyText = groupOfKey.GetAlternateLookup<ReadOnlySpan<char>>();
        var (collapsed, keyText) = (new char[64], new char[64]);
        for (var i = 0; i < n; i++)
        {
            var proposition = claims[i].Proposition;
            if (proposition.Length > keyText.Length)
            {
                (collapsed, keyText) = (new char[2 * proposition.Length], new char[2 * proposition.Length]);
            }

            var key = keyText.AsSpan(0, AnalysisText.PropositionKey(proposition, collapsed, keyText));
            if (!byKeyText.TryGetValue(key, out var group))
            {
                group = groupKeys.Count;
                groupKeys.Add(new string(key));
                groupOfKey.Add(groupKeys[group], group);
            }

            keys[i] = groupKeys[group];
            groupOf[i] = group;
        }

        var groups = groupKeys.Count;
        var groupStart = new int[groups + 1];
        foreach (var group in groupOf)
        {
            groupStart[group + 1]++;
        }

        for (var g = 0; g < groups; g++)
        {
            groupStart[g + 1] += groupStart[g];
        }

        // A claim's rank is its place with its proposition's claims laid out side by side, in the dataset's order.
        var grouped = new int[n];
        var rankOf = new int[n];
        var placed = groupStart[..^1];
        for (var i = 0; i < n; i++)
        {
            var rank = placed[groupOf[i]]++;
            grouped[rank] = i;
            rankOf[i] = rank;
        }

        ArraySegment<int> MembersOf(int group) => new(grouped, groupStart[group], groupStart[group + 1] - groupStart[group]);

        var agreeing = new (ImmutableArray<ActorId> Origins, ImmutableArray<Actor> Actors, int Count)[n];
        ImmutableArray<Actor> ActorsOf(ImmutableArray<ActorId> ids) => [.. ids.Select(index.FindActor).OfType<Actor>()];

        // One array per origin (an actor ordinal) for the claims that are alone in their part, shared as their sources:
        // the origin's id and actor read by its ordinal.
        var oneOrigin = new (ImmutableArray<ActorId> Origins, ImmutableArray<Actor> Actors)[index.ActorOrdinals];
        (ImmutableArray<ActorId> Origins, ImmutableArray<Actor> Actors) OneOrigin(int origin)
        {
            ref var shared = ref oneOrigin[origin];
            if (shared.Origins.IsDefault)
            {
                shared = ([index.ActorAt(origin)], index.FindActorAt(origin) is { } actor ? [actor] : []);
            }

            return shared;
        }

        // What each claim agrees with, read in the dataset's order: its polarity and its figures, as a number, for the
        // claims of propositions claimed more than once; stored by rank with its origin, so that the groups below read
        // their own claims' entries side by side, not the claims, nor arrays by position from anywhere.
        var polarityAt = new ClaimPolarity[n];
        var agreementAt = new long[n];
        var originAt = new int[n];
        var agreements = new Dictionary<(ClaimPolarity, string), int>();
        for (var i = 0; i < n; i++)
        {
            var rank = rankOf[i];
            polarityAt[rank] = claims[i].Polarity;
            originAt[rank] = origins[i];
            if (groupStart[groupOf[i] + 1] - groupStart[groupOf[i]] > 1)
            {
                ref var same = ref CollectionsMarshal.GetValueRefOrAddDefault(agreements, (claims[i].Polarity, FigureText.KeyOf(claims[i].Quantities)), out var known);
                if (!known)
                {
                    same = agreements.Count - 1;
                }

                agreementAt[rank] = same;
            }
        }

        var assertedBy = new ImmutableArray<ActorId>[groups];
        var deniedBy = new ImmutableArray<ActorId>[groups];
        ImmutableArray<ActorId>[]? SideOf(ClaimPolarity polarity) => polarity switch { ClaimPolarity.Positive => assertedBy, ClaimPolarity.Negative => deniedBy, _ => null };

        // Most propositions are asserted once: no grouping to do, and their sources are their origin.
        for (var i = 0; i < n; i++)
        {
            if (groupStart[groupOf[i] + 1] - groupStart[groupOf[i]] == 1)
            {
                var (origin, actors) = OneOrigin(origins[i]);
                agreeing[i] = (origin, actors, 1);
                SideOf(claims[i].Polarity)?[groupOf[i]] = origin;
            }
        }

        // Claims that assert one proposition with one polarity and the same figures back each other; rival figures do not.
        // From here on a group's claims are the range of their ranks.
        var parts = ClaimParts.Of(index, claims, times, rankOf);
        var sortKeys = new long[n];
        var sorted = new int[n];
        var originsOf = new int[n];
        ReadOnlySpan<int> OriginsOf(ReadOnlySpan<int> ranks)
        {
            for (var m = 0; m < ranks.Length; m++)
            {
                originsOf[m] = originAt[ranks[m]];
            }

            return originsOf.AsSpan(0, ranks.Length);
        }

        ImmutableArray<ActorId> DistinctOriginsOfSide(int first, int end, ClaimPolarity polarity)
        {
            var count = 0;
            for (var rank = first; rank < end; rank++)
            {
                if (polarityAt[rank] == polarity)
                {
                    originsOf[count++] = originAt[rank];
                }
            }

            return count == 0 ? default : independence.Distinct(originsOf.AsSpan(0, count));
        }

        for (var g = 0; g < groups; g++)
        {
            var (from, to) = (groupStart[g], groupStart[g + 1]);
            if (to - from == 1)
            {
                continue;
            }

            var agreed = sortKeys.AsSpan(0, to - from);
            var byAgreement = sorted.AsSpan(0, to - from);
            for (var m = 0; m < agreed.Length; m++)
            {
                (agreed[m], byAgreement[m]) = (agreementAt[from + m], from + m);
            }

            agreed.Sort(byAgreement);
            for (var start = 0; start < agreed.Length;)
            {
                var end = start + 1;
                while (end < agreed.Length && agreed[end] == agreed[start])
                {
                    end++;
                }

                var same = byAgreement[start..end];
                same.Sort();
                parts.Split(same);
                for (var p = 0; p < parts.Count; p++)
                {
                    var part = parts[p];
                    var (origin, actors) = part.Length == 1 ? OneOrigin(originAt[part[0]]) : independence.DistinctWithActors(OriginsOf(part));
                    foreach (var rank in part)
                    {
                        agreeing[grouped[rank]] = (origin, actors, part.Length);
                    }
                }

                start = end;
            }

            assertedBy[g] = DistinctOriginsOfSide(from, to, ClaimPolarity.Positive);
            deniedBy[g] = DistinctOriginsOfSide(from, to, ClaimPolarity.Negative);
        }

        bool AboutOneThing(int first, int second) =>
            SharesSubject(claims[first].About, claims[second].About) && (times[first] is not { } x || times[second] is not { } y || x.Overlaps(y));

        // Explicit links.
        // By claim position, read in order by the assessments: most claims have neither, and a map asked about every
        // claim probed its table anywhere.
        var supporters = new List<int>?[n];
        var contradictionsOf = new List<Contradiction>?[n];
        // Each contradiction with the positions of its claims: the disputed events read their origins from these, not by
        // hashing every claim's id again.
        var contradictions = new List<PlacedContradiction>();
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
                else if (link.Type == ClaimLinkType.Contradicts && AboutOneThing(i, target) && linkedPairs.Add((Math.Min(i, target), Math.Max(i, target))))
                {
                    // Claims that link each other put the least id first, so that the order of the data changes nothing.
                    var (first, second) = Links(claims[target], ClaimLinkType.Contradicts, claims[i].Id) && string.CompareOrdinal(claims[target].Id.Value, claims[i].Id.Value) < 0
                        ? (target, i)
                        : (i, target);
                    var contradiction = new Contradiction
                    {
                        Kind = ContradictionKind.ExplicitLink,
                        About = SharedSubjects([claims[first]], [claims[second]]),
                        First = [claims[first]],
                        Second = [claims[second]],
                    };
                    contradictions.Add(new(contradiction, [first], [second]));
                    Append(contradictionsOf, i, contradiction);
                    Append(contradictionsOf, target, contradiction);
                }
            }
        }

        // Opposite polarities: one contradiction per proposition and subject, shared by all its claims, never one per pair.
        var opposedIn = new Contradiction?[n];
        for (var g = 0; g < groups; g++)
        {
            if (assertedBy[g].IsDefault || deniedBy[g].IsDefault)
            {
                continue;
            }

            var count = 0;
            for (var rank = groupStart[g]; rank < groupStart[g + 1]; rank++)
            {
                if (polarityAt[rank] is ClaimPolarity.Positive or ClaimPolarity.Negative)
                {
                    sorted[count++] = rank;
                }
            }

            parts.Split(sorted.AsSpan(0, count));
            for (var p = 0; p < parts.Count; p++)
            {
                var part = parts[p];
                var positives = 0;
                foreach (var rank in part)
                {
                    positives += polarityAt[rank] == ClaimPolarity.Positive ? 1 : 0;
                }

                if (positives == 0 || positives == part.Length)
                {
                    continue;
                }

                var (positiveAt, negativeAt) = (new int[positives], new int[part.Length - positives]);
                var (positive, negative) = (new Claim[positives], new Claim[part.Length - positives]);
                var (nextPositive, nextNegative) = (0, 0);
                foreach (var rank in part)
                {
                    var i = grouped[rank];
                    if (polarityAt[rank] == ClaimPolarity.Positive)
                    {
                        (positiveAt[nextPositive], positive[nextPositive]) = (i, claims[i]);
                        nextPositive++;
                    }
                    else
                    {
                        (negativeAt[nextNegative], negative[nextNegative]) = (i, claims[i]);
                        nextNegative++;
                    }
                }

                var (asserting, denying) = (ImmutableCollectionsMarshal.AsImmutableArray(positive), ImmutableCollectionsMarshal.AsImmutableArray(negative));
                var contradiction = new Contradiction
                {
                    Kind = ContradictionKind.OppositePolarity,
                    Proposition = claims[grouped[groupStart[g]]].Proposition,
                    About = SharedSubjects(asserting, denying),
                    First = asserting,
                    Second = denying,
                };
                contradictions.Add(new(contradiction, positiveAt, negativeAt));
                foreach (var rank in part)
                {
                    opposedIn[grouped[rank]] = contradiction;
                }
            }
        }

        // Assessments.
        // One set per shared array of sources, so that thousands of supported claims of one group do not each search it.
        var setsIn = new Dictionary<ImmutableArray<ActorId>, HashSet<int>>();
        HashSet<int> SetsIn(ImmutableArray<ActorId> backing)
        {
            if (!setsIn.TryGetValue(backing, out var sets))
            {
                sets = [.. backing.Select(o => independence.SetOf(index.ActorOrdinal(o)))];
                setsIn.Add(backing, sets);
            }

            return sets;
        }

        var assessments = new ClaimAssessment[n];
        for (var i = 0; i < n; i++)
        {
            var claim = claims[i];
            var same = agreeing[i];
            ImmutableArray<ActorId> supportSources = [];
            var support = supporters[i];
            if (support is not null)
            {
                var inGroup = SetsIn(same.Origins);
                supportSources = independence.Distinct(support.Select(s => origins[s]).Where(o => !inGroup.Contains(independence.SetOf(o))));
            }

            ImmutableArray<Contradiction> opposed = opposedIn[i] is { } group ? [group] : [];
            var explicitAgainst = contradictionsOf[i];
            var against = explicitAgainst is not null ? [.. explicitAgainst, .. opposed] : opposed;
            // A claim of an opposite-polarity group is on the side of its polarity: the other side is against it, with no search.
            var contradictedBy = opposed.IsEmpty ? 0 : (claim.Polarity == ClaimPolarity.Positive ? opposed[0].Second : opposed[0].First).Length;
            foreach (var link in explicitAgainst ?? [])
            {
                // The other claim of a link counts once, even when it also denies the same proposition about the same thing.
                var other = Resolve(link.Against(claim)[0].Id);
                if (opposed.IsEmpty || !ReferenceEquals(opposedIn[other], opposed[0]) || claims[other].Polarity == claim.Polarity)
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
            assessments[i] = new ClaimAssessment
            {
                Claim = claim,
                PropositionKey = keys[i],
                OriginClaim = claims[root[i]].Id,
                Origin = OriginOf(i),
                InRepeatCycle = inCycle[i],
                PropositionSources = same.Origins,
                SupportSources = supportSources,
                PropositionActors = same.Actors,
                SupportActors = supportSources.IsEmpty ? [] : ActorsOf(supportSources),
                Contradictions = against,
                ContradictedByCount = contradictedBy,
                Status = status,
            };
        }

        var propositions = new PropositionGroup[groups];
        for (var g = 0; g < groups; g++)
        {
            var members = MembersOf(g);
            var groupClaims = new Claim[members.Count];
            for (var m = 0; m < groupClaims.Length; m++)
            {
                groupClaims[m] = claims[members[m]];
            }

            propositions[g] = new PropositionGroup
            {
                Key = groupKeys[g],
                Text = groupClaims[0].Proposition,
                Claims = ImmutableCollectionsMarshal.AsImmutableArray(groupClaims),
                AssertedBy = assertedBy[g].IsDefault ? [] : assertedBy[g],
                DeniedBy = deniedBy[g].IsDefault ? [] : deniedBy[g],
            };
        }

        var assessed = ImmutableCollectionsMarshal.AsImmutableArray(assessments);
        ImmutableArray<Contradiction> found = [.. contradictions.Select(c => c.Contradiction)];
        return new ClaimsAnalysis(
            index,
            assessed,
            ImmutableCollectionsMarshal.AsImmutableArray(propositions),
            groupOfKey,
            found,
            cycles,
            independence,
            Disputed(index, contradictions, independence, origins),
            Profiles(index, assessed, sources, statements));
    }

    /// <summary>When a claim was made: its own time, or else its statement's.</summary>
    internal static TimeValue? ClaimTime(DatasetIndex index, Claim claim) =>
        ClaimTime(claim, claim.Statement is { } id ? index.FindStatement(id) : null);

    private static TimeValue? ClaimTime(Claim claim, Statement? statement) => claim.Time ?? statement?.Time;

    /// <summary>One origin of each independent source among <paramref name="origins"/> (the least id of those given), in id order.</summary>
    internal ImmutableArray<ActorId> DistinctSources(IEnumerable<ActorId> origins) => _independence.Distinct(origins);

    /// <summary>The independent source an origin belongs to, or null when it is the origin of no claim.</summary>
    public IndependentSource? SourceOf(ActorId origin) => _independence.SourceOf(origin);

    /// <summary>The assessment of the claim, or null when the claim is not in the dataset.</summary>
    public ClaimAssessment? Assess(ClaimId claim) => Index.ClaimPosition(claim) is var at and >= 0 ? Claims[at] : null;

    /// <summary>The group of the proposition (compared by its key), or null.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="proposition"/> is null.</exception>
    public PropositionGroup? Proposition(string proposition) => _groupOfKey.TryGetValue(KeyOf(proposition), out var group) ? Propositions[group] : null;

    /// <summary>The profile of the source, or null when it asserts and relays no claim.</summary>
    public SourceProfile? ProfileOf(ActorId source) => Index.ActorOrdinal(source) is var ordinal and >= 0 ? _profiles[ordinal] : null;

    /// <summary>Returns one claim a line.</summary>
    public override string ToString() => string.Join("\n", Claims);

    private static bool Links(Claim claim, ClaimLinkType type, ClaimId target)
    {
        foreach (var link in claim.Links)
        {
            if (link.Type == type && link.Target == target)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether two claims name an event or an actor in common; two claims that name nothing are taken to be about one unnamed thing.</summary>
    private static bool SharesSubject(ClaimSubjects first, ClaimSubjects second)
    {
        if (first.Events.IsEmpty && first.Actors.IsEmpty)
        {
            return second.Events.IsEmpty && second.Actors.IsEmpty;
        }

        return first.Events.Any(second.Events.Contains) || first.Actors.Any(second.Actors.Contains);
    }

    /// <summary>The events and actors named by a claim of each side, in id order.</summary>
    private static ClaimSubjects SharedSubjects(ImmutableArray<Claim> first, ImmutableArray<Claim> second) => new()
    {
        Events = Shared(first, second, static claim => claim.About.Events),
        Actors = Shared(first, second, static claim => claim.About.Actors),
    };

    /// <summary>The ids named by a claim of each side, once each, in ordinal order of their text.</summary>
    /// <remarks>
    /// Most contradictions set one or a few claims against as many, each naming an event or two: their ids are
    /// compared by scanning, and only sides that name many are hashed into a set.
    /// </remarks>
    private static ImmutableArray<TId> Shared<TId>(ImmutableArray<Claim> first, ImmutableArray<Claim> second, Func<Claim, ImmutableArray<TId>> named)
        where TId : struct, IEntityId<TId>, IEquatable<TId>
    {
        const int Scanned = 16;
        var total = 0;
        foreach (var claim in first)
        {
            total += named(claim).Length;
        }

        if (total == 0)
        {
            return [];
        }

        HashSet<TId>? firstNamed = null;
        if (total > Scanned)
        {
            firstNamed = [];
            foreach (var claim in first)
            {
                firstNamed.UnionWith(named(claim));
            }
        }

        bool NamedByFirst(TId id)
        {
            if (firstNamed is not null)
            {
                return firstNamed.Contains(id);
            }

            foreach (var claim in first)
            {
                if (named(claim).Contains(id))
                {
                    return true;
                }
            }

            return false;
        }

        List<TId>? shared = null;
        HashSet<TId>? sharedSet = null;
        foreach (var claim in second)
        {
            foreach (var id in named(claim))
            {
                if (NamedByFirst(id) && (sharedSet?.Contains(id) ?? shared?.Contains(id)) != true)
                {
                    (shared ??= []).Add(id);
                    if (sharedSet is not null)
                    {
                        sharedSet.Add(id);
                    }
                    else if (shared.Count > Scanned)
                    {
                        sharedSet = [.. shared];
                    }
                }
            }
        }

        if (shared is null)
        {
            return [];
        }

        shared.Sort(static (x, y) => string.CompareOrdinal(x.Value, y.Value));
        return [.. shared];
    }

    /// <summary>The disputed events: marked so, or the subject of a contradiction of opposite polarities; in the dataset's order.</summary>
    /// <param name="index">The index.</param>
    /// <param name="contradictions">The contradictions found, with the positions of their claims.</param>
    /// <param name="independence">The independent sources.</param>
    /// <param name="origins">The actor ordinal of each claim's origin, by the claim's position.</param>
    private static ImmutableArray<DisputedEvent> Disputed(
        DatasetIndex index, List<PlacedContradiction> contradictions, SourceIndependence independence, int[] origins)
    {
        // The contradictions grouped by the ordinal of each event they are about, and read in the events' order: each
        // event of the dataset is matched by its position, where hashing every event's id, or a map by ordinal, probed a
        // table anywhere.
        var aboutEvent = new OrdinalGrouper<PlacedContradiction>(contradictions.Count);
        foreach (var contradiction in contradictions)
        {
            foreach (var e in contradiction.Contradiction.About.Events)
            {
                // An event only referenced is no event of the dataset: nothing to match.
                if (index.EventOrdinal(e) is var ordinal and >= 0)
                {
                    aboutEvent.Add(ordinal, contradiction);
                }
            }
        }

        var about = aboutEvent.Build(index.EventOrdinals);

        // Only for an event marked disputed without contradictions: its claims come from the index, without positions.
        int OriginOf(Claim claim) => origins[index.ClaimPosition(claim.Id)];
        var sides = new List<int>();
        ImmutableArray<ActorId> Side(ImmutableArray<PlacedContradiction> against, bool first)
        {
            sides.Clear();
            foreach (var contradiction in against)
            {
                foreach (var position in first ? contradiction.First : contradiction.Second)
                {
                    sides.Add(origins[position]);
                }
            }

            return independence.Distinct(CollectionsMarshal.AsSpan(sides));
        }

        var events = index.Dataset.Events;
        var disputed = ImmutableArray.CreateBuilder<DisputedEvent>();
        for (var position = 0; position < events.Length; position++)
        {
            var e = events[position];
            var ordinal = index.EventOrdinalAt(position);
            var against = about[ordinal];
            if (e.Status != EventStatus.Disputed && !against.Any(c => c.Contradiction.Kind == ContradictionKind.OppositePolarity))
            {
                continue;
            }

            disputed.Add(against.IsEmpty
                ? new DisputedEvent
                {
                    Event = e,
                    For = independence.Distinct(index.ClaimsAboutEventAt(ordinal).Where(c => c.Polarity == ClaimPolarity.Positive).Select(OriginOf)),
                    Against = independence.Distinct(index.ClaimsAboutEventAt(ordinal).Where(c => c.Polarity == ClaimPolarity.Negative).Select(OriginOf)),
                }
                : new DisputedEvent
                {
                    Event = e,
                    Contradictions = [.. against.Select(c => c.Contradiction)],
                    For = Side(against, first: true),
                    Against = Side(against, first: false),
                });
        }

        return disputed.ToImmutable();
    }

    /// <summary>A contradiction with the positions of its first and second claims in the dataset.</summary>
    private sealed class PlacedContradiction(Contradiction contradiction, int[] first, int[] second)
    {
        public Contradiction Contradiction { get; } = contradiction;

        public int[] First { get; } = first;

        public int[] Second { get; } = second;
    }

    private static void Append<T>(List<T>?[] lists, int position, T value)
    {
        var list = lists[position] ??= [];
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

    /// <summary>The profile of every claimant and relay, in id order, and each by its actor ordinal.</summary>
    private static (ImmutableArray<SourceProfile> Sources, SourceProfile?[] ByOrdinal) Profiles(
        DatasetIndex index, ImmutableArray<ClaimAssessment> assessed, ClaimSources sources, Statement?[] statements)
    {
        var actors = index.ActorOrdinals;
        // Counted in arrays and made tallies once per actor: a new tally per claim was an allocation per claim.
        const int Statuses = ClaimTally.Statuses;
        var asClaimant = new int[actors * Statuses];
        var asRelay = new int[actors * Statuses];
        var channels = new List<StatementChannel>?[actors];
        void Channel(int actor, StatementChannel channel)
        {
            var list = channels[actor] ??= [];
            if (!list.Contains(channel))
            {
                list.Add(channel);
            }
        }

        for (var i = 0; i < assessed.Length; i++)
        {
            var status = assessed[i].Status;
            var claimant = sources.Claimants[i];
            asClaimant[(claimant * Statuses) + (int)status]++;
            for (var at = sources.RelayStarts[i]; at < sources.RelayStarts[i + 1]; at++)
            {
                asRelay[(sources.Relays[at] * Statuses) + (int)status]++;
            }

            if (statements[i] is { } statement)
            {
                Channel(claimant, statement.Channel);
            }
        }

        // Made in the actors' ordinal order, the order their tallies, statements and names lie in, and each put at its
        // rank: in id order, every one of them was read from anywhere.
        var profiles = new SourceProfile[sources.ByRank.Length];
        var byOrdinal = new SourceProfile?[actors];
        for (var ordinal = 0; ordinal < actors; ordinal++)
        {
            var rank = sources.RankOf[ordinal];
            if (rank < 0)
            {
                continue;
            }

            foreach (var statement in index.StatementsByAt(ordinal))
            {
                Channel(ordinal, statement.Channel);
            }

            var heard = channels[ordinal];
            heard?.Sort();
            profiles[rank] = byOrdinal[ordinal] = new SourceProfile
            {
                Source = sources.ByRank[rank],
                Name = index.NameAt(ordinal),
                AsClaimant = ClaimTally.Of(asClaimant.AsSpan(ordinal * Statuses, Statuses)),
                AsRelay = ClaimTally.Of(asRelay.AsSpan(ordinal * Statuses, Statuses)),
                Channels = heard is null ? [] : [.. heard],
            };
        }

        return (ImmutableCollectionsMarshal.AsImmutableArray(profiles), byOrdinal);
    }
}
