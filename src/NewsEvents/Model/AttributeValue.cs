using System.Globalization;
using System.Text.Json.Serialization;
using NewsEvents.Json;

namespace NewsEvents.Model;

/// <summary>
/// The value of a <see cref="SourceAttribute"/>: a JSON string, number or boolean, kept exactly as
/// the source gave it. A number keeps its text ("1.0" stays "1.0", "-0" stays "-0"), so that a
/// dataset exported back to its source's layout is byte-identical to the source.
/// </summary>
[JsonConverter(typeof(AttributeValueJsonConverter))]
public sealed record AttributeValue
{
    private static readonly AttributeValue TrueValue = new(AttributeValueKind.Boolean, "true");
    private static readonly AttributeValue FalseValue = new(AttributeValueKind.Boolean, "false");

    private AttributeValue(AttributeValueKind kind, string text)
    {
        Kind = kind;
        Text = text;
    }

    /// <summary>The kind of scalar.</summary>
    public AttributeValueKind Kind { get; }

    /// <summary>
    /// The value as text: a string as it is, a number as it was written (its JSON text), a boolean as
    /// <c>true</c> or <c>false</c>.
    /// </summary>
    public string Text { get; }

    /// <summary>A string value: any well-formed Unicode text, even empty.</summary>
    /// <param name="value">The text.</param>
    /// <exception cref="ArgumentException">The text holds a lone surrogate.</exception>
    public static AttributeValue FromText(string value) =>
        new(AttributeValueKind.Text, Guard.WellFormed(Guard.NotNull(value, "AttributeValue.Text"), "AttributeValue.Text"));

    /// <summary>A number value, kept exactly as <paramref name="jsonNumber"/> writes it.</summary>
    /// <param name="jsonNumber">A number in JSON's syntax (<c>-12</c>, <c>1.0</c>, <c>2.5e-3</c>).</param>
    /// <exception cref="ArgumentException">The text is not a JSON number.</exception>
    public static AttributeValue FromNumber(string jsonNumber)
    {
        Guard.NotNull(jsonNumber, "AttributeValue.Text");
        if (!IsJsonNumber(jsonNumber))
        {
            Guard.Fail($"AttributeValue.Text of a number must be a JSON number such as -12, 1.0 or 2.5e-3, not '{jsonNumber}'.", "AttributeValue.Text");
        }

        return new(AttributeValueKind.Number, jsonNumber);
    }

    /// <summary>A whole number value.</summary>
    /// <param name="value">The number.</param>
    public static AttributeValue FromNumber(long value) => new(AttributeValueKind.Number, value.ToString(CultureInfo.InvariantCulture));

    /// <summary>A decimal number value, with the digits <paramref name="value"/> keeps (<c>1.50m</c> gives <c>1.50</c>).</summary>
    /// <param name="value">The number.</param>
    public static AttributeValue FromNumber(decimal value) => new(AttributeValueKind.Number, value.ToString(CultureInfo.InvariantCulture));

    /// <summary>A boolean value.</summary>
    /// <param name="value">The boolean.</param>
    public static AttributeValue FromBoolean(bool value) => value ? TrueValue : FalseValue;

    /// <summary>
    /// The number as a <see cref="decimal"/>, when it is a number a decimal can hold (one with more than
    /// 28 significant digits is rounded; <see cref="Text"/> keeps it exactly).
    /// </summary>
    /// <param name="value">The number.</param>
    /// <returns>Whether the value is such a number.</returns>
    public bool TryGetDecimal(out decimal value)
    {
        value = 0;
        return Kind == AttributeValueKind.Number && decimal.TryParse(Text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>The number as a <see cref="long"/>, when it is a whole number written without a fraction or exponent that a long holds.</summary>
    /// <param name="value">The number.</param>
    /// <returns>Whether the value is such a number.</returns>
    public bool TryGetInt64(out long value)
    {
        value = 0;
        return Kind == AttributeValueKind.Number && long.TryParse(Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>The number as a <see cref="double"/>, when it is a number (the nearest double).</summary>
    /// <param name="value">The number.</param>
    /// <returns>Whether the value is a number.</returns>
    public bool TryGetDouble(out double value)
    {
        value = 0;
        return Kind == AttributeValueKind.Number && double.TryParse(Text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>Returns the value as JSON writes it: a string in quotes, a number as written, true or false.</summary>
    public override string ToString() => Kind == AttributeValueKind.Text ? $"\"{Text}\"" : Text;

    /// <summary>Whether <paramref name="text"/> is a number in JSON's syntax (RFC 8259): <c>-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?</c>.</summary>
    internal static bool IsJsonNumber(ReadOnlySpan<char> text)
    {
        var i = 0;
        if (i < text.Length && text[i] == '-')
        {
            i++;
        }

        if (i >= text.Length || !char.IsAsciiDigit(text[i]))
        {
            return false;
        }

        if (text[i++] != '0')
        {
            i = Digits(text, i);
        }

        if (i < text.Length && text[i] == '.')
        {
            var start = ++i;
            i = Digits(text, i);
            if (i == start)
            {
                return false;
            }
        }

        if (i < text.Length && text[i] is 'e' or 'E')
        {
            i++;
            if (i < text.Length && text[i] is '+' or '-')
            {
                i++;
            }

            var start = i;
            i = Digits(text, i);
            if (i == start)
            {
                return false;
            }
        }

        return i == text.Length;
    }

    private static int Digits(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        return i;
    }
}
