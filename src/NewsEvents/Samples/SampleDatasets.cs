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
/// The dataset is read and validated once, on first use, and the same immutable instance is
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

    private const string MoscowTalksResource = "NewsEvents.Samples.moscow-talks-2020-01-13.json";

    // Lazy<T> with its default thread safety: the first reader loads, every later reader shares the result.
    private static readonly Lazy<string> MoscowTalksText = new(() => Encoding.UTF8.GetString(ReadResource(MoscowTalksResource)));
    private static readonly Lazy<Dataset> MoscowTalksDataset = new(() => NewsEventsJson.Deserialize(ReadResource(MoscowTalksResource)));

    /// <summary>
    /// The Libya peace talks in Moscow, 13 January 2020 (Reuters via The Moscow Times): one document
    /// with its full text and every reported actor, event, statement, claim and relation, each with its evidence.
    /// </summary>
    /// <remarks>Loaded from the package and validated on first use, then cached.</remarks>
    public static Dataset MoscowTalks => MoscowTalksDataset.Value;

    /// <summary>The canonical NewsEvents JSON of <see cref="MoscowTalks"/>, exactly as embedded in the package.</summary>
    public static string MoscowTalksJson => MoscowTalksText.Value;

    /// <summary>Opens the canonical UTF-8 JSON of <see cref="MoscowTalks"/> as a new read-only stream, which the caller disposes.</summary>
    /// <returns>A stream positioned at the start of the JSON.</returns>
    public static Stream OpenMoscowTalksJson() => new MemoryStream(ReadResource(MoscowTalksResource), writable: false);

    private static byte[] ReadResource(string name)
    {
        using var stream = typeof(SampleDatasets).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The sample resource '{name}' is missing from the NewsEvents assembly; the package is damaged.");
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }
}
