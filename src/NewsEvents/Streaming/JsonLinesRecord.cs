namespace NewsEvents.Streaming;

/// <summary>
/// One line of a JSON Lines stream: its <see cref="Kind"/> and the entity it holds (a header,
/// document, actor, event, statement, claim or relation).
/// </summary>
/// <remarks>
/// Create records with the <c>From</c> methods; read them with <see cref="Value"/> and a type
/// pattern, or with the typed properties, which are null for the other kinds. Two records are equal
/// when their kinds and entities are; <see cref="LineNumber"/> is where a record was read, not part of
/// its content.
/// </remarks>
public sealed class JsonLinesRecord : IEquatable<JsonLinesRecord>
{
    private JsonLinesRecord(JsonLinesRecordKind kind, object value, long lineNumber)
    {
        Kind = kind;
        Value = value;
        LineNumber = lineNumber;
    }

    /// <summary>What the record holds.</summary>
    public JsonLinesRecordKind Kind { get; }

    /// <summary>The entity: a <see cref="JsonLinesHeader"/>, <see cref="NewsEvents.Model.Document"/>, <see cref="NewsEvents.Model.Actor"/>, <see cref="NewsEvents.Model.Event"/>, <see cref="NewsEvents.Model.Statement"/>, <see cref="NewsEvents.Model.Claim"/> or <see cref="NewsEvents.Model.Relation"/>.</summary>
    public object Value { get; }

    /// <summary>The line the record was read from, counted from 1; 0 for a record that was not read.</summary>
    public long LineNumber { get; }

    /// <summary>The header, or null for other kinds.</summary>
    public JsonLinesHeader? Header => Value as JsonLinesHeader;

    /// <summary>The document, or null for other kinds.</summary>
    public Document? Document => Value as Document;

    /// <summary>The actor, or null for other kinds.</summary>
    public Actor? Actor => Value as Actor;

    /// <summary>The event, or null for other kinds.</summary>
    public Event? Event => Value as Event;

    /// <summary>The statement, or null for other kinds.</summary>
    public Statement? Statement => Value as Statement;

    /// <summary>The claim, or null for other kinds.</summary>
    public Claim? Claim => Value as Claim;

    /// <summary>The relation, or null for other kinds.</summary>
    public Relation? Relation => Value as Relation;

    /// <summary>A header record.</summary>
    /// <param name="header">The header.</param>
    /// <returns>The record.</returns>
    public static JsonLinesRecord From(JsonLinesHeader header) => new(JsonLinesRecordKind.Header, Guard.NotNull(header, nameof(header)), 0);

    /// <summary>A document record.</summary>
    /// <param name="document">The document.</param>
    /// <returns>The record.</returns>
    public static JsonLinesRecord From(Document document) => new(JsonLinesRecordKind.Document, Guard.NotNull(document, nameof(document)), 0);

    /// <summary>An actor record.</summary>
    /// <param name="actor">The actor.</param>
    /// <returns>The record.</returns>
    public static JsonLinesRecord From(Actor actor) => new(JsonLinesRecordKind.Actor, Guard.NotNull(actor, nameof(actor)), 0);

    /// <summary>An event record.</summary>
    /// <param name="event">The event.</param>
    /// <returns>The record.</returns>
    public static JsonLinesRecord From(Event @event) => new(JsonLinesRecordKind.Event, Guard.NotNull(@event, nameof(@event)), 0);

    /// <summary>A statement record.</summary>
    /// <param name="statement">The statement.</param>
    /// <returns>The record.</returns>
    public static JsonLinesRecord From(Statement statement) => new(JsonLinesRecordKind.Statement, Guard.NotNull(statement, nameof(statement)), 0);

    /// <summary>A claim record.</summary>
    /// <param name="claim">The claim.</param>
    /// <returns>The record.</returns>
    public static JsonLinesRecord From(Claim claim) => new(JsonLinesRecordKind.Claim, Guard.NotNull(claim, nameof(claim)), 0);

    /// <summary>A relation record.</summary>
    /// <param name="relation">The relation.</param>
    /// <returns>The record.</returns>
    public static JsonLinesRecord From(Relation relation) => new(JsonLinesRecordKind.Relation, Guard.NotNull(relation, nameof(relation)), 0);

    /// <inheritdoc />
    public bool Equals(JsonLinesRecord? other) => other is not null && Kind == other.Kind && Value.Equals(other.Value);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as JsonLinesRecord);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, Value);

    /// <summary>Returns the entity's text, with the line where the record was read.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => LineNumber > 0 ? FormattableString.Invariant($"line {LineNumber}: {Value}") : Value.ToString() ?? Kind.ToString();

    /// <summary>The same record, read at <paramref name="lineNumber"/>.</summary>
    internal JsonLinesRecord At(long lineNumber) => new(Kind, Value, lineNumber);

    internal static JsonLinesRecord Create(JsonLinesRecordKind kind, object value, long lineNumber) => new(kind, value, lineNumber);
}
