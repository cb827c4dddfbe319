using System.Text;
using NewsEvents.Tests.Streaming;
using nietras.SeparatedValues;

namespace NewsEvents.Interop.Tests;

public class SepRowsTests
{
    private static readonly SepReaderOptions Csv = Sep.New(',').Reader(o => o with { HasHeader = false, DisableColCountCheck = true, Unescape = true });

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Lines_are_counted_as_Sep_counts_them_across_a_long_record_skipped(bool quotedLongRecord)
    {
        // LF, CR LF, a lone CR and a quoted value holding a line break, before and after a record of 2 GiB, quoted or not.
        var opening = quotedLongRecord ? "\"" : string.Empty;
        var source = new ImportSource("mixed.csv", () => new LongLineStream(
            Encoding.UTF8.GetBytes("a\r\nb\rc\n\"q\r\nq\",z\n" + opening), 2L * 1024 * 1024 * 1024, (byte)'x', Encoding.UTF8.GetBytes(opening + "\r\nlast\n")));
        var problems = new List<ImportProblem>();
        var rows = new List<(SepRows.Step Step, long Line, string Text)>();

        using (var reader = new SepRows(source, Encoding.UTF8, Csv, new ImportOptions { Lenient = true, Problems = problems.Add }, "not UTF-8"))
        {
            for (var step = reader.MoveNext(); step != SepRows.Step.End; step = reader.MoveNext())
            {
                rows.Add(step == SepRows.Step.Row ? (step, reader.Line, reader.Current[0].ToString()) : (step, 0, string.Empty));
            }
        }

        rows.Should().Equal(
            (SepRows.Step.Row, 1, "a"),
            (SepRows.Step.Row, 2, "b"),
            (SepRows.Step.Row, 3, "c"),
            (SepRows.Step.Row, 4, "q\r\nq"),
            (SepRows.Step.TooLong, 0, string.Empty),
            (SepRows.Step.Row, 7, "last"));
        problems.Should().Equal(ImportProblem.TooLong("mixed.csv", 6));
    }
}
