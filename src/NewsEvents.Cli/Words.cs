namespace NewsEvents.Cli;

/// <summary>How the tool spells the model's closed sets: camelCase on the wire (as the JSON format does), spaced words for people.</summary>
internal static class Words
{
    private static readonly char[] LineBreaks = ['\r', '\n', '\t', '\u2028', '\u2029', '\u0085'];

    private static readonly System.Buffers.SearchValues<char> LineBreakValues = System.Buffers.SearchValues.Create(LineBreaks);

    /// <summary>A stated duration as the format writes it (ISO 8601 period): <c>P9M</c>.</summary>
    public static string Duration(NodaTime.Period duration) => NodaTime.Text.PeriodPattern.Roundtrip.Format(duration);

    /// <summary>A figure without its kind, in words: <c>at least 12</c>, <c>more than 40</c>, <c>10..12</c>, <c>about 8 hours</c>.</summary>
    public static string Figure(Quantity quantity)
    {
        static string Number(decimal? value) => value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;
        var qualified = quantity.Qualifier != QuantityQualifier.Exact;

        // A qualifier says which way an open range runs ("more than 40"), so its one bound is all there is to write.
        var number = quantity.Value is { } value ? Number(value)
            : qualified && (quantity.Min is null || quantity.Max is null) ? Number(quantity.Min ?? quantity.Max)
            : $"{Number(quantity.Min)}..{Number(quantity.Max)}";
        return $"{(qualified ? $"{Spaced(quantity.Qualifier)} " : string.Empty)}{number}{(quantity.Unit is null ? string.Empty : $" {quantity.Unit}")}";
    }

    /// <summary>The JSON name of an enumeration value: <c>toldReporters</c>.</summary>
    public static string Json<TEnum>(TEnum value)
        where TEnum : struct, Enum => NewsEventsJson.NameOf(value);

    /// <summary>An enumeration value in words: <c>told reporters</c>.</summary>
    public static string Spaced<TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
        var name = Json(value);
        var builder = new System.Text.StringBuilder(name.Length + 4);
        foreach (var c in name)
        {
            if (char.IsUpper(c))
            {
                builder.Append(' ').Append(char.ToLowerInvariant(c));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>"1 event", "3 events".</summary>
    public static string Count(long count, string singular, string? plural = null) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{count} {(count == 1 ? singular : plural ?? singular + "s")}");

    /// <summary>Text on one line: line breaks and tabs become spaces, so that every message and table row stays one line.</summary>
    public static string OneLine(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.AsSpan().IndexOfAny(LineBreakValues) < 0)
        {
            return text;
        }

        var parts = text.Split(LineBreaks, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return string.Join(' ', parts);
    }
}
