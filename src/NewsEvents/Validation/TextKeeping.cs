namespace NewsEvents.Validation;

/// <summary>A document, by its number in the stream, cited by an item further on than the text window: the number of its last citation.</summary>
internal readonly record struct TextKeeping(long Document, long LastCitation) : IComparable<TextKeeping>
{
    public int CompareTo(TextKeeping other) => Document.CompareTo(other.Document);
}
