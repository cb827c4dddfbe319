using System.Text;
using NewsEvents.Streaming;

namespace NewsEvents.FuzzTests.Targets;

/// <summary>
/// JSON Lines, damaged line by line (a record mutated, lines cut, joined, doubled, made long, CRLF,
/// BOM, blank lines) and read in random chunks: the records and the bad lines are the same as when
/// the stream is read whole; the strict reader throws only <see cref="NewsEventsFormatException"/>;
/// the search for line ends looks at each byte once; the streaming validator never throws.
/// </summary>
public sealed class JsonLinesTarget : IFuzzTarget
{
    public string Name => "jsonlines";

    public string Extension => ".jsonl";

    public int Operations => 5;

    public byte[] Generate(Random random)
    {
        var dataset = NewsEventsJson.Deserialize(FuzzCorpus.SmallDataset(random));
        var lines = JsonLinesWriter.ToRecords(dataset).Select(r => Encoding.UTF8.GetString(JsonLinesWriter.ToUtf8Line(r)).TrimEnd('\n')).ToList();
        for (var i = random.Next(1, 4); i > 0 && lines.Count > 0; i--)
        {
            var at = random.Next(lines.Count);
            switch (random.Next(9))
            {
                case 0:
                    lines[at] = Encoding.UTF8.GetString(JsonMutator.Mutate(Encoding.UTF8.GetBytes(lines[at]), random));
                    break;
                case 1:
                    lines[at] = lines[at][..random.Next(lines[at].Length + 1)];
                    break;
                case 2 when at + 1 < lines.Count:
                    lines[at] += lines[at + 1];
                    lines.RemoveAt(at + 1);
                    break;
                case 3:
                    lines.Insert(at, lines[at]);
                    break;
                case 4:
                    lines[at] = lines[at].Replace("\"name\":\"", "\"name\":\"" + new string('x', random.Next(1, 200_000)), StringComparison.Ordinal);
                    break;
                case 5:
                    lines[at] += "\r";
                    break;
                case 6:
                    lines.Insert(at, random.Next(2) == 0 ? string.Empty : " \t ");
                    break;
                case 7:
                    lines[0] = "\uFEFF" + lines[0];
                    break;
                default:
                    lines.RemoveAt(at);
                    break;
            }
        }

        var text = string.Join('\n', lines) + (random.Next(4) == 0 ? string.Empty : "\n");
        return Encoding.UTF8.GetBytes(text);
    }

    public void Check(byte[] input, Random random)
    {
        var (whole, wholeBad) = ReadLenient(new MemoryStream(input));
        var chunks = new ChunkedStream(input, random);
        var (chunked, chunkedBad) = ReadLenient(chunks);
        FuzzFailure.Check(chunked.SequenceEqual(whole), "records read in chunks differ from records read whole");
        FuzzFailure.Check(chunkedBad.SequenceEqual(wholeBad), "bad lines found in chunks differ from bad lines found whole");

        var enumerator = new JsonLinesEnumerator(new ChunkedStream(input, random), new JsonLinesReaderOptions { OnBadLine = _ => { } }, default, default);
        while (enumerator.MoveNextAsync().AsTask().GetAwaiter().GetResult())
        {
        }

        enumerator.DisposeAsync().AsTask().GetAwaiter().GetResult();
        FuzzFailure.Check(enumerator.SearchedBytes <= input.Length, $"the search for line ends looked at {enumerator.SearchedBytes} bytes of {input.Length}");

        try
        {
            JsonLinesReader.Read(new MemoryStream(input)).ToList();
            FuzzFailure.Check(wholeBad.Count == 0, "the strict reader read a stream in which the lenient reader found bad lines");
        }
        catch (NewsEventsFormatException)
        {
            FuzzFailure.Check(wholeBad.Count > 0, "the strict reader refused a stream in which the lenient reader found no bad line");
        }

        foreach (var violation in JsonLinesValidator.Validate(whole).Violations)
        {
            FuzzFailure.Check(violation.LineNumber > 0, "a violation without a line number");
        }
    }

    private static (List<JsonLinesRecord> Records, List<JsonLinesViolation> Bad) ReadLenient(Stream stream)
    {
        var bad = new List<JsonLinesViolation>();
        var records = JsonLinesReader.Read(stream, new JsonLinesReaderOptions { OnBadLine = bad.Add }).ToList();
        return (records, bad);
    }
}
