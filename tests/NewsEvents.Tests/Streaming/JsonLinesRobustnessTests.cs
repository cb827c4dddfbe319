using NewsEvents.Streaming;
using static NewsEvents.Tests.Streaming.JsonLinesTestData;

namespace NewsEvents.Tests.Streaming;

public class JsonLinesRobustnessTests
{
    private static readonly Lazy<byte[]> Input = new(() => GeneratedLines(21, 12));

    private static readonly byte[] Interesting = "{}[]\":,\\0123456789-+.eEtrufalsn \t\r\n\u00C3\u00A9"u8.ToArray().Concat(new byte[] { 0xC3, 0xE2, 0x80, 0xF0, 0xFF, 0x00 }).ToArray();

    [FsCheck.Xunit.Property(MaxTest = 300)]
    public bool Damaged_input_never_escapes_as_anything_but_reports(FsCheck.NonNegativeInt[] positions, FsCheck.NonNegativeInt[] values)
    {
        var bytes = (byte[])Input.Value.Clone();
        for (var i = 0; i < Math.Min(positions.Length, values.Length); i++)
        {
            bytes[positions[i].Get % bytes.Length] = Interesting[values[i].Get % Interesting.Length];
        }

        var lines = bytes.Count(b => b == (byte)'\n') + 1;
        var bad = new List<JsonLinesViolation>();
        var records = ReadAll(bytes, new JsonLinesReaderOptions { OnBadLine = bad.Add }).GetAwaiter().GetResult();
        var strictFailedOrSucceeded = StrictOutcome(bytes, bad.Count == 0);
        var validated = JsonLinesValidator.Validate(records);
        return records.Count + bad.Count <= lines && strictFailedOrSucceeded && validated.Violations.All(v => v.LineNumber > 0);
    }

    [FsCheck.Xunit.Property(MaxTest = 200)]
    public bool A_cut_anywhere_gives_the_records_before_it_and_at_most_one_bad_line(FsCheck.NonNegativeInt cut)
    {
        var bytes = Input.Value.AsSpan(0, cut.Get % (Input.Value.Length + 1)).ToArray();
        var bad = new List<JsonLinesViolation>();
        var records = ReadAll(bytes, new JsonLinesReaderOptions { OnBadLine = bad.Add }).GetAwaiter().GetResult();
        var whole = ReadAll(Input.Value).GetAwaiter().GetResult();
        return bad.Count <= 1 && records.SequenceEqual(whole.Take(records.Count));
    }

    private static bool StrictOutcome(byte[] bytes, bool expectSuccess)
    {
        try
        {
            ReadAll(bytes).GetAwaiter().GetResult();
            return expectSuccess;
        }
        catch (NewsEventsFormatException)
        {
            return !expectSuccess;
        }
    }
}
