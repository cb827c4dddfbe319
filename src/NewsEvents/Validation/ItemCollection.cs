namespace NewsEvents.Validation;

/// <summary>
/// The parts of a dataset that validation walks, in the order it walks them (the order of the
/// dataset's members and of a JSON Lines stream's records): the header, then each collection.
/// </summary>
internal enum ItemCollection : byte
{
    Header,
    Documents,
    Actors,
    Events,
    Statements,
    Claims,
    Relations,
}
