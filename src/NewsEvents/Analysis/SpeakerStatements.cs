using System.Collections.Immutable;

namespace NewsEvents.Analysis;

/// <summary>What one speaker said: its statements, each with its claims, and the claims it asserts outside any statement.</summary>
public sealed record SpeakerStatements
{
    /// <summary>The speaker.</summary>
    public required ActorId Speaker { get; init; }

    /// <summary>The speaker's name (its id when it is not in the dataset).</summary>
    public required string Name { get; init => field = Guard.Text(value, "SpeakerStatements.Name"); }

    /// <summary>The statements, in chronological order (undated last, by id).</summary>
    public ImmutableArray<StatementClaims> Statements { get; init => field = Guard.Items(value, "SpeakerStatements.Statements"); } = [];

    /// <summary>The claims the speaker asserts as claimant without naming a statement, in the dataset's order.</summary>
    public ImmutableArray<Claim> OtherClaims { get; init => field = Guard.Items(value, "SpeakerStatements.OtherClaims"); } = [];

    /// <summary>The channels the speaker used, in the order of <see cref="StatementChannel"/>.</summary>
    public ImmutableArray<StatementChannel> Channels => [.. Statements.Select(s => s.Channel).Distinct().Order()];

    /// <inheritdoc />
    public bool Equals(SpeakerStatements? other) =>
        other is not null && Speaker == other.Speaker && Name == other.Name
        && ContentEquality.Equal(Statements, other.Statements) && ContentEquality.Equal(OtherClaims, other.OtherClaims);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Speaker);
        hash.Add(Name);
        ContentEquality.Add(ref hash, Statements);
        ContentEquality.Add(ref hash, OtherClaims);
        return hash.ToHashCode();
    }

    /// <summary>Returns the speaker and its numbers of statements and claims.</summary>
    public override string ToString() =>
        $"{Speaker} \"{Name}\": {AnalysisText.Count(Statements.Length)} statement(s), {AnalysisText.Count(Statements.Sum(s => s.Claims.Length) + OtherClaims.Length)} claim(s)";
}
