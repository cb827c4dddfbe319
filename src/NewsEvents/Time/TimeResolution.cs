using NodaTime;

namespace NewsEvents.Time;

/// <summary>What a <see cref="TimeResolution"/> found.</summary>
public enum TimeResolutionKind
{
    /// <summary>The expression could not be resolved; <see cref="TimeResolution.Reason"/> and <see cref="TimeResolution.Message"/> say why.</summary>
    Unresolved,

    /// <summary>The expression names a time: <see cref="TimeResolution.Value"/> holds it.</summary>
    Value,

    /// <summary>The expression names a length of time, not a date ("a nine-month war"): <see cref="TimeResolution.Duration"/> holds it.</summary>
    Duration,
}

/// <summary>Why an expression was not resolved.</summary>
public enum UnresolvedReason
{
    /// <summary>The expression was resolved.</summary>
    None,

    /// <summary>The expression is null, empty or blank.</summary>
    Empty,

    /// <summary>The expression is not well-formed text (it holds a lone surrogate) or is too long to be a time expression.</summary>
    InvalidText,

    /// <summary>No rule of the resolver reads the expression; see docs/time.md for what is deliberately not understood.</summary>
    NotUnderstood,

    /// <summary>The expression points one way in the past tense and another in the future ("on Sunday", "in April"): pass a <see cref="TenseHint"/>.</summary>
    NeedsTense,

    /// <summary>The expression names a time outside the years 1 to 9998 ("in 99999999 days") or a number too large to read.</summary>
    OutOfRange,

    /// <summary>The expression covers no time around this anchor ("earlier this week" on a Monday).</summary>
    EmptySpan,

    /// <summary>The expression contradicts itself ("Tuesday, January 15, 2020" was a Wednesday) or names a date that does not exist ("April 31").</summary>
    Contradictory,
}

/// <summary>
/// The immutable result of resolving a time expression: a time value, a duration, or a reason
/// why neither could be read. An expression the documented rules cannot place is unresolved, never guessed.
/// </summary>
public sealed record TimeResolution
{
    private TimeResolution(string? expression, TimeResolutionKind kind, TimeValue? value, Period? duration, bool isApproximate, UnresolvedReason reason, string? message)
    {
        Expression = expression;
        Kind = kind;
        Value = value;
        Duration = duration;
        IsApproximate = isApproximate;
        Reason = reason;
        Message = message;
    }

    /// <summary>The expression as it was given (null when it was null).</summary>
    public string? Expression { get; }

    /// <summary>What was found.</summary>
    public TimeResolutionKind Kind { get; }

    /// <summary>Whether a time value was found.</summary>
    public bool IsResolved => Kind == TimeResolutionKind.Value;

    /// <summary>
    /// The time the expression names, with its precision, the anchor's zone, the expression and the
    /// anchor it was resolved against; null unless <see cref="Kind"/> is <see cref="TimeResolutionKind.Value"/>.
    /// </summary>
    public TimeValue? Value { get; }

    /// <summary>The length of time the expression names; null unless <see cref="Kind"/> is <see cref="TimeResolutionKind.Duration"/>.</summary>
    public Period? Duration { get; }

    /// <summary>Whether the value or duration is deliberately vague ("in recent weeks", "about eight hours").</summary>
    public bool IsApproximate { get; }

    /// <summary>Why the expression was not resolved; <see cref="UnresolvedReason.None"/> when it was.</summary>
    public UnresolvedReason Reason { get; }

    /// <summary>A sentence saying why the expression was not resolved; null when it was.</summary>
    public string? Message { get; }

    internal static TimeResolution OfValue(string expression, TimeValue value) =>
        new(expression, TimeResolutionKind.Value, value, null, value.IsApproximate, UnresolvedReason.None, null);

    internal static TimeResolution OfDuration(string expression, Period duration, bool isApproximate) =>
        new(expression, TimeResolutionKind.Duration, null, duration, isApproximate, UnresolvedReason.None, null);

    internal static TimeResolution Unresolved(string? expression, UnresolvedReason reason, string message) =>
        new(expression, TimeResolutionKind.Unresolved, null, null, false, reason, message);
}
