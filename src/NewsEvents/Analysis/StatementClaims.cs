using System.Collections.Immutable;

namespace NewsEvents.Analysis;

/// <summary>A statement with the claims that came through it.</summary>
public sealed record StatementClaims
{
    /// <summary>The statement.</summary>
    public required Statement Statement { get; init; }

    /// <summary>The claims that name the statement as theirs, in the dataset's order.</summary>
    public ImmutableArray<Claim> Claims { get; init => field = Guard.Items(value, "StatementClaims.Claims"); } = [];

    /// <summary>The channel the statement was made through.</summary>
    public StatementChannel Channel => Statement.Channel;

    /// <summary>Whether the statement is a direct quote or reported speech.</summary>
    public SpeechMode Mode => Statement.Mode;

    /// <summary>Whether the statement gives the speaker's own words.</summary>
    public bool IsDirectQuote => Statement.Mode == SpeechMode.DirectQuote;

    /// <inheritdoc />
    public bool Equals(StatementClaims? other) =>
        other is not null && Statement.Equals(other.Statement) && ContentEquality.Equal(Claims, other.Claims);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Statement);
        ContentEquality.Add(ref hash, Claims);
        return hash.ToHashCode();
    }

    /// <summary>Returns the statement and the number of its claims.</summary>
    public override string ToString() => $"{Statement} [{AnalysisText.Count(Claims.Length)} claim(s)]";
}
