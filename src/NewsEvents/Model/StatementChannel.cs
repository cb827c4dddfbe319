using System.Text.Json.Serialization;
using NewsEvents.Json;

namespace NewsEvents.Model;

/// <summary>The channel through which a statement was made.</summary>
/// <remarks>A closed set, written in JSON as camelCase names (for example <c>"toldReporters"</c>).</remarks>
[JsonConverter(typeof(StrictEnumJsonConverter<StatementChannel>))]
public enum StatementChannel
{
    /// <summary>Said to journalists, in person or at a press conference.</summary>
    ToldReporters,

    /// <summary>Published on the speaker's official website.</summary>
    OfficialWebsite,

    /// <summary>Published on another website.</summary>
    Website,

    /// <summary>Posts on social media.</summary>
    SocialMedia,

    /// <summary>A report of a news agency (TASS reported...).</summary>
    NewsAgencyReport,

    /// <summary>What journalists or witnesses observed and said.</summary>
    Observation,

    /// <summary>A speech or joint appearance.</summary>
    Speech,

    /// <summary>An interview.</summary>
    Interview,

    /// <summary>A written press release or communiqué.</summary>
    PressRelease,

    /// <summary>Said on radio or television (a broadcaster's report, a televised address).</summary>
    Broadcast,

    /// <summary>The report gives no channel ("X said"); nothing is assumed about how it was said.</summary>
    Unspecified
}
