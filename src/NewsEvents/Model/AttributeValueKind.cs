namespace NewsEvents.Model;

/// <summary>The kind of JSON scalar a source attribute holds.</summary>
public enum AttributeValueKind
{
    /// <summary>A JSON string: text.</summary>
    Text,

    /// <summary>A JSON number, kept as written ("1.0" stays "1.0").</summary>
    Number,

    /// <summary>true or false.</summary>
    Boolean,
}
