using NewsEvents.Validation;

namespace NewsEvents.Streaming;

/// <summary>
/// The passes of a validation in flat memory, over records that can be read more than once (a JSON Lines
/// file, a dataset document in a file), in a scratch folder of their own that is removed however they end:
/// the ids gathered to sorts on disk, which are merged; every record checked against what they found; and the
/// statements read again when a speaker must be named (see docs/jsonlines.md, "Validation in flat memory").
/// Who validates says how places are named.
/// </summary>
internal static class FlatMemoryPasses
{
    /// <summary>Runs the passes; the rule set made by <paramref name="rules"/> is complete at the end.</summary>
    /// <param name="read">Reads the records from the start; told whether they are being checked (when a reader reports its bad lines).</param>
    /// <param name="budget">How ids become fingerprints, where the sorts go and the memory they use.</param>
    /// <param name="rules">Makes the rule set over the id book, once the ids are gathered, and over the repeats-links held on disk.</param>
    /// <param name="check">Checks one record of the pass that checks them, with the rule set made (and does what goes alongside).</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <exception cref="InvalidOperationException">A later pass gave other ids than the first.</exception>
    public static async Task RunAsync(
        Func<bool, IAsyncEnumerable<JsonLinesRecord>> read,
        Budget budget,
        Func<IdBook, RepeatCycles, RuleSet> rules,
        Func<JsonLinesRecord, CancellationToken, ValueTask> check,
        CancellationToken cancellationToken)
    {
        var folder = ScratchFolder.Create(budget.TemporaryFolder ?? Path.GetTempPath(), "validation");
        try
        {
            using var book = await GatherAsync(read(false), folder, budget, cancellationToken).ConfigureAwait(false);

            // The sorts of the first pass are gone: the repeats' sort takes their half of the budget beside the texts' half.
            using var repeats = new RepeatCycles(folder, budget.SortMemoryBytes / 2, budget.Fingerprint ?? IdFingerprint.Of);
            var ruleSet = rules(book, repeats);
            await foreach (var record in read(true).WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                cancellationToken.ThrowIfCancellationRequested();
                await check(record, cancellationToken).ConfigureAwait(false);
            }

            book.EndPass();
            ruleSet.Complete(cancellationToken);
            if (ruleSet.NeedsNames)
            {
                await book.NameSpeakersAsync(ruleSet.UnnamedStatements, read(false), cancellationToken).ConfigureAwait(false);
                ruleSet.CompleteNames();
            }
        }
        finally
        {
            ScratchFolder.DeleteQuietly(folder);
        }
    }

    /// <summary>The first pass: the rule set walks every record with a book that writes each id it meets to sorts on disk, merged at the end.</summary>
    private static async Task<SortedIdBook> GatherAsync(IAsyncEnumerable<JsonLinesRecord> records, string folder, Budget budget, CancellationToken cancellationToken)
    {
        using var gathering = new IdGathering(folder, budget.SortMemoryBytes, budget.Fingerprint ?? IdFingerprint.Of);

        // Nothing is reported in this pass: the second finds every violation, with what this one learnt.
        var rules = new RuleSet(new Silent(), textBudget: 0, gathering);
        var ordinal = 0L;
        await foreach (var record in records.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            cancellationToken.ThrowIfCancellationRequested();
            rules.Check(record.Value, ++ordinal);
        }

        budget.RunsWritten?.Invoke(gathering.RunCount);
        return gathering.Seal(cancellationToken);
    }

    /// <summary>
    /// What the passes may use: the fingerprints (the default unless a test forces collisions), the folder for their sorts
    /// (the system's temporary folder when null) and the memory of the sorts; and who is told how many sorted runs the
    /// gathering wrote to disk.
    /// </summary>
    internal readonly record struct Budget(Func<string, ulong>? Fingerprint, string? TemporaryFolder, int SortMemoryBytes, Action<int>? RunsWritten = null);

    /// <summary>Where the first pass reports: nowhere.</summary>
    private sealed class Silent : ValidationSink
    {
        public override void Report(ItemAt at, MemberPath member, ViolationKind kind, string message)
        {
        }

        public override string Describe(ItemAt at) => string.Empty;
    }
}
