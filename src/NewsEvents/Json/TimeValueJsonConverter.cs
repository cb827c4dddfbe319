using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace NewsEvents.Json;

/// <summary>
/// Reads and writes <see cref="TimeValue"/> as
/// <c>{ "value", "zone", "expression", "anchor", "approximate", "duration" }</c> in that order,
/// optional members omitted when absent (and "approximate" when false).
/// </summary>
/// <remarks>
/// Written by hand over the reader and writer so that it needs no reflection (AOT and trimming),
/// and strict: any unknown, duplicate, null, mistyped or malformed member is a
/// <see cref="JsonException"/> whose message states the rule; no other exception escapes for bad data.
/// </remarks>
internal sealed class TimeValueJsonConverter : JsonConverter<TimeValue>
{
    private static readonly JsonEncodedText ValueName = JsonEncodedText.Encode("value");
    private static readonly JsonEncodedText ZoneName = JsonEncodedText.Encode("zone");
    private static readonly JsonEncodedText ExpressionName = JsonEncodedText.Encode("expression");
    private static readonly JsonEncodedText AnchorName = JsonEncodedText.Encode("anchor");
    private static readonly JsonEncodedText ApproximateName = JsonEncodedText.Encode("approximate");
    private static readonly JsonEncodedText DurationName = JsonEncodedText.Encode("duration");

    // In the order of Member, after Unknown.
    private static readonly JsonEncodedText[] MemberNames = [ValueName, ZoneName, ExpressionName, AnchorName, ApproximateName, DurationName];

    /// <inheritdoc />
    public override TimeValue Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            Guard.Json($"A time value is a JSON object with a \"value\" member, not {Describe(reader.TokenType)}.");
        }

        string? valueText = null;
        string? zoneId = null;
        string? expression = null;
        string? anchorText = null;
        bool? approximate = null;
        string? durationText = null;

        while (true)
        {
            Read(ref reader);
            if (reader.TokenType == JsonTokenType.EndObject)
            {
                break;
            }

            if (reader.TokenType != JsonTokenType.PropertyName)
            {
                Guard.Json("A time value object holds only named members.");
            }

            switch (MemberOf(ref reader, out string? unknownName))
            {
                case Member.Value:
                    Once(valueText is not null, "value");
                    valueText = ReadString(ref reader, "value");
                    break;
                case Member.Zone:
                    Once(zoneId is not null, "zone");
                    zoneId = ReadString(ref reader, "zone");
                    break;
                case Member.Expression:
                    Once(expression is not null, "expression");
                    expression = ReadString(ref reader, "expression");
                    break;
                case Member.Anchor:
                    Once(anchorText is not null, "anchor");
                    anchorText = ReadString(ref reader, "anchor");
                    break;
                case Member.Approximate:
                    Once(approximate is not null, "approximate");
                    Read(ref reader);
                    approximate = reader.TokenType switch
                    {
                        JsonTokenType.True => true,
                        JsonTokenType.False => false,
                        _ => Guard.Json<bool>($"A time value's \"approximate\" member is true or false, not {Describe(reader.TokenType)}."),
                    };
                    break;
                case Member.Duration:
                    Once(durationText is not null, "duration");
                    durationText = ReadString(ref reader, "duration");
                    break;
                default:
                    Guard.Json(
                        $"A time value has no member \"{unknownName}\": its members are value, zone, expression, anchor, approximate and duration.");
                    break;
            }
        }

        if (valueText is null)
        {
            Guard.Json("A time value needs its \"value\" member.");
        }

        var value = ParseValue(valueText);
        DateTimeZone? zone = null;
        if (zoneId is not null)
        {
            zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(zoneId);
            if (zone is null)
            {
                Guard.Json($"A time value's \"zone\" must be a tzdb zone id such as Europe/Moscow; '{zoneId}' is not one.");
            }
        }

        return Complete(value, zone, expression, anchorText, approximate ?? false, durationText);
    }

    /// <summary>Parses a time value's <c>value</c> member.</summary>
    internal static TimeValue ParseValue(string valueText)
    {
        string? error = TimeValue.TryParseCore(valueText, out TimeValue? value);
        if (error is not null)
        {
            Guard.Json($"A time value's \"value\" is malformed: {error}");
        }

        return value!;
    }

    /// <summary>Adds the members after <c>value</c> (the zone already found) to a parsed value.</summary>
    internal static TimeValue Complete(TimeValue value, DateTimeZone? zone, string? expression, string? anchorText, bool approximate, string? durationText)
    {
        TimeValue? anchor = null;
        if (anchorText is not null)
        {
            string? anchorError = TimeValue.TryParsePoint(anchorText, out anchor);
            if (anchorError is not null)
            {
                Guard.Json($"A time value's \"anchor\" must be a point: {anchorError}");
            }
        }

        Period? duration = durationText is null ? null : ParseDuration(durationText);

        // A plain value (the common case) needs no copy.
        if (zone is null && expression is null && anchor is null && !approximate && duration is null)
        {
            return value;
        }

        try
        {
            return value with
            {
                Zone = zone,
                Expression = expression,
                Anchor = anchor,
                IsApproximate = approximate,
                Duration = duration,
            };
        }
        catch (ArgumentException ex)
        {
            Guard.Json($"A time value breaks a rule: {ex.Message}", ex);
            return null!;
        }
    }

    public override void Write(Utf8JsonWriter writer, TimeValue value, JsonSerializerOptions options)
    {
        Guard.NotNull(writer, nameof(writer));
        Guard.NotNull(value, nameof(value));
        // Formatted on the stack: a dataset has a time value in most records.
        Span<char> text = stackalloc char[TimeValue.MaxTextLength];
        writer.WriteStartObject();
        writer.WriteString(ValueName, text[..value.FormatValue(text)]);
        if (value.Zone is not null)
        {
            writer.WriteString(ZoneName, value.Zone.Id);
        }

        if (value.Expression is not null)
        {
            writer.WriteString(ExpressionName, value.Expression);
        }

        if (value.Anchor is not null)
        {
            writer.WriteString(AnchorName, text[..value.Anchor.FormatValue(text)]);
        }

        if (value.IsApproximate)
        {
            writer.WriteBoolean(ApproximateName, true);
        }

        if (value.Duration is not null)
        {
            writer.WriteString(DurationName, FormatDuration(value.Duration));
        }

        writer.WriteEndObject();
    }

    /// <summary>
    /// The canonical duration text: NodaTime's round-trip ISO form, which keeps every unit as given
    /// (PT90M stays PT90M), so that a read value writes back unchanged.
    /// </summary>
    internal static string FormatDuration(Period period) => PeriodPattern.Roundtrip.Format(period);

    private static Period ParseDuration(string text)
    {
        ParseResult<Period> result = PeriodPattern.Roundtrip.Parse(text);
        if (!result.Success)
        {
            // The normalizing pattern also reads fractional seconds (PT1.5S).
            result = PeriodPattern.NormalizingIso.Parse(text);
        }

        if (!result.Success)
        {
            Guard.Json($"A time value's \"duration\" must be an ISO-8601 period such as P9M or PT8H; '{text}' is not one.");
        }

        return result.Value;
    }

    private static void Read(ref Utf8JsonReader reader)
    {
        if (!reader.Read())
        {
            Guard.Json("A time value object ends before its closing brace.");
        }
    }

    private static void Once(bool seen, string name)
    {
        if (seen)
        {
            Guard.Json($"A time value's \"{name}\" member appears more than once.");
        }
    }

    private static string ReadString(ref Utf8JsonReader reader, string name)
    {
        Read(ref reader);
        if (reader.TokenType != JsonTokenType.String)
        {
            Guard.Json($"A time value's \"{name}\" member is a string, not {Describe(reader.TokenType)}.");
        }

        string text;
        try
        {
            text = reader.GetString()!;
        }
        catch (InvalidOperationException ex)
        {
            Guard.Json($"A time value's \"{name}\" member is not well-formed text (it contains a lone surrogate or invalid UTF-8).", ex);
            return null!;
        }

        if (Guard.HasLoneSurrogate(text))
        {
            Guard.Json($"A time value's \"{name}\" member contains a lone surrogate.");
        }

        return text;
    }

    private enum Member
    {
        Unknown,
        Value,
        Zone,
        Expression,
        Anchor,
        Approximate,
        Duration,
    }

    private static Member MemberOf(ref Utf8JsonReader reader, out string? unknownName)
    {
        unknownName = null;
        try
        {
            for (var i = 0; i < MemberNames.Length; i++)
            {
                if (reader.ValueTextEquals(MemberNames[i].EncodedUtf8Bytes))
                {
                    return (Member)(i + 1);
                }
            }

            unknownName = reader.GetString();
            return Member.Unknown;
        }
        catch (InvalidOperationException ex)
        {
            // The reader rejects an escaped lone surrogate in a name only when it decodes it.
            Guard.Json("A time value's member name is not well-formed text (it contains a lone surrogate or invalid UTF-8).", ex);
            return Member.Unknown;
        }
    }

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.Null => "null",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Number => "a number",
        JsonTokenType.String => "a string",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.StartObject => "an object",
        _ => token.ToString(),
    };
}
