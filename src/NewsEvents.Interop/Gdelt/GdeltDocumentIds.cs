namespace NewsEvents.Interop.Gdelt;

/// <summary>The id of a document made from its URL or identifier: <c>gdelt-doc-</c> and its <see cref="StableHash"/>.</summary>
internal static class GdeltDocumentIds
{
    public static DocumentId For(ReadOnlySpan<char> identifier) => For(StableHash.Of(identifier));

    /// <summary>The id of the document whose identifier hashes to <paramref name="hash"/> (<see cref="StableHash.Of"/>).</summary>
    public static DocumentId For(UInt128 hash) => new(StableHash.Id("gdelt-doc-", hash));
}
