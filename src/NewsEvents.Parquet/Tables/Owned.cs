namespace NewsEvents.Parquet.Tables;

/// <summary>A row of a child table: an item of a list, the kind and id of the entity whose list it is, and its place in the list.</summary>
internal readonly record struct Owned<T>(string OwnerKind, string Owner, int Position, T Item);
