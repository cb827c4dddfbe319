using System.Text;

namespace NewsEvents.Samples;

/// <summary>
/// Sample datasets shipped inside the package, so that real, richly coded data is one call away:
/// no file paths, no network.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="MoscowTalks"/> is the Reuters report of 13 January 2020, published by The Moscow Times,
/// on the Libya peace talks in Moscow, modelled completely: one document with its full text, and the
/// actors, events, statements, claims and relations it reports, each with evidence spans into that
/// text. The same canonical JSON is in the repository as <c>seeds/moscow-talks-2020-01-13.json</c>,
/// next to the article's text as received, <c>seeds/000_f47ba37e55af6183.txt</c>.
/// </para>
/// <para>
/// <see cref="DranmirClashes"/> is a short fictional wire story of 14 March 2025, written for this
/// package and modelled the same way: rival death tolls from a government and rebels (claims carrying
/// quantities), a disputed account of who fired first (an event with accused participants), two
/// broadcasters citing one news agency, a government spokesman, talks planned for next month and a
/// conflict in its third year. Its files are <c>seeds/dranmir-clashes-2025-03-14.json</c> and
/// <c>seeds/001_e2b07b891ccbaa52.txt</c>.
/// </para>
/// <para>
/// Each dataset is read and validated once, on first use, and the same immutable instance is
/// returned afterwards; it is safe to share between threads.
/// </para>
/// <code>
/// var dataset = SampleDatasets.MoscowTalks;
/// foreach (var claim in dataset.Claims)
/// {
///     Console.WriteLine($"{claim.Claimant}: {claim.Proposition}");
/// }
/// </code>
/// </remarks>
public static class SampleDatasets
{
    /// <summary>The id of the <see cref="MoscowTalks"/> dataset: <c>moscow-talks-2020-01-13</c>.</summary>
    public const string MoscowTalksId = "moscow-talks-2020-01-13";

    /// <summary>The id of the <see cref="DranmirClashes"/> dataset: <c>dranmir-clashes-2025-03-14</c>.</summary>
    public const string DranmirClashesId = "dranmir-clashes-2025-03-14";

    private static readonly EmbeddedSample MoscowTalksSample = new(MoscowTalksId);
    private static readonly EmbeddedSample DranmirClashesSample = new(DranmirClashesId);

    /// <summary>
    /// The Libya peace talks in Moscow, 13 January 2020 (Reuters via The Moscow Times): one document
    /// with its full text and every reported actor, event, statement, claim and relation, each with its evidence.
    /// </summary>
    /// <remarks>Loaded from the package and validated on first use, then cached.</remarks>
    public static Dataset MoscowTalks => MoscowTalksSample.Dataset;

    /// <summary>The canonical NewsEvents JSON of <see cref="MoscowTalks"/>, exactly as embedded in the package.</summary>
    public static string MoscowTalksJson => MoscowTalksSample.Json;

    /// <summary>Opens the canonical UTF-8 JSON of <see cref="MoscowTalks"/> as a new read-only stream, which the caller disposes.</summary>
    /// <returns>A stream positioned at the start of the JSON.</returns>
    public static Stream OpenMoscowTalksJson() => MoscowTalksSample.Open();

    /// <summary>
    /// Clashes in Dranmir, 14 March 2025: a fictional wire story (Morvania, its rebels and every name in it
    /// are invented) with rival tolls, a disputed first shot, two broadcasters relaying one agency, a spokesman,
    /// planned talks and an ongoing conflict; one document with its full text and every reported actor, event,
    /// statement, claim and relation, each with its evidence.
    /// </summary>
    /// <remarks>Loaded from the package and validated on first use, then cached.</remarks>
    public static Dataset DranmirClashes => DranmirClashesSample.Dataset;

    /// <summary>The canonical NewsEvents JSON of <see cref="DranmirClashes"/>, exactly as embedded in the package.</summary>
    public static string DranmirClashesJson => DranmirClashesSample.Json;

    /// <summary>Opens the canonical UTF-8 JSON of <see cref="DranmirClashes"/> as a new read-only stream, which the caller disposes.</summary>
    /// <returns>A stream positioned at the start of the JSON.</returns>
    public static Stream OpenDranmirClashesJson() => DranmirClashesSample.Open();

    /// <summary>One embedded sample, its resource named after its dataset id (see NewsEvents.csproj).</summary>
    private sealed class EmbeddedSample
    {
        private readonly string _resource;

        // Lazy<T> with its default thread safety: the first reader loads, every later reader shares the result.
        private readonly Lazy<string> _json;
        private readonly Lazy<Dataset> _dataset;

        public EmbeddedSample(string id)
        {
            _resource = $"NewsEvents.Samples.{id}.json";
            _json = new(() => Encoding.UTF8.GetString(ReadResource()));
            _dataset = new(() => NewsEventsJson.Deserialize(ReadResource()));
        }

        public Dataset Dataset => _dataset.Value;

        public string Json => _json.Value;

        public MemoryStream Open() => new(ReadResource(), writable: false);

        private byte[] ReadResource()
        {
            using var stream = typeof(SampleDatasets).Assembly.GetManifestResourceStream(_resource)
                ?? throw new InvalidOperationException($"The sample resource '{_resource}' is missing from the NewsEvents assembly; the package is damaged.");
            var bytes = new byte[stream.Length];
            stream.ReadExactly(bytes);
            return bytes;
        }
    }
}
