using System.Buffers.Text;
using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;

namespace NewsEvents.Json;

/// <summary>
/// The small objects of the format (evidence spans, codes, coordinates, quantities, time values),
/// read here once for both passes and for the serializer's converters, which adapt these readers.
/// </summary>
internal static partial class FormatReader
{
    private static readonly ZoneCache Zones = new();

    private static int Offset<T>(ref T r)
        where T : IFormatTokens, allows ref struct =>
        r.TokenType == JsonTokenType.Number && r.TryGetInt32(out var offset) && offset >= 0 ? offset : BadOffset(ref r);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int BadOffset<T>(ref T r)
        where T : IFormatTokens, allows ref struct
    {
        r.Problem($"must be a whole number of code points from 0 to {int.MaxValue.ToString(CultureInfo.InvariantCulture)}, not {Found(ref r)}.");
        r.SkipValue();
        return 0;
    }

    /// <summary>A code is a string even when it is made of digits: CAMEO "046" keeps its leading zero.</summary>
    private static string? CodeValue<T>(ref T r)
        where T : IFormatTokens, allows ref struct
    {
        if (r.TokenType == JsonTokenType.Number)
        {
            var leadingZero = r.ValueSpan is [(byte)'0', (byte)'0' or (byte)'1' or (byte)'2' or (byte)'3' or (byte)'4' or (byte)'5' or (byte)'6' or (byte)'7' or (byte)'8' or (byte)'9', ..];
            r.Problem(leadingZero
                ? "must be a string: a number cannot keep a code's leading zero (write \"046\", not 046)."
                : "must be a string, even when it is made of digits (write \"46\", not 46).");
            r.SkipValue();
            return null;
        }

        return String(ref r);
    }

    private static double Degrees<T>(ref T r)
        where T : IFormatTokens, allows ref struct
    {
        if (r.TokenType == JsonTokenType.Number && r.TryGetDouble(out var degrees))
        {
            return degrees;
        }

        Mismatch(ref r, "a number of degrees");
        return 0;
    }

    /// <summary>
    /// The largest number of significant digits a quantity keeps: <see cref="decimal"/> holds 28
    /// always (29 for some values); a number with more would be rounded, so it is refused instead.
    /// </summary>
    internal const int QuantityDigits = 28;

    /// <summary>Reads a quantity's number exactly as written, or refuses it: it is never rounded.</summary>
    private static decimal Decimal<T>(ref T r)
        where T : IFormatTokens, allows ref struct
    {
        if (r.TokenType != JsonTokenType.Number)
        {
            Mismatch(ref r, "a number");
            return 0;
        }

        // A number of up to 28 characters without an exponent has at most 28 digits: it fits as written.
        var raw = r.ValueSpan;
        if (r.TryGetDecimal(out var number) && (raw.Length <= QuantityDigits && !raw.ContainsAny((byte)'e', (byte)'E') || IsExact(raw, number)))
        {
            return number;
        }

        r.Problem(number == 0 && !IsZero(raw) || !r.TryGetDecimal(out _)
            ? $"is {Found(ref r)}, beyond what a quantity holds (at most {QuantityDigits} significant digits, and no more than 79228162514264337593543950335 in size)."
            : $"is {Found(ref r)}, which has more significant digits than a quantity keeps ({QuantityDigits}); it would be rounded, so write it with fewer digits.");
        return 0;
    }

    /// <summary>Whether <paramref name="number"/> is exactly the JSON number <paramref name="raw"/>, not a rounding of it.</summary>
    private static bool IsExact(ReadOnlySpan<byte> raw, decimal number)
    {
        // The JSON number as digits × 10^exponent, compared with the decimal's digits × 10^-scale.
        var text = System.Text.Encoding.ASCII.GetString(raw);
        var e = text.IndexOfAny(['e', 'E']);
        var exponent = 0L;
        if (e >= 0 && (!long.TryParse(text.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out exponent) || exponent is > 1_000_000 or < -1_000_000))
        {
            // Far beyond what a decimal holds, and kept from the arithmetic below.
            return false;
        }

        var mantissa = e < 0 ? text : text[..e];
        var dot = mantissa.IndexOf('.', StringComparison.Ordinal);
        if (dot >= 0)
        {
            exponent -= mantissa.Length - dot - 1;
            mantissa = mantissa.Remove(dot, 1);
        }

        var digits = BigInteger.Parse(mantissa, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var bits = decimal.GetBits(number);
        var scale = (bits[3] >> 16) & 0xFF;
        var kept = new BigInteger(new ReadOnlySpan<byte>([.. BitConverter.GetBytes(bits[0]), .. BitConverter.GetBytes(bits[1]), .. BitConverter.GetBytes(bits[2]), 0]), isUnsigned: true);
        if (number < 0)
        {
            kept = -kept;
        }

        // A decimal has at most 29 digits and a scale of at most 28: a larger shift cannot be exact,
        // and is not computed (1e-999999999 would be a number of a billion digits).
        var shift = exponent + scale;
        if (shift > 29 || -shift > mantissa.Length)
        {
            return digits.IsZero && kept.IsZero;
        }

        return shift >= 0 ? digits * BigInteger.Pow(10, (int)shift) == kept : digits == kept * BigInteger.Pow(10, (int)-shift);
    }

    private static bool IsZero(ReadOnlySpan<byte> raw)
    {
        foreach (var b in raw)
        {
            if (b is >= (byte)'1' and <= (byte)'9')
            {
                return false;
            }

            if (b is (byte)'e' or (byte)'E')
            {
                break;
            }
        }

        return true;
    }

    /// <summary>What the value at the reader is, for a message: a number as written, else its kind.</summary>
    private static string Found<T>(ref T r)
        where T : IFormatTokens, allows ref struct =>
        r.TokenType == JsonTokenType.Number ? System.Text.Encoding.ASCII.GetString(r.ValueSpan) : JsonText.Describe(r.TokenType);

    private static TimeValue? OptionalTime<T>(ref T r)
        where T : IFormatTokens, allows ref struct =>
        r.TokenType == JsonTokenType.Null ? null : ReadTime(ref r);

    /// <summary>Parses a time value's point or interval (or, for an anchor, a point only); the parser states what is wrong.</summary>
    private static TimeValue? TimeText<T>(ref T r, bool point)
        where T : IFormatTokens, allows ref struct
    {
        var text = String(ref r);
        if (text is null)
        {
            return null;
        }

        var broken = point ? TimeValue.TryParsePoint(text, out var value) : TimeValue.TryParseCore(text, out value);
        if (broken is not null)
        {
            r.Problem(point && TimeValue.TryParseCore(text, out _) is null
                ? $"must be a point in time such as 2020-01-13, not an interval ('{text}')."
                : point ? $"must be a point in time such as 2020-01-13 or 2020-01-14T06:00, not '{text}'."
                : $"is not a time this format reads: {broken}");
            return null;
        }

        return value;
    }

    private static DateTimeZone? Zone<T>(ref T r)
        where T : IFormatTokens, allows ref struct
    {
        if (r.TokenType == JsonTokenType.String && !r.ValueIsEscaped && Zones.Find(r.ValueSpan) is { } known)
        {
            return known;
        }

        var id = String(ref r);
        if (id is null)
        {
            return null;
        }

        var zone = Zones.Add(id, cache: !r.ValueIsEscaped);
        if (zone is null)
        {
            r.Problem($"must be a tzdb zone id such as Europe/Moscow; '{id}' is not one.");
        }

        return zone;
    }

    private static Period? Duration<T>(ref T r)
        where T : IFormatTokens, allows ref struct
    {
        var text = String(ref r);
        if (text is null)
        {
            return null;
        }

        var result = PeriodPattern.Roundtrip.Parse(text);
        if (!result.Success)
        {
            // The normalizing pattern also reads fractional seconds (PT1.5S).
            result = PeriodPattern.NormalizingIso.Parse(text);
        }

        if (!result.Success)
        {
            r.Problem($"must be an ISO-8601 period such as P9M or PT8H; '{text}' is not one.");
            return null;
        }

        return result.Value;
    }

    /// <summary>Reads an evidence span.</summary>
    public static Evidence? ReadEvidence<T>(ref T r)
        where T : IFormatTokens, allows ref struct => ReadObject<T, EvidenceState, Evidence>(ref r);

    private struct EvidenceState : IObjectState<EvidenceState, Evidence>
    {
        private DocumentId _document;
        private int _start;
        private int _end;
        private string? _quote;
        private SourceAttributes _attributes;

        public static ObjectFormat Format => FormatTable.Evidence;

        public static EvidenceState Start() => default;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Read<T>(ref T r, int index)
            where T : IFormatTokens, allows ref struct
        {
            switch ((EvidenceMember)index)
            {
                case EvidenceMember.Document: _document = Id<T, DocumentId>(ref r); break;
                case EvidenceMember.Start: _start = Offset(ref r); break;
                case EvidenceMember.End: _end = Offset(ref r); break;
                case EvidenceMember.Quote: _quote = String(ref r); break;
                case EvidenceMember.Attributes: _attributes = ReadAttributes(ref r); break;
                default: Unread(ref r); break;
            }
        }

        public readonly Evidence Build() => _attributes.IsEmpty ? new(_document, _start, _end, _quote) : new(_document, _start, _end, _quote) { Attributes = _attributes };
    }

    /// <summary>Reads an external code.</summary>
    public static ExternalCode? ReadCode<T>(ref T r)
        where T : IFormatTokens, allows ref struct => ReadObject<T, CodeState, ExternalCode>(ref r);

    private struct CodeState : IObjectState<CodeState, ExternalCode>
    {
        private CodeScheme _scheme;
        private string? _value;

        public static ObjectFormat Format => FormatTable.ExternalCode;

        public static CodeState Start() => default;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Read<T>(ref T r, int index)
            where T : IFormatTokens, allows ref struct
        {
            switch ((CodeMember)index)
            {
                case CodeMember.Scheme: _scheme = Enum<T, CodeScheme>(ref r); break;
                case CodeMember.Value: _value = CodeValue(ref r); break;
                default: Unread(ref r); break;
            }
        }

        public readonly ExternalCode Build() => new(_scheme, _value!);
    }

    /// <summary>Reads a pair of coordinates.</summary>
    public static GeoPoint? ReadGeoPoint<T>(ref T r)
        where T : IFormatTokens, allows ref struct => ReadObject<T, GeoPointState, GeoPoint>(ref r);

    private struct GeoPointState : IObjectState<GeoPointState, GeoPoint>
    {
        private double _latitude;
        private double _longitude;

        public static ObjectFormat Format => FormatTable.GeoPoint;

        public static GeoPointState Start() => default;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Read<T>(ref T r, int index)
            where T : IFormatTokens, allows ref struct
        {
            switch ((GeoPointMember)index)
            {
                case GeoPointMember.Latitude: _latitude = Degrees(ref r); break;
                case GeoPointMember.Longitude: _longitude = Degrees(ref r); break;
                default: Unread(ref r); break;
            }
        }

        public readonly GeoPoint Build() => new(_latitude, _longitude);
    }

    /// <summary>Reads a quantity.</summary>
    public static Quantity? ReadQuantity<T>(ref T r)
        where T : IFormatTokens, allows ref struct => ReadObject<T, QuantityState, Quantity>(ref r);

    private struct QuantityState : IObjectState<QuantityState, Quantity>
    {
        private QuantityKind _kind;
        private decimal? _value;
        private decimal? _min;
        private decimal? _max;
        private QuantityQualifier _qualifier;
        private string? _unit;
        private string? _text;

        public static ObjectFormat Format => FormatTable.Quantity;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]

        public static QuantityState Start() => new() { _qualifier = QuantityQualifier.Exact };

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Read<T>(ref T r, int index)
            where T : IFormatTokens, allows ref struct
        {
            switch ((QuantityMember)index)
            {
                case QuantityMember.Kind: _kind = Enum<T, QuantityKind>(ref r); break;
                case QuantityMember.Value: _value = Decimal(ref r); break;
                case QuantityMember.Min: _min = Decimal(ref r); break;
                case QuantityMember.Max: _max = Decimal(ref r); break;
                case QuantityMember.Qualifier: _qualifier = Enum<T, QuantityQualifier>(ref r); break;
                case QuantityMember.Unit: _unit = Text(ref r); break;
                case QuantityMember.Text: _text = Text(ref r); break;
                default: Unread(ref r); break;
            }
        }

        public readonly Quantity Build() => new(_kind, _value, _min, _max, _qualifier, _unit, _text);
    }

    /// <summary>Reads a time value. Its zone is found by the bytes of its id (<see cref="ZoneCache"/>): a dataset names a handful of zones thousands of times.</summary>
    public static TimeValue? ReadTime<T>(ref T r)
        where T : IFormatTokens, allows ref struct => ReadObject<T, TimeState, TimeValue>(ref r);

    private struct TimeState : IObjectState<TimeState, TimeValue>
    {
        private TimeValue? _value;
        private DateTimeZone? _zone;
        private string? _expression;
        private TimeValue? _anchor;
        private bool _approximate;
        private Period? _duration;

        public static ObjectFormat Format => FormatTable.TimeValue;

        public static TimeState Start() => default;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Read<T>(ref T r, int index)
            where T : IFormatTokens, allows ref struct
        {
            switch ((TimeMember)index)
            {
                case TimeMember.Value: _value = TimeText(ref r, point: false); break;
                case TimeMember.Zone: _zone = Zone(ref r); break;
                case TimeMember.Expression: _expression = String(ref r); break;
                case TimeMember.Anchor: _anchor = TimeText(ref r, point: true); break;
                case TimeMember.Approximate: _approximate = Boolean(ref r); break;
                case TimeMember.Duration: _duration = Duration(ref r); break;
                default: Unread(ref r); break;
            }
        }

        public readonly TimeValue Build() =>
            // A plain value (the common case) needs no copy.
            _zone is null && _expression is null && _anchor is null && !_approximate && _duration is null
                ? _value!
                : _value! with { Zone = _zone, Expression = _expression, Anchor = _anchor, IsApproximate = _approximate, Duration = _duration };
    }
}
