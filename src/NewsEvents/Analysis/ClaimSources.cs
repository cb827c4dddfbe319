using System.Collections.Immutable;

namespace NewsEvents.Analysis;

/// <summary>
/// The actors that assert or relay a dataset's claims, each hashed once into the index's actor ordinal and ranked by
/// its id (ordinal): every later grouping of claims by actor is an array indexed by ordinal, and every order of actors
/// a comparison of ranks, integers, instead of id strings scattered over the heap. The distinct sources' ids are
/// ranked once, by a radix sort of their texts.
/// </summary>
internal sealed class ClaimSources
{
    private ClaimSources(int[] claimants, int[] relayStarts, int[] relays, ActorId[] byRank, int[] ordinalsByRank, int[] rankOf)
    {
        Claimants = claimants;
        RelayStarts = relayStarts;
        Relays = relays;
        ByRank = byRank;
        OrdinalsByRank = ordinalsByRank;
        RankOf = rankOf;
    }

    /// <summary>The actor ordinal of each claim's claimant, by the claim's position.</summary>
    public int[] Claimants { get; }

    /// <summary>Where each claim's relays start in <see cref="Relays"/>, by the claim's position, and after the last the total.</summary>
    public int[] RelayStarts { get; }

    /// <summary>The actor ordinals of the claims' distinct relays, claim after claim, each claim's in its attribution's order.</summary>
    public int[] Relays { get; }

    /// <summary>The claimants and relays in id order (ordinal).</summary>
    public ActorId[] ByRank { get; }

    /// <summary>The actor ordinal of each of <see cref="ByRank"/>.</summary>
    public int[] OrdinalsByRank { get; }

    /// <summary>The rank of each actor ordinal in <see cref="ByRank"/>, or −1 for an actor that asserts and relays no claim.</summary>
    public int[] RankOf { get; }

    public static ClaimSources Of(DatasetIndex index, ImmutableArray<Claim> claims)
    {
        var n = claims.Length;
        var claimants = new int[n];
        var relayStarts = new int[n + 1];
        var relays = new List<int>();
        var rankOf = new int[index.ActorOrdinals];
        Array.Fill(rankOf, -1);
        var ids = new List<ActorId>();
        var ordinals = new List<int>();
        void Meet(int ordinal, ActorId id)
        {
            if (rankOf[ordinal] < 0)
            {
                rankOf[ordinal] = 0;
                ids.Add(id);
                ordinals.Add(ordinal);
            }
        }

        for (var i = 0; i < n; i++)
        {
            var claim = claims[i];
            claimants[i] = index.ActorOrdinal(claim.Claimant);
            Meet(claimants[i], claim.Claimant);
            relayStarts[i] = relays.Count;
            for (var at = 0; at < claim.Attribution.Length; at++)
            {
                var relay = claim.Attribution[at];
                if (claim.Attribution.IndexOf(relay) == at)
                {
                    var ordinal = index.ActorOrdinal(relay);
                    relays.Add(ordinal);
                    Meet(ordinal, relay);
                }
            }
        }

        relayStarts[n] = relays.Count;
        // Ranked by a radix sort of the ids' texts: a comparison sort reads two ids from anywhere in memory each step.
        var texts = new string[ids.Count];
        for (var at = 0; at < texts.Length; at++)
        {
            texts[at] = ids[at].Value;
        }

        var order = OrdinalRanks.Order(texts);
        var byRank = new ActorId[order.Length];
        var ordinalsByRank = new int[order.Length];
        for (var rank = 0; rank < order.Length; rank++)
        {
            (byRank[rank], ordinalsByRank[rank]) = (ids[order[rank]], ordinals[order[rank]]);
        }

        for (var rank = 0; rank < ordinalsByRank.Length; rank++)
        {
            rankOf[ordinalsByRank[rank]] = rank;
        }

        return new ClaimSources(claimants, relayStarts, [.. relays], byRank, ordinalsByRank, rankOf);
    }
}
