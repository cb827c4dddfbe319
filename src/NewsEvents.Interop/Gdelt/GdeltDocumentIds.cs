namespace NewsEvents.Interop.Gdelt;

/// <summary>The documents GDELT names: their ids, and the document made from an identifier that may or may not be a URL.</summary>
internal static class GdeltDocumentIds
{
    /// <summary>The id of a document made from its URL or identifier: <c>gdelt-doc-</c> and its <see cref="StableHash"/>.</summary>
    public static DocumentId For(ReadOnlySpan<char> identifier) => For(StableHash.Of(identifier));

    /// <summary>The id of the document whose identifier hashes to <paramref name="hash"/> (<see cref="StableHash.Of"/>).</summary>
    public static DocumentId For(UInt128 hash) => new(StableHash.Id("gdelt-doc-", hash));

    /// <summary>
    /// The document named by <paramref name="identifier"/>: its URL when it is one; else (GDELT writes a source's name,
    /// "BBC Monitoring", where it has no URL) the identifier stands for the publisher when none is given.
    /// </summary>
    public static Document Make(DocumentId id, string identifier, string? publisher, TimeValue published, SourceAttributes attributes = default)
    {
        // An identifier that does not begin with "http" (white space aside, of which System.Uri skips less) cannot pass
        // the model's URL rule: it is told without the exception the rule throws, which costs more than the rest of a
        // row, and GDELT names every document that is not on the web so.
        if (!identifier.AsSpan().TrimStart().StartsWith("http", StringComparison.OrdinalIgnoreCase))
        {
            return new Document { Id = id, Publisher = publisher ?? identifier, Published = published, Attributes = attributes };
        }

        try
        {
            return new Document { Id = id, Url = identifier, Publisher = publisher, Published = published, Attributes = attributes };
        }
        catch (ArgumentException)
        {
            return new Document { Id = id, Publisher = publisher ?? identifier, Published = published, Attributes = attributes };
        }
    }
}
