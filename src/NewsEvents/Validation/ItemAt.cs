namespace NewsEvents.Validation;

/// <summary>
/// Where an item is: its collection and its position, which is the item's index in a dataset and
/// the record's line in a JSON Lines stream. A sink turns it into a path or a line.
/// </summary>
internal readonly record struct ItemAt(ItemCollection Collection, long Position);
