using System.Buffers;
using System.Text.Json.Serialization;
using NewsEvents.Json;

namespace NewsEvents.Model;

/// <summary>
/// A code from an established code system (CAMEO, PLOVER, ACLED, Wikidata, ISO 3166, GeoNames).
/// Codes are strings: CAMEO <c>"046"</c> keeps its leading zero.
/// </summary>
/// <remarks>
/// The constructor checks that the value is well formed for its scheme (see <see cref="CodeScheme"/>);
/// it does not check that the code exists in the code book.
/// </remarks>
[JsonConverter(typeof(ExternalCodeJsonConverter))]
public sealed record ExternalCode
{
    /// <summary>Creates a code.</summary>
    /// <param name="scheme">The code system.</param>
    /// <param name="value">The code, well formed for <paramref name="scheme"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="value"/> is not well formed for <paramref name="scheme"/>.</exception>
    public ExternalCode(CodeScheme scheme, string value)
    {
        Scheme = Guard.Defined(scheme, nameof(Scheme));
        var broken = Check(scheme, value);
        if (broken is not null)
        {
            Guard.Fail(broken, nameof(value));
        }

        Value = value;
    }

    /// <summary>The code system.</summary>
    public CodeScheme Scheme { get; }

    /// <summary>The code.</summary>
    public string Value { get; }

    /// <summary>A CAMEO event code (two to four digits, such as <c>"046"</c>).</summary>
    public static ExternalCode Cameo(string value) => new(CodeScheme.Cameo, value);

    /// <summary>A PLOVER event type (such as <c>"CONSULT"</c>).</summary>
    public static ExternalCode Plover(string value) => new(CodeScheme.Plover, value);

    /// <summary>A Wikidata item (such as <c>"Q159"</c>).</summary>
    public static ExternalCode Wikidata(string value) => new(CodeScheme.Wikidata, value);

    /// <summary>Returns null when <paramref name="value"/> is well formed for <paramref name="scheme"/>, else the broken rule.</summary>
    internal static string? Check(CodeScheme scheme, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return "A code must not be empty.";
        }

        var ok = scheme switch
        {
            CodeScheme.Cameo => value.Length is >= 2 and <= 4 && !value.AsSpan().ContainsAnyExceptInRange('0', '9'),
            CodeScheme.CameoActor => value.Length % 3 == 0 && !value.AsSpan().ContainsAnyExceptInRange('A', 'Z'),
            CodeScheme.Plover => char.IsAsciiLetterUpper(value[0]) && !value.AsSpan().ContainsAnyExcept(PloverCharacters),
            CodeScheme.PloverMode => char.IsAsciiLetterLower(value[0]) && !value.AsSpan().ContainsAnyExcept(PloverModeCharacters),
            CodeScheme.AcledEventType => value.Trim().Length == value.Length && Guard.IndexOfLoneSurrogate(value) < 0,
            CodeScheme.Wikidata => value.Length >= 2 && value[0] == 'Q' && value[1] != '0' && value.AsSpan(1).IndexOfAnyExceptInRange('0', '9') < 0,
            CodeScheme.Iso3166 => CountryCodes.IsAccepted(value),
            CodeScheme.GeoNames => value[0] != '0' && !value.AsSpan().ContainsAnyExceptInRange('0', '9'),
            _ => false,
        };
        return ok ? null : $"'{value}' is not a well-formed {StrictEnumJsonConverter<CodeScheme>.NameOf(scheme)} code: {Rule(scheme)}.";
    }

    private static readonly SearchValues<char> PloverCharacters = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ_");

    private static readonly SearchValues<char> PloverModeCharacters = SearchValues.Create("abcdefghijklmnopqrstuvwxyz_-");

    private static string Rule(CodeScheme scheme) => scheme switch
    {
        CodeScheme.Cameo => "two to four digits, leading zeros kept",
        CodeScheme.CameoActor => "groups of three capital letters",
        CodeScheme.Plover => "capital letters and underscores",
        CodeScheme.PloverMode => "lower-case letters, underscores and hyphens",
        CodeScheme.AcledEventType => "text without leading or trailing spaces",
        CodeScheme.Wikidata => "Q followed by digits",
        CodeScheme.Iso3166 => "an ISO 3166-1 alpha-2 code in use (two capital letters) or the user-assigned " + CountryCodes.UserAssigned,
        CodeScheme.GeoNames => "digits",
        _ => "a known scheme",
    };

    /// <summary>Returns <c>scheme:value</c>, such as <c>cameo:046</c>.</summary>
    public override string ToString() => $"{StrictEnumJsonConverter<CodeScheme>.NameOf(Scheme)}:{Value}";
}
