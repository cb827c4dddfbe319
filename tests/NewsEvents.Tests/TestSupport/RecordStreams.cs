using NewsEvents.Streaming;

namespace NewsEvents.Tests.TestSupport;

/// <summary>Record streams that do something to their reader while they are read.</summary>
internal static class RecordStreams
{
    /// <summary>Gives the records and cancels <paramref name="cancel"/> when half of them are given: a reading cancelled with work of earlier readings in hand.</summary>
    public static async IAsyncEnumerable<JsonLinesRecord> CancelHalfway(List<JsonLinesRecord> records, CancellationTokenSource cancel)
    {
        for (var i = 0; i < records.Count; i++)
        {
            if (i == records.Count / 2)
            {
                await cancel.CancelAsync();
            }

            yield return records[i];
        }
    }
}
