using System.Collections.Immutable;
using System.Text.Json.Serialization;
using NewsEvents.Json;

namespace NewsEvents.Model;

/// <summary>
/// A speech act: who spoke, when and where, to whom, through which channel, whether the words are
/// quoted directly or reported, and what was said.
/// </summary>
public sealed record Statement
{
    /// <summary>The statement's id, unique within the dataset.</summary>
    public required StatementId Id { get; init; }

    /// <summary>Who spoke.</summary>
    public required ActorId Speaker { get; init; }

    /// <summary>Through which channel.</summary>
    public required StatementChannel Channel { get; init => field = Guard.Defined(value, "Statement.Channel"); }

    /// <summary>Whether <see cref="Content"/> is the speaker's own words or reported speech.</summary>
    public required SpeechMode Mode { get; init => field = Guard.Defined(value, "Statement.Mode"); }

    /// <summary>What was said: the quoted words for a direct quote, the reported content otherwise.</summary>
    [JsonConverter(typeof(TextJsonConverter))]
    public required string Content { get; init => field = Guard.Text(value, "Statement.Content"); }

    /// <summary>When it was said.</summary>
    public TimeValue? Time { get; init; }

    /// <summary>Where it was said.</summary>
    public Place? Place { get; init; }

    /// <summary>To whom it was said (reporters, a counterpart).</summary>
    public ImmutableArray<ActorId> Audience { get; init => field = Guard.Items(value, "Statement.Audience"); } = [];

    /// <summary>The actors it speaks about.</summary>
    public ImmutableArray<ActorId> About { get; init => field = Guard.Items(value, "Statement.About"); } = [];

    /// <summary>Where the report gives the statement.</summary>
    public ImmutableArray<Evidence> Evidence { get; init => field = Guard.Items(value, "Statement.Evidence"); } = [];

    /// <summary>
    /// Values of the source dataset that the model has no member for, each under a namespaced name
    /// (<c>gdelt:GoldsteinScale</c>); empty unless the item was imported (new in format 1.1).
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public SourceAttributes Attributes { get; init; }

    /// <inheritdoc />
    public bool Equals(Statement? other) =>
        other is not null && Id == other.Id && Speaker == other.Speaker && Channel == other.Channel && Mode == other.Mode
        && Content == other.Content && Equals(Time, other.Time) && Equals(Place, other.Place)
        && ContentEquality.Equal(Audience, other.Audience) && ContentEquality.Equal(About, other.About)
        && ContentEquality.Equal(Evidence, other.Evidence)
        && Attributes == other.Attributes;

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Id);
        hash.Add(Speaker);
        hash.Add(Channel);
        hash.Add(Mode);
        hash.Add(Content);
        hash.Add(Time);
        hash.Add(Place);
        ContentEquality.Add(ref hash, Audience);
        ContentEquality.Add(ref hash, About);
        ContentEquality.Add(ref hash, Evidence);
        hash.Add(Attributes);
        return hash.ToHashCode();
    }

    /// <summary>Returns <c>Statement id by speaker (channel, mode): "content"</c>.</summary>
    public override string ToString() =>
        $"Statement {Id} by {Speaker} ({StrictEnumJsonConverter<StatementChannel>.NameOf(Channel)}, {StrictEnumJsonConverter<SpeechMode>.NameOf(Mode)}): \"{Content}\"";
}
