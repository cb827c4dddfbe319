using NewsEvents.Validation;

namespace NewsEvents.Streaming;

/// <summary>
/// The passes of a validation in flat memory, over records that can be read more than once (a JSON Lines
/// file, a dataset document in a file): the ids counted, then placed as fingerprints in tables of that
/// size, every record checked, and the statements read again when a speaker must be named (see
/// docs/jsonlines.md, "Validation in flat memory"). Who validates says how places are named.
/// </summary>
internal static class FlatMemoryPasses
{
    /// <summary>Runs the passes; the rule set made by <paramref name="rules"/> is complete at the end.</summary>
    /// <param name="read">Reads the records from the start; told whether they are being checked (when a reader reports its bad lines).</param>
    /// <param name="fingerprint">How ids become fingerprints; the default unless a test forces collisions.</param>
    /// <param name="rules">Makes the rule set over the id book, once the ids are placed.</param>
    /// <param name="check">Checks one record of the pass that checks them, with the rule set made (and does what goes alongside).</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <exception cref="InvalidOperationException">A later pass gave other ids than the first.</exception>
    public static async Task RunAsync(
        Func<bool, IAsyncEnumerable<JsonLinesRecord>> read,
        Func<string, ulong>? fingerprint,
        Func<IdBook, RuleSet> rules,
        Func<JsonLinesRecord, CancellationToken, ValueTask> check,
        CancellationToken cancellationToken)
    {
        var book = new FingerprintIdBook(fingerprint);
        var ordinal = 0L;
        await foreach (var record in read(false).WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            book.Gather(record.Value, ++ordinal);
        }

        await foreach (var record in read(false).WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            book.Place(record.Value);
        }

        book.Seal();
        var ruleSet = rules(book);
        await foreach (var record in read(true).WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            await check(record, cancellationToken).ConfigureAwait(false);
        }

        ruleSet.Complete();
        if (ruleSet.NeedsNames)
        {
            book.Want(ruleSet.UnnamedStatements);
            await foreach (var record in read(false).WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                if (record.Value is Statement statement)
                {
                    book.Offer(statement.Id.Value, statement.Speaker.Value);
                }
            }

            ruleSet.CompleteNames();
        }
    }
}
