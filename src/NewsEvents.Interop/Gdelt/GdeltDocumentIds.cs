namespace NewsEvents.Interop.Gdelt;

/// <summary>The id of a document made from its URL or identifier: <c>gdelt-doc-</c> and its <see cref="StableHash"/>.</summary>
internal static class GdeltDocumentIds
{
    public static DocumentId For(ReadOnlySpan<char> identifier) => new(StableHash.Id("gdelt-doc-", identifier));
}
