using System.Collections.Immutable;
using System.Text.Json.Serialization;
using NewsEvents.Json;

namespace NewsEvents.Model;

/// <summary>
/// A news item: where it was published, by whom, when (with its time zone), in which language,
/// and optionally its text, into which evidence offsets point.
/// </summary>
public sealed record Document
{
    /// <summary>The document's id, unique within the dataset.</summary>
    public required DocumentId Id { get; init; }

    /// <summary>The document's URL.</summary>
    [JsonConverter(typeof(UrlJsonConverter))]
    public string? Url { get; init => field = TextRules.Optional(value, TextRules.CheckUrl, "Document.Url"); }

    /// <summary>The headline.</summary>
    [JsonConverter(typeof(TextJsonConverter))]
    public string? Title { get; init => field = Guard.OptionalText(value, "Document.Title"); }

    /// <summary>Who published it (The Moscow Times).</summary>
    [JsonConverter(typeof(TextJsonConverter))]
    public string? Publisher { get; init => field = Guard.OptionalText(value, "Document.Publisher"); }

    /// <summary>The news agency it came from, when a publisher runs an agency's report (Reuters).</summary>
    [JsonConverter(typeof(TextJsonConverter))]
    public string? Agency { get; init => field = Guard.OptionalText(value, "Document.Agency"); }

    /// <summary>The byline as printed ("By Reuters").</summary>
    [JsonConverter(typeof(TextJsonConverter))]
    public string? Byline { get; init => field = Guard.OptionalText(value, "Document.Byline"); }

    /// <summary>Other credits: photographs, contributors ("AP / TASS").</summary>
    [JsonConverter(typeof(TextListJsonConverter))]
    public ImmutableArray<string> Credits { get; init => field = Guard.TextItems(value, "Document.Credits"); } = [];

    /// <summary>When it was published, with the precision and time zone known.</summary>
    public TimeValue? Published { get; init; }

    /// <summary>Its language, as a BCP 47 tag ("en").</summary>
    [JsonConverter(typeof(LanguageJsonConverter))]
    public string? Language { get; init => field = TextRules.Optional(value, TextRules.CheckLanguage, "Document.Language"); }

    /// <summary>Its text, when available; evidence offsets count the code points of this text.</summary>
    public string? Text { get; init => field = value is null ? null : Guard.WellFormed(value, "Document.Text"); }

    /// <summary>
    /// Values of the source dataset that the model has no member for, each under a namespaced name
    /// (<c>gdelt:GoldsteinScale</c>); empty unless the item was imported (new in format 1.1).
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public SourceAttributes Attributes { get; init; }

    /// <inheritdoc />
    public bool Equals(Document? other) =>
        other is not null && Id == other.Id && Url == other.Url && Title == other.Title && Publisher == other.Publisher
        && Agency == other.Agency && Byline == other.Byline && ContentEquality.Equal(Credits, other.Credits)
        && Equals(Published, other.Published) && Language == other.Language && Text == other.Text
        && Attributes == other.Attributes;

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Id);
        hash.Add(Url);
        hash.Add(Title);
        hash.Add(Publisher);
        hash.Add(Agency);
        hash.Add(Byline);
        ContentEquality.Add(ref hash, Credits);
        hash.Add(Published);
        hash.Add(Language);
        hash.Add(Text);
        hash.Add(Attributes);
        return hash.ToHashCode();
    }

    /// <summary>Returns <c>Document id "title"</c>.</summary>
    public override string ToString() => Title is null ? $"Document {Id}" : $"Document {Id} \"{Title}\"";
}
