using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace NewsEvents.Analysis;

/// <summary>
/// Statements grouped by speaker, each with its channel, its mode (direct quote or reported
/// speech) and the claims it carries.
/// </summary>
/// <remarks>
/// Speakers are in id order (ordinal); a speaker's statements in the timeline's order (see
/// <see cref="Timeline"/>), undated ones last by id. A claimant that made no statement appears with
/// its claims in <see cref="SpeakerStatements.OtherClaims"/>. Built in O(n log n).
/// </remarks>
public sealed class WhoSaidWhat
{
    private readonly DatasetIndex _index;

    // Each speaker's statements by the speaker's actor ordinal: found through the index's table of ids, where a map of
    // its own hashed every speaker's id again.
    private readonly SpeakerStatements?[] _byOrdinal;

    private WhoSaidWhat(DatasetIndex index, ImmutableArray<SpeakerStatements> speakers, SpeakerStatements?[] byOrdinal)
    {
        _index = index;
        Speakers = speakers;
        _byOrdinal = byOrdinal;
    }

    /// <summary>The speakers, in id order.</summary>
    public ImmutableArray<SpeakerStatements> Speakers { get; }

    /// <summary>Groups the statements of a dataset.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> is null.</exception>
    public static WhoSaidWhat Build(Dataset dataset) => Build(DatasetIndex.Build(dataset));

    /// <summary>Groups the statements of an indexed dataset.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="index"/> is null.</exception>
    public static WhoSaidWhat Build(DatasetIndex index)
    {
        Guard.NotNull(index, nameof(index));
        var dataset = index.Dataset;
        var ordered = Timeline.Arrange(index, dataset.Statements.Select(TimelineEntry.Of), dataset.Statements.Length).Entries;

        // Statements grouped by their speaker's ordinal in the index, by counting: no hashing of speaker ids.
        var bySpeaker = new OrdinalGrouper<Statement>(ordered.Length);
        var named = new bool[index.ActorOrdinals];
        var speakers = new List<(ActorId Id, int Ordinal)>();
        void Name(ActorId speaker, int ordinal)
        {
            if (!named[ordinal])
            {
                named[ordinal] = true;
                speakers.Add((speaker, ordinal));
            }
        }

        foreach (var entry in ordered)
        {
            var statement = entry.Statement!;
            var ordinal = index.ActorOrdinal(statement.Speaker);
            bySpeaker.Add(ordinal, statement);
            Name(statement.Speaker, ordinal);
        }

        foreach (var claim in dataset.Claims)
        {
            if (claim.Statement is null)
            {
                Name(claim.Claimant, index.ActorOrdinal(claim.Claimant));
            }
        }

        // Each speaker is named once, so the ranks of their ids are their places in id order: no comparison sort of ids.
        var places = OrdinalRanks.Of([.. speakers.Select(s => s.Id.Value)]);
        var statementsBy = bySpeaker.Build(index.ActorOrdinals);
        var result = new SpeakerStatements[speakers.Count];
        var byOrdinal = new SpeakerStatements?[index.ActorOrdinals];
        for (var at = 0; at < result.Length; at++)
        {
            var (speaker, ordinal) = speakers[at];
            var statements = statementsBy[ordinal];
            var said = new StatementClaims[statements.Length];
            for (var k = 0; k < said.Length; k++)
            {
                said[k] = new StatementClaims { Statement = statements[k], Claims = index.ClaimsOf(statements[k].Id) };
            }

            var otherClaims = ImmutableArray.CreateBuilder<Claim>();
            foreach (var claim in index.ClaimsByAt(ordinal))
            {
                if (claim.Statement is null)
                {
                    otherClaims.Add(claim);
                }
            }

            result[places[at]] = byOrdinal[ordinal] = new SpeakerStatements
            {
                Speaker = speaker,
                Name = index.NameAt(ordinal),
                Statements = ImmutableCollectionsMarshal.AsImmutableArray(said),
                OtherClaims = otherClaims.ToImmutable(),
            };
        }

        return new WhoSaidWhat(index, ImmutableCollectionsMarshal.AsImmutableArray(result), byOrdinal);
    }

    /// <summary>What the speaker said, or null when it said nothing.</summary>
    public SpeakerStatements? Of(ActorId speaker) => _index.ActorOrdinal(speaker) is var ordinal and >= 0 ? _byOrdinal[ordinal] : null;

    /// <summary>Returns one speaker a line.</summary>
    public override string ToString() => string.Join("\n", Speakers);
}
