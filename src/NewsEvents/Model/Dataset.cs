using System.Collections.Immutable;
using System.Text.Json.Serialization;
using NewsEvents.Json;

namespace NewsEvents.Model;

/// <summary>
/// The unit of exchange: a schema version, metadata, and the documents, actors, events,
/// statements, claims and relations coded from them. One event reported by several documents is one
/// event with evidence from each.
/// </summary>
/// <remarks>
/// Build one with an object initializer and change one with <c>with</c>; every member validates its
/// own value. Rules that span members (unique ids, resolvable references, evidence inside the text)
/// are checked by <see cref="Validation.DatasetValidator"/>, which reports every violation at once.
/// </remarks>
public sealed record Dataset
{
    /// <summary>The format version, <c>major.minor</c>; <see cref="NewsEvents.Model.SchemaVersion.Current"/> by default, and always present in JSON.</summary>
    [JsonRequired]
    public string SchemaVersion
    {
        get;
        init
        {
            if (!NewsEvents.Model.SchemaVersion.TryParse(value, out _, out _))
            {
                Guard.Fail($"Dataset.SchemaVersion must be 'major.minor' such as \"{NewsEvents.Model.SchemaVersion.Current}\", not '{value}'.", nameof(SchemaVersion));
            }

            field = value;
        }
    } = NewsEvents.Model.SchemaVersion.Current;

    /// <summary>The dataset's id.</summary>
    public required DatasetId Id { get; init; }

    /// <summary>A title.</summary>
    [JsonConverter(typeof(TextJsonConverter))]
    public string? Title { get; init => field = Guard.OptionalText(value, "Dataset.Title"); }

    /// <summary>Who coded it, when, how.</summary>
    public DatasetMetadata? Metadata { get; init; }

    /// <summary>The news items.</summary>
    public ImmutableArray<Document> Documents { get; init => field = Guard.Items(value, "Dataset.Documents"); } = [];

    /// <summary>The actors.</summary>
    public ImmutableArray<Actor> Actors { get; init => field = Guard.Items(value, "Dataset.Actors"); } = [];

    /// <summary>The events.</summary>
    public ImmutableArray<Event> Events { get; init => field = Guard.Items(value, "Dataset.Events"); } = [];

    /// <summary>The statements.</summary>
    public ImmutableArray<Statement> Statements { get; init => field = Guard.Items(value, "Dataset.Statements"); } = [];

    /// <summary>The claims.</summary>
    public ImmutableArray<Claim> Claims { get; init => field = Guard.Items(value, "Dataset.Claims"); } = [];

    /// <summary>The relations between actors.</summary>
    public ImmutableArray<Relation> Relations { get; init => field = Guard.Items(value, "Dataset.Relations"); } = [];

    /// <inheritdoc />
    public bool Equals(Dataset? other) =>
        other is not null && SchemaVersion == other.SchemaVersion && Id == other.Id && Title == other.Title
        && Equals(Metadata, other.Metadata)
        && ContentEquality.Equal(Documents, other.Documents) && ContentEquality.Equal(Actors, other.Actors)
        && ContentEquality.Equal(Events, other.Events) && ContentEquality.Equal(Statements, other.Statements)
        && ContentEquality.Equal(Claims, other.Claims) && ContentEquality.Equal(Relations, other.Relations);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(SchemaVersion);
        hash.Add(Id);
        hash.Add(Title);
        hash.Add(Metadata);
        ContentEquality.Add(ref hash, Documents);
        ContentEquality.Add(ref hash, Actors);
        ContentEquality.Add(ref hash, Events);
        ContentEquality.Add(ref hash, Statements);
        ContentEquality.Add(ref hash, Claims);
        ContentEquality.Add(ref hash, Relations);
        return hash.ToHashCode();
    }

    /// <summary>Returns the id, title and the size of each collection.</summary>
    public override string ToString() =>
        $"Dataset {Id}{(Title is null ? string.Empty : $" \"{Title}\"")}: {Documents.Length} documents, {Actors.Length} actors, {Events.Length} events, {Statements.Length} statements, {Claims.Length} claims, {Relations.Length} relations";
}
