using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace NewsEvents;

/// <summary>
/// The part of the one throw helper that the time types use, so that every broken rule is worded the
/// same way and the throwing code stays out of the hot paths (the JIT does not inline throw sites).
/// </summary>
internal static partial class Guard
{
    /// <summary>The first year a value may name; news has no use for year 0 and before.</summary>
    internal const int MinYear = 1;

    /// <summary>
    /// The last year a value may name. 9999 is NodaTime's limit, but the end of 9999 read in a
    /// zone west of UTC lies beyond <see cref="NodaTime.Instant.MaxValue"/>; stopping a year
    /// earlier keeps every value's earliest and latest instant computable in every zone.
    /// </summary>
    internal const int MaxYear = 9998;

    [DoesNotReturn]
    internal static void Argument(string message, string paramName) =>
        throw new ArgumentException(message, paramName);

    [DoesNotReturn]
    internal static void OutOfRange(string paramName, object? actualValue, string message) =>
        throw new ArgumentOutOfRangeException(paramName, actualValue, message);

    [DoesNotReturn]
    internal static void Null(string paramName) => throw new ArgumentNullException(paramName);

    [DoesNotReturn]
    internal static void Format(string message) => throw new FormatException(message);

    [DoesNotReturn]
    internal static void InvalidOperation(string message) => throw new InvalidOperationException(message);

    [DoesNotReturn]
    internal static T InvalidOperation<T>(string message) => throw new InvalidOperationException(message);

    [DoesNotReturn]
    internal static void Json(string message) => throw new JsonException(message);

    [DoesNotReturn]
    internal static T Json<T>(string message) => throw new JsonException(message);

    [DoesNotReturn]
    internal static void Json(string message, Exception inner) => throw new JsonException(message, inner);

    internal static void NotNull([NotNull] object? value, string paramName)
    {
        if (value is null)
        {
            Null(paramName);
        }
    }

    internal static void Year(int year, string paramName)
    {
        if (year is < MinYear or > MaxYear)
        {
            OutOfRange(paramName, year, $"A year must lie between {MinYear} and {MaxYear}.");
        }
    }

    /// <summary>Rejects null, blank and ill-formed (lone surrogate) text.</summary>
    internal static void Text(string? value, string paramName, string what)
    {
        if (value is null)
        {
            Null(paramName);
        }

        if (string.IsNullOrWhiteSpace(value))
        {
            Argument($"{what} must not be empty or blank.", paramName);
        }

        if (HasLoneSurrogate(value))
        {
            Argument($"{what} must be well-formed UTF-16: it contains a lone surrogate.", paramName);
        }
    }

    internal static bool HasLoneSurrogate(string value) => IndexOfLoneSurrogate(value) >= 0;
}
