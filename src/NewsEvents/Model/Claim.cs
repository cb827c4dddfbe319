using System.Collections.Immutable;
using System.Text.Json.Serialization;
using NewsEvents.Json;

namespace NewsEvents.Model;

/// <summary>
/// A proposition that someone asserts: the claimant, the statement it came through, what it is
/// about, its polarity and certainty (FactBank), the chain of reporters it reached the document
/// through, the numbers it asserts, and its links to other claims.
/// </summary>
/// <remarks>
/// <para><see cref="Proposition"/> is the claim's content, worded so that claims of the same
/// proposition share the same text: analyses group claims by it, and opposite polarities of one
/// proposition contradict each other.</para>
/// <para><see cref="Attribution"/> lists the relays between the reader and the claimant, outermost
/// first: "The Moscow Times runs Reuters' report that TASS reported that..." is claimant TASS with
/// attribution [The Moscow Times, Reuters]. The claimant is the claim's origin unless the claim
/// <see cref="ClaimLinkType.Repeats"/> another claim.</para>
/// </remarks>
public sealed record Claim
{
    /// <summary>The claim's id, unique within the dataset.</summary>
    public required ClaimId Id { get; init; }

    /// <summary>Who asserts the proposition.</summary>
    public required ActorId Claimant { get; init; }

    /// <summary>The proposition, worded canonically ("Haftar has left Moscow").</summary>
    [JsonConverter(typeof(TextJsonConverter))]
    public required string Proposition { get; init => field = Guard.Text(value, "Claim.Proposition"); }

    /// <summary>Whether the proposition is asserted to hold or not to hold.</summary>
    public required ClaimPolarity Polarity { get; init => field = Guard.Defined(value, "Claim.Polarity"); }

    /// <summary>How certain the claimant is.</summary>
    public required ClaimCertainty Certainty { get; init => field = Guard.Defined(value, "Claim.Certainty"); }

    /// <summary>The statement the claim came through, if any.</summary>
    public StatementId? Statement { get; init; }

    /// <summary>
    /// When the claim was made, for claims that come without a statement (a statement carries its own
    /// time). New in format 1.1.
    /// </summary>
    public TimeValue? Time { get; init; }

    /// <summary>The events and actors the claim is about (required in JSON, possibly with empty lists).</summary>
    [JsonRequired]
    public ClaimSubjects About { get; init => field = Guard.NotNull(value, "Claim.About"); } = new();

    /// <summary>The relays between the reader and the claimant, outermost first.</summary>
    public ImmutableArray<ActorId> Attribution { get; init => field = Guard.Items(value, "Claim.Attribution"); } = [];

    /// <summary>Numbers the claim asserts (a toll, a crowd's size).</summary>
    public ImmutableArray<Quantity> Quantities { get; init => field = Guard.Items(value, "Claim.Quantities"); } = [];

    /// <summary>Links to other claims (supports, contradicts, repeats).</summary>
    public ImmutableArray<ClaimLink> Links { get; init => field = Guard.Items(value, "Claim.Links"); } = [];

    /// <summary>Where the report gives the claim.</summary>
    public ImmutableArray<Evidence> Evidence { get; init => field = Guard.Items(value, "Claim.Evidence"); } = [];

    /// <summary>
    /// Values of the source dataset that the model has no member for, each under a namespaced name
    /// (<c>gdelt:GoldsteinScale</c>); empty unless the item was imported (new in format 1.1).
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public SourceAttributes Attributes { get; init; }

    /// <inheritdoc />
    public bool Equals(Claim? other) =>
        other is not null && Id == other.Id && Claimant == other.Claimant && Proposition == other.Proposition
        && Polarity == other.Polarity && Certainty == other.Certainty && Statement == other.Statement
        && Equals(Time, other.Time) && About.Equals(other.About) && ContentEquality.Equal(Attribution, other.Attribution)
        && ContentEquality.Equal(Quantities, other.Quantities) && ContentEquality.Equal(Links, other.Links)
        && ContentEquality.Equal(Evidence, other.Evidence)
        && Attributes == other.Attributes;

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Id);
        hash.Add(Claimant);
        hash.Add(Proposition);
        hash.Add(Polarity);
        hash.Add(Certainty);
        hash.Add(Statement);
        hash.Add(Time);
        hash.Add(About);
        ContentEquality.Add(ref hash, Attribution);
        ContentEquality.Add(ref hash, Quantities);
        ContentEquality.Add(ref hash, Links);
        ContentEquality.Add(ref hash, Evidence);
        hash.Add(Attributes);
        return hash.ToHashCode();
    }

    /// <summary>Returns <c>Claim id by claimant (polarity, certainty): "proposition"</c>.</summary>
    public override string ToString() =>
        $"Claim {Id} by {Claimant} ({StrictEnumJsonConverter<ClaimPolarity>.NameOf(Polarity)}, {StrictEnumJsonConverter<ClaimCertainty>.NameOf(Certainty)}): \"{Proposition}\"";
}
