namespace NewsEvents.Validation;

/// <summary>How the parts of a dataset are named in paths (<c>events</c>) and in messages (<c>an event</c>).</summary>
internal static class ItemCollections
{
    /// <summary>The dataset member that holds the collection: <c>events</c>.</summary>
    public static string Member(ItemCollection collection) => collection switch
    {
        ItemCollection.Documents => "documents",
        ItemCollection.Actors => "actors",
        ItemCollection.Events => "events",
        ItemCollection.Statements => "statements",
        ItemCollection.Claims => "claims",
        ItemCollection.Relations => "relations",
        _ => "header",
    };

    /// <summary>One item of the collection: <c>event</c>.</summary>
    public static string Item(ItemCollection collection) => Member(collection)[..^1];

    /// <summary>One item of the collection with its article: <c>an event</c>.</summary>
    public static string AnItem(ItemCollection collection) => Item(collection) switch
    {
        var item when "aeiou".Contains(item[0], StringComparison.Ordinal) => "an " + item,
        var item => "a " + item,
    };
}
