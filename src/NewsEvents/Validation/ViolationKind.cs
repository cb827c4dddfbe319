namespace NewsEvents.Validation;

/// <summary>The rules a dataset can break.</summary>
public enum ViolationKind
{
    /// <summary>The JSON could not be read as the format (syntax, type, unknown or missing property...).</summary>
    Format,

    /// <summary>A value breaks its member's rule (a blank name, a null item).</summary>
    InvalidValue,

    /// <summary>The schema version is not one this reader reads.</summary>
    UnsupportedSchemaVersion,

    /// <summary>Two items of one collection share an id.</summary>
    DuplicateId,

    /// <summary>An id is missing (a default identifier).</summary>
    MissingId,

    /// <summary>A reference names an id that its collection does not hold.</summary>
    UnknownReference,

    /// <summary>An item refers to itself where that makes no sense (an event part of itself).</summary>
    SelfReference,

    /// <summary>An evidence span does not lie inside its document's text.</summary>
    EvidenceOutOfRange,

    /// <summary>An evidence quote differs from the document's text at its offsets, or its length from the span's.</summary>
    QuoteMismatch,

    /// <summary>Claims repeat each other in a circle, so no claim of the circle has an origin.</summary>
    RepeatCycle,

    /// <summary>A property the reader does not know, ignored when reading a newer minor version (a warning).</summary>
    UnknownProperty,

    /// <summary>A count of people (killed, injured, displaced, arrested, participants) is negative.</summary>
    NegativeCount,

    /// <summary>A range's bounds disagree with its qualifier (a range with only a lower bound qualified "atMost").</summary>
    QualifierMismatch,

    /// <summary>A claim's statement is made by someone who is neither its claimant nor in its attribution chain.</summary>
    StatementNotByClaimant,
}
