using System.Globalization;
using System.Text;
using System.Text.Json.Serialization;
using NewsEvents.Json;

namespace NewsEvents.Model;

/// <summary>
/// A reported number: its kind, a value or a range, how it was qualified ("at least 12",
/// "about eight hours", "up to 30"), its unit where one applies, and the words that gave it.
/// </summary>
/// <remarks>
/// A quantity has either a <see cref="Value"/> or a range (<see cref="Min"/>, <see cref="Max"/>, either
/// of which may be open), never both. Numbers are decimals so that they round-trip exactly.
/// </remarks>
[JsonConverter(typeof(QuantityJsonConverter))]
public sealed record Quantity
{
    /// <summary>Creates a quantity.</summary>
    /// <param name="kind">What the number counts.</param>
    /// <param name="value">The single value, or null for a range.</param>
    /// <param name="min">The range's lower bound, or null.</param>
    /// <param name="max">The range's upper bound, or null.</param>
    /// <param name="qualifier">How the number was qualified.</param>
    /// <param name="unit">The unit (hours, USD), where one applies.</param>
    /// <param name="text">The words that gave the number.</param>
    /// <exception cref="ArgumentException">Neither or both of a value and a range are given, the range is reversed, or a text is blank.</exception>
    public Quantity(QuantityKind kind, decimal? value = null, decimal? min = null, decimal? max = null, QuantityQualifier qualifier = QuantityQualifier.Exact, string? unit = null, string? text = null)
    {
        Kind = Guard.Defined(kind, nameof(Kind));
        Qualifier = Guard.Defined(qualifier, nameof(Qualifier));
        if (value is null && min is null && max is null)
        {
            Guard.Fail("A Quantity needs a value or a range (min, max).", nameof(value));
        }

        if (value is not null && (min is not null || max is not null))
        {
            Guard.Fail("A Quantity has a value or a range (min, max), not both.", nameof(value));
        }

        if (min > max)
        {
            Guard.OutOfRange($"Quantity.Min ({min?.ToString(CultureInfo.InvariantCulture)}) must not exceed Quantity.Max ({max?.ToString(CultureInfo.InvariantCulture)}).", nameof(min));
        }

        Value = value;
        Min = min;
        Max = max;
        Unit = Guard.OptionalText(unit, "Quantity.Unit");
        Text = Guard.OptionalText(text, "Quantity.Text");
    }

    /// <summary>What the number counts.</summary>
    public QuantityKind Kind { get; }

    /// <summary>The single value, or null for a range.</summary>
    public decimal? Value { get; }

    /// <summary>The range's lower bound, or null.</summary>
    public decimal? Min { get; }

    /// <summary>The range's upper bound, or null.</summary>
    public decimal? Max { get; }

    /// <summary>How the number was qualified.</summary>
    public QuantityQualifier Qualifier { get; }

    /// <summary>The unit, where one applies.</summary>
    public string? Unit { get; }

    /// <summary>The words that gave the number ("about eight hours").</summary>
    public string? Text { get; }

    /// <summary>Returns, for example, <c>duration about 8 hours</c> or <c>killed 10..12</c>.</summary>
    public override string ToString()
    {
        var builder = new StringBuilder(StrictEnumJsonConverter<QuantityKind>.NameOf(Kind));
        if (Qualifier != QuantityQualifier.Exact)
        {
            builder.Append(' ').Append(StrictEnumJsonConverter<QuantityQualifier>.NameOf(Qualifier));
        }

        builder.Append(' ');
        builder.Append(Value is { } v
            ? v.ToString(CultureInfo.InvariantCulture)
            : $"{Min?.ToString(CultureInfo.InvariantCulture)}..{Max?.ToString(CultureInfo.InvariantCulture)}");
        if (Unit is not null)
        {
            builder.Append(' ').Append(Unit);
        }

        return builder.ToString();
    }
}
