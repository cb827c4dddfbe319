using NewsEvents.Json;
using NewsEvents.Validation;

namespace NewsEvents.Streaming;

/// <summary>
/// A dataset document validated in flat memory (<see cref="DatasetValidator.ValidateDocument"/>): its records
/// (<see cref="DatasetRecords"/>) in the passes of a JSON Lines file (<see cref="FlatMemoryPasses"/>), each
/// item named by its path in the dataset as <see cref="DatasetValidator"/> names it, and, when there are
/// violations, one more reading for their lines.
/// </summary>
internal static class DocumentValidation
{
    /// <summary>
    /// How many UTF-16 characters of document text are held for quotes: 1 Mi (2 MiB). A document's items
    /// come far from it, so a text is read again where it is cited rather than held from its document on;
    /// held briefly, texts die young.
    /// </summary>
    public const long TextBudget = 1 << 20;

    /// <inheritdoc cref="DatasetValidator.ValidateDocument"/>
    public static ValidationReport Validate(Stream utf8Json, Action<JsonLinesRecord>? onRecord) => Validate(utf8Json, NewsEventsReaderOptions.Default, onRecord);

    /// <summary>As <see cref="DatasetValidator.ValidateDocument"/>, with <paramref name="options"/> and, for tests, the fingerprints, window and text budget.</summary>
    public static ValidationReport Validate(Stream utf8Json, NewsEventsReaderOptions options, Action<JsonLinesRecord>? onRecord, Func<string, ulong>? fingerprint = null, int margin = JsonWindow.DefaultMargin, long textBudget = TextBudget)
    {
        var start = utf8Json.Position;
        var records = new DatasetRecords(utf8Json, options, margin);
        var sink = new DatasetValidator.DatasetSink();
        RuleSet? rules = null;

        // Each item's position is its index in its collection, as in a dataset: the records come collection by collection.
        var positions = new long[Enum.GetValues<JsonLinesRecordKind>().Length];
        FlatMemoryPasses.RunAsync(
            _ => records.ToAsyncEnumerable(),
            new FlatMemoryPasses.Budget(fingerprint, TemporaryFolder: null, JsonLinesValidator.DefaultSortMemoryBytes),
            (book, repeats) => rules = new RuleSet(sink, textBudget, book, records.TextOf, repeats),
            (record, _) =>
            {
                rules!.Check(record.Value, positions[(int)record.Kind]++);
                onRecord?.Invoke(record);
                return ValueTask.CompletedTask;
            },
            CancellationToken.None).GetAwaiter().GetResult();

        var report = sink.Report();
        if (report.IsValid)
        {
            return report;
        }

        utf8Json.Position = start;
        return PathLines.Locate(report, utf8Json);
    }
}
