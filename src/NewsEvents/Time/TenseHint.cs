namespace NewsEvents.Time;

/// <summary>The tense the surrounding text is in, which decides which way a bare "Sunday" or "in April" points.</summary>
public enum TenseHint
{
    /// <summary>Unknown: only expressions that do not depend on tense are resolved.</summary>
    None,

    /// <summary>The text reports what happened: "on Sunday" is the latest Sunday on or before the anchor day.</summary>
    Past,

    /// <summary>The text reports what is planned: "on Sunday" is the first Sunday on or after the anchor day.</summary>
    Future,
}
