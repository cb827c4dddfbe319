namespace NewsEvents.Streaming;

/// <summary>What a JSON Lines record holds; written as the line's <c>"kind"</c> in lower camel case.</summary>
public enum JsonLinesRecordKind
{
    /// <summary>The optional first line: schema version, dataset id, title and metadata (<c>"header"</c>).</summary>
    Header,

    /// <summary>A <see cref="NewsEvents.Document"/> (<c>"document"</c>).</summary>
    Document,

    /// <summary>An <see cref="NewsEvents.Actor"/> (<c>"actor"</c>).</summary>
    Actor,

    /// <summary>An <see cref="NewsEvents.Event"/> (<c>"event"</c>).</summary>
    Event,

    /// <summary>A <see cref="NewsEvents.Statement"/> (<c>"statement"</c>).</summary>
    Statement,

    /// <summary>A <see cref="NewsEvents.Claim"/> (<c>"claim"</c>).</summary>
    Claim,

    /// <summary>A <see cref="NewsEvents.Relation"/> (<c>"relation"</c>).</summary>
    Relation,
}
