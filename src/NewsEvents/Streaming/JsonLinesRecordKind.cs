namespace NewsEvents.Streaming;

/// <summary>What a JSON Lines record holds; written as the line's <c>"kind"</c> in lower camel case.</summary>
public enum JsonLinesRecordKind
{
    /// <summary>The optional first line: schema version, dataset id, title and metadata (<c>"header"</c>).</summary>
    Header,

    /// <summary>A <see cref="NewsEvents.Model.Document"/> (<c>"document"</c>).</summary>
    Document,

    /// <summary>An <see cref="NewsEvents.Model.Actor"/> (<c>"actor"</c>).</summary>
    Actor,

    /// <summary>An <see cref="NewsEvents.Model.Event"/> (<c>"event"</c>).</summary>
    Event,

    /// <summary>A <see cref="NewsEvents.Model.Statement"/> (<c>"statement"</c>).</summary>
    Statement,

    /// <summary>A <see cref="NewsEvents.Model.Claim"/> (<c>"claim"</c>).</summary>
    Claim,

    /// <summary>A <see cref="NewsEvents.Model.Relation"/> (<c>"relation"</c>).</summary>
    Relation,
}
