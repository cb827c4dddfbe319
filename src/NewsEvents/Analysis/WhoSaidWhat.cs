using System.Collections.Immutable;

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
    private readonly Dictionary<ActorId, SpeakerStatements> _bySpeaker;

    private WhoSaidWhat(ImmutableArray<SpeakerStatements> speakers)
    {
        Speakers = speakers;
        _bySpeaker = speakers.ToDictionary(s => s.Speaker);
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
        var ordered = Timeline.Arrange(index, index.Dataset.Statements.Select(TimelineEntry.Of), index.Dataset.Statements.Length)
            .Entries
            .Select(e => e.Statement!)
            .ToList();
        var speakers = ordered.Select(s => s.Speaker)
            .Concat(index.Dataset.Claims.Where(c => c.Statement is null).Select(c => c.Claimant))
            .Distinct()
            .OrderBy(a => a.Value, StringComparer.Ordinal);
        var statementsBy = ordered.GroupBy(s => s.Speaker).ToDictionary(g => g.Key, g => g.ToList());
        var result = speakers.Select(speaker => new SpeakerStatements
        {
            Speaker = speaker,
            Name = index.NameOf(speaker),
            Statements =
            [
                .. statementsBy.GetValueOrDefault(speaker, []).Select(s => new StatementClaims { Statement = s, Claims = index.ClaimsOf(s.Id) }),
            ],
            OtherClaims = [.. index.ClaimsBy(speaker).Where(c => c.Statement is null)],
        });
        return new WhoSaidWhat([.. result]);
    }

    /// <summary>What the speaker said, or null when it said nothing.</summary>
    public SpeakerStatements? Of(ActorId speaker) => _bySpeaker.GetValueOrDefault(speaker);

    /// <summary>Returns one speaker a line.</summary>
    public override string ToString() => string.Join("\n", Speakers);
}
