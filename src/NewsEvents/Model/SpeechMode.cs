using System.Text.Json.Serialization;
using NewsEvents.Json;

namespace NewsEvents.Model;

/// <summary>Whether a statement gives the speaker's own words.</summary>
/// <remarks>A closed set, written in JSON as camelCase names (for example <c>"directQuote"</c>).</remarks>
[JsonConverter(typeof(StrictEnumJsonConverter<SpeechMode>))]
public enum SpeechMode
{
    /// <summary>The speaker's words, quoted verbatim.</summary>
    DirectQuote,

    /// <summary>The speaker's words reported indirectly (he said that...).</summary>
    ReportedSpeech
}
