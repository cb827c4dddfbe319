using System.Globalization;
using NewsEvents.Streaming;
using NewsEvents.Validation;

namespace NewsEvents.Parquet.Checks;

/// <summary>
/// Checks records that can be read more than once against the rules that span records, in memory that does
/// not grow with their number: the validator's rule set walks them twice, first with a book that writes every
/// id it is told of and asked about to sorts on disk (<see cref="IdGathering"/>), then, once the sorts are
/// merged, with a book that holds only what breaks a rule or might (<see cref="SortedIdBook"/>); a third
/// reading names the speakers of statements that claims come through, when some must be named.
/// </summary>
/// <param name="temporaryFolder">Where a folder of its own holds the sorts' runs; it is removed when the check ends, however it ends.</param>
/// <param name="budgetBytes">The memory the sorts use, together.</param>
internal sealed class RecordChecks(string temporaryFolder, int budgetBytes)
{
    /// <summary>How ids become fingerprints; a test sets one that collides.</summary>
    public Func<string, ulong> Fingerprint { get; init; } = FingerprintIdBook.Fingerprint;

    /// <summary>The runs the first pass wrote to disk (0 when its ids fitted in memory).</summary>
    public int RunCount { get; private set; }

    /// <summary>Checks the records, handing each to <paramref name="onChecked"/> in the pass that checks them.</summary>
    /// <param name="readRecords">Reads the records from the start; called for each pass, it must give the same records each time.</param>
    /// <param name="onChecked">Called with each record after it is checked.</param>
    /// <param name="cancellationToken">Stops the check.</param>
    /// <returns>Every rule broken, with its line, as <see cref="JsonLinesValidator"/> reports it.</returns>
    public async Task<ValidationReport> RunAsync(Func<IAsyncEnumerable<JsonLinesRecord>> readRecords, Func<JsonLinesRecord, CancellationToken, ValueTask> onChecked, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(temporaryFolder, string.Create(CultureInfo.InvariantCulture, $"newsevents-checks-{Guid.NewGuid():N}"));
        Directory.CreateDirectory(folder);
        try
        {
            using var book = await GatherAsync(readRecords, folder, cancellationToken).ConfigureAwait(false);
            var sink = new JsonLinesValidator.LinesSink(null, int.MaxValue);
            var rules = new RuleSet(sink, JsonLinesValidator.DefaultTextCacheChars, book);
            var ordinal = 0L;
            await foreach (var record in readRecords().WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                cancellationToken.ThrowIfCancellationRequested();
                book.Ordinal = ++ordinal;
                rules.Check(record.Value, Position(record, ordinal));
                await onChecked(record, cancellationToken).ConfigureAwait(false);
            }

            rules.Complete();
            if (rules.NeedsNames)
            {
                await book.NameSpeakersAsync(rules.UnnamedStatements, readRecords(), cancellationToken).ConfigureAwait(false);
                rules.CompleteNames();
            }

            return sink.Report();
        }
        finally
        {
            NewsEventsParquet.DeleteQuietly(folder);
        }
    }

    // As the validator numbers them: by line, or by position when the records were not read from lines.
    private static long Position(JsonLinesRecord record, long ordinal) => record.LineNumber > 0 ? record.LineNumber : ordinal;

    private async Task<SortedIdBook> GatherAsync(Func<IAsyncEnumerable<JsonLinesRecord>> readRecords, string folder, CancellationToken cancellationToken)
    {
        using var gathering = new IdGathering(folder, budgetBytes, Fingerprint);

        // Nothing is reported in this pass: the second finds every violation, with what this one learnt.
        var rules = new RuleSet(new Silent(), textBudget: 0, gathering);
        var ordinal = 0L;
        await foreach (var record in readRecords().WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            cancellationToken.ThrowIfCancellationRequested();
            gathering.Ordinal = ++ordinal;
            rules.Check(record.Value, Position(record, ordinal));
        }

        RunCount = gathering.RunCount;
        return gathering.Seal(cancellationToken);
    }

    private sealed class Silent : ValidationSink
    {
        public override void Report(ItemAt at, MemberPath member, ViolationKind kind, string message)
        {
        }

        public override string Describe(ItemAt at) => string.Empty;
    }
}
