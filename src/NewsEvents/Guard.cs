using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json;

namespace NewsEvents;

/// <summary>
/// The one place that throws, so that every rule is worded the same way — each message names the member
/// and states the rule that was broken, in that order of parameters (rule, then member) — and so that
/// throwing code stays out of the hot paths (the JIT does not inline a method that throws).
/// </summary>
internal static partial class Guard
{
    /// <summary>Throws an <see cref="ArgumentException"/> stating <paramref name="rule"/>.</summary>
    [DoesNotReturn]
    public static void Fail(string rule, string? paramName = null) => throw new ArgumentException(rule, paramName);

    /// <summary>
    /// Throws an <see cref="ArgumentOutOfRangeException"/> stating <paramref name="rule"/>, and the value
    /// that broke it when one is given.
    /// </summary>
    [DoesNotReturn]
    public static void OutOfRange(string rule, string? paramName = null, object? actualValue = null) =>
        throw (actualValue is null ? new ArgumentOutOfRangeException(paramName, rule) : new ArgumentOutOfRangeException(paramName, actualValue, rule));

    /// <summary>Throws an <see cref="ArgumentNullException"/> for <paramref name="paramName"/>.</summary>
    [DoesNotReturn]
    public static void Null(string paramName) => throw new ArgumentNullException(paramName);

    /// <summary>Throws a <see cref="FormatException"/> stating why the text cannot be read.</summary>
    [DoesNotReturn]
    public static void Format(string rule) => throw new FormatException(rule);

    /// <summary>Throws a <see cref="JsonException"/> stating the rule of the format that was broken.</summary>
    [DoesNotReturn]
    public static void Json(string rule) => throw new JsonException(rule);

    /// <inheritdoc cref="Json(string)"/>
    [DoesNotReturn]
    public static T Json<T>(string rule) => throw new JsonException(rule);

    /// <inheritdoc cref="Json(string)"/>
    [DoesNotReturn]
    public static void Json(string rule, Exception inner) => throw new JsonException(rule, inner);

    /// <summary>
    /// Throws a <see cref="JsonException"/> for a value that cannot be written, located at the JSON
    /// <paramref name="path"/> of its member, so that the caller learns which item holds it.
    /// </summary>
    [DoesNotReturn]
    public static void Unwritable(string rule, string path, Exception? inner = null) => throw new JsonException(rule, path, null, null, inner);

    /// <summary>Throws a <see cref="NewsEventsFormatException"/> stating a rule that data given together breaks (inputs of a merge).</summary>
    [DoesNotReturn]
    public static void Data(string rule, Validation.ViolationKind kind) =>
        throw new NewsEventsFormatException(rule, "$", null, null, [new Validation.Violation("$", kind, rule)]);

    /// <summary>Throws an <see cref="InvalidOperationException"/> stating why the call cannot be made now.</summary>
    [DoesNotReturn]
    public static void State(string rule) => throw new InvalidOperationException(rule);

    /// <inheritdoc cref="State(string)"/>
    [DoesNotReturn]
    public static T State<T>(string rule) => throw new InvalidOperationException(rule);

    /// <summary>Requires a non-null reference.</summary>
    public static T NotNull<T>([NotNull] T? value, string member)
        where T : class
    {
        if (value is null)
        {
            throw new ArgumentNullException(member, $"{member} must not be null.");
        }

        return value;
    }

    /// <summary>Requires text that is not null, not blank and well-formed UTF-16.</summary>
    public static string Text([NotNull] string? value, string member)
    {
        NotNull(value, member);
        if (string.IsNullOrWhiteSpace(value))
        {
            Fail($"{member} must not be empty or white space.", member);
        }

        return WellFormed(value, member);
    }

    /// <summary>Like <see cref="Text(string?, string)"/>, but null (absent) is allowed.</summary>
    public static string? OptionalText(string? value, string member) => value is null ? null : Text(value, member);

    /// <summary>
    /// Requires well-formed UTF-16: a lone surrogate cannot be written as JSON or UTF-8 without
    /// silently becoming U+FFFD, which would alter the data.
    /// </summary>
    public static string WellFormed(string value, string member)
    {
        var index = IndexOfLoneSurrogate(value);
        if (index >= 0)
        {
            Fail($"{member} must be well-formed Unicode text, but has a lone surrogate at UTF-16 index {index.ToString(CultureInfo.InvariantCulture)}.", member);
        }

        return value;
    }

    /// <summary>Whether <paramref name="value"/> holds an unpaired surrogate.</summary>
    public static bool HasLoneSurrogate(string value) => IndexOfLoneSurrogate(value) >= 0;

    /// <summary>Returns the UTF-16 index of the first unpaired surrogate, or -1.</summary>
    public static int IndexOfLoneSurrogate(ReadOnlySpan<char> text)
    {
        // Most text has no surrogates at all: a vectorized search skips to the first one.
        var first = text.IndexOfAnyInRange('\uD800', '\uDFFF');
        if (first < 0)
        {
            return -1;
        }

        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c))
            {
                if (i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    i++;
                    continue;
                }

                return i;
            }

            if (char.IsLowSurrogate(c))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Turns a default array into an empty one and rejects null elements.</summary>
    public static ImmutableArray<T> Items<T>(ImmutableArray<T> items, string member)
    {
        if (items.IsDefault)
        {
            return [];
        }

        if (default(T) is null)
        {
            for (var i = 0; i < items.Length; i++)
            {
                if (items[i] is null)
                {
                    Fail($"{member} must not contain null (item {i.ToString(CultureInfo.InvariantCulture)}).", member);
                }
            }
        }

        return items;
    }

    /// <summary>Like <see cref="Items{T}"/>, and every item must be non-blank, well-formed text.</summary>
    public static ImmutableArray<string> TextItems(ImmutableArray<string> items, string member)
    {
        items = Items(items, member);
        foreach (var item in items)
        {
            Text(item, member);
        }

        return items;
    }

    /// <summary>Requires a defined value of an enumeration.</summary>
    public static TEnum Defined<TEnum>(TEnum value, string member)
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            OutOfRange($"{member} must be one of the values of {typeof(TEnum).Name}, not {value}.", member);
        }

        return value;
    }
}
