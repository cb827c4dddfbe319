using System.Globalization;

namespace NewsEvents.Validation;

/// <summary>
/// Checks the rules of a dataset that span its members: ids unique within their collection and
/// present, every reference resolvable, evidence inside its document's text with a matching quote,
/// no event or relation linked to itself, no circle of repeated claims, counts of people never
/// negative, ranges that agree with their qualifier, claims' statements made by their claimant or
/// someone in their attribution chain, a readable schema version. Every violation is reported at
/// once, with its JSON path.
/// </summary>
/// <remarks>
/// Rules of a single value (a well-formed code, an ordered interval, a non-blank name) are enforced
/// when the value is constructed, so a constructed dataset cannot break them. The rules here are the
/// ones <see cref="Streaming.JsonLinesValidator"/> checks on a stream, in the same words. Validation
/// is O(n) in the number of items plus the length of the texts that evidence points into.
/// </remarks>
public static class DatasetValidator
{
    /// <summary>
    /// Validates <paramref name="dataset"/>, read from <paramref name="utf8Json"/>: each violation carries
    /// the line (from 1) of its path in that text, so that a user can open the file where it is.
    /// </summary>
    /// <param name="dataset">The dataset, as read from <paramref name="utf8Json"/>.</param>
    /// <param name="utf8Json">The dataset document it was read from.</param>
    /// <returns>Every violation, in the order of the dataset's members and items, with its line.</returns>
    public static ValidationReport Validate(Dataset dataset, ReadOnlySpan<byte> utf8Json) =>
        Json.PathLines.Locate(Validate(dataset), utf8Json);

    /// <summary>
    /// Validates <paramref name="dataset"/>, read from <paramref name="utf8Json"/> (a document too large to
    /// hold, read through a window): each violation carries its line, as with the text. Only when there are
    /// violations is the stream read again, from its position (where the document starts), a buffer at a time.
    /// </summary>
    /// <param name="dataset">The dataset, as read from <paramref name="utf8Json"/>.</param>
    /// <param name="utf8Json">The dataset document it was read from, at the document's start.</param>
    /// <returns>Every violation, in the order of the dataset's members and items, with its line.</returns>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static ValidationReport Validate(Dataset dataset, Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        return Json.PathLines.Locate(Validate(dataset), utf8Json);
    }

    /// <summary>
    /// Reads and validates the dataset document in <paramref name="utf8Json"/>, a stream that can seek (a
    /// file), in flat memory: its records are read a window at a time, in passes, as a JSON Lines file is
    /// validated (<see cref="Streaming.JsonLinesValidator.ValidateStreamAsync"/>), never the whole dataset
    /// at once. The result is that of reading the dataset and validating it
    /// (<see cref="Validate(Dataset, Stream)"/>): the same violations, paths, lines and order.
    /// </summary>
    /// <param name="utf8Json">The dataset document, from the stream's position; left open, and it must not change while it is read.</param>
    /// <param name="onRecord">Given each record once, as it is checked: the header, then each item.</param>
    /// <remarks>The document is read with the default options (<c>NewsEventsReaderOptions.Default</c>), but not refused for its size.</remarks>
    /// <returns>Every violation, in the order of the dataset's members and items, with its line.</returns>
    /// <exception cref="NewsEventsFormatException">The document is not a NewsEvents dataset (as when it is read).</exception>
    /// <exception cref="ArgumentException">The stream cannot seek.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static ValidationReport ValidateDocument(Stream utf8Json, Action<Streaming.JsonLinesRecord>? onRecord = null)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        if (!utf8Json.CanSeek)
        {
            Guard.Fail("A dataset document is validated in flat memory from a stream that can seek (a file); read one that cannot with NewsEventsJson.Deserialize, then validate the dataset.", nameof(utf8Json));
        }

        return Streaming.DocumentValidation.Validate(utf8Json, onRecord);
    }

    /// <summary>Validates <paramref name="dataset"/>.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <returns>Every violation, in the order of the dataset's members and items.</returns>
    public static ValidationReport Validate(Dataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var sink = new DatasetSink();
        var rules = new RuleSet(sink, long.MaxValue);
        rules.Header(dataset.SchemaVersion, 0);
        for (var i = 0; i < dataset.Documents.Length; i++)
        {
            rules.Check(dataset.Documents[i], i);
        }

        for (var i = 0; i < dataset.Actors.Length; i++)
        {
            rules.Check(dataset.Actors[i], i);
        }

        for (var i = 0; i < dataset.Events.Length; i++)
        {
            rules.Check(dataset.Events[i], i);
        }

        for (var i = 0; i < dataset.Statements.Length; i++)
        {
            rules.Check(dataset.Statements[i], i);
        }

        for (var i = 0; i < dataset.Claims.Length; i++)
        {
            rules.Check(dataset.Claims[i], i);
        }

        for (var i = 0; i < dataset.Relations.Length; i++)
        {
            rules.Check(dataset.Relations[i], i);
        }

        rules.Complete();
        return sink.Report();
    }

    /// <summary>Names places by their JSON path in the dataset; keeps every violation with its item, to put them in the dataset's order.</summary>
    internal sealed class DatasetSink : ValidationSink
    {
        public List<(ItemAt At, Violation Violation)> Found { get; } = [];

        /// <summary>The violations found, in the order of the dataset's members and items.</summary>
        public ValidationReport Report() => new([.. Found.OrderBy(f => f.At.Collection).ThenBy(f => f.At.Position).Select(f => f.Violation)]);

        public override void Report(ItemAt at, MemberPath member, ViolationKind kind, string message) =>
            Found.Add((at, new Violation(Describe(at) + member, kind, message)));

        public override string Describe(ItemAt at) => at.Collection == ItemCollection.Header
            ? "$"
            : string.Create(CultureInfo.InvariantCulture, $"$.{ItemCollections.Member(at.Collection)}[{at.Position}]");
    }
}
