using System.Globalization;
using System.Text;
using NewsEvents.Streaming;
using nietras.SeparatedValues;

namespace NewsEvents.Interop.Sources;

/// <summary>
/// Reads TAB-separated files with a header (POLECAT, ICEWS) with Sep, row by row: each row's column count checked
/// against the header, each bad row raised with its file, line and reason, the good ones handed to the source's own
/// reading. Quotes are not parsed: these files do not quote, and a quote (rpolecat warns of single quotes) is a
/// character of its value.
/// </summary>
internal static class TabularReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: true, throwOnInvalidBytes: true);

    private static readonly SepReaderOptions SepOptions =
        Sep.New('\t').Reader(o => o with { HasHeader = false, DisableColCountCheck = true, DisableQuotesParsing = true });

    /// <summary>Reads one row of a layout into records.</summary>
    public delegate void RowReader(TabularRow row, List<JsonLinesRecord> output);

    /// <summary>The records of <paramref name="sources"/>: the header (its metadata made from the files that have the layout's header), then each row's.</summary>
    public static IEnumerable<JsonLinesRecord> Read(
        IReadOnlyList<ImportSource> sources,
        TabularLayout layout,
        SourceRun run,
        JsonLinesHeader header,
        RowReader readRow,
        Action<SourceImportReport> report)
    {
        var files = new List<ImportSource>();
        var reports = new List<SourceFileReport>();
        foreach (var source in sources)
        {
            if (layout.HeaderProblem(source) is { } problem)
            {
                run.Problem(new ImportProblem(source.Name, 1, problem));
                reports.Add(new SourceFileReport(source.Name, null, 0, 1));
            }
            else
            {
                files.Add(source);
            }
        }

        yield return JsonLinesRecord.From(header with
        {
            Metadata = header.Metadata! with { SourceFiles = [.. files.Select(f => $"{f.Name}: {layout.Description}")] },
        });

        var output = new List<JsonLinesRecord>();
        foreach (var source in files)
        {
            long rows = 0, bad = 0;
            using var lines = new SepRows(source, StrictUtf8, SepOptions, run.Options, $"The file is not UTF-8 text (the {layout.Description} is UTF-8).");
            string[]? headerNames = null;
            SepRows.Step step;
            while ((step = lines.MoveNext()) is SepRows.Step.Row or SepRows.Step.TooLong)
            {
                if (headerNames is null)
                {
                    // The header was found short and the layout's before the import began.
                    headerNames = TabularLayout.HeaderNames(lines.Current.Span.ToString());
                    continue;
                }

                rows++;
                if (step == SepRows.Step.TooLong)
                {
                    bad++;
                    continue;
                }

                try
                {
                    readRow(new TabularRow(layout, headerNames, Fields(lines.Current, layout)), output);
                }
                catch (Exception e) when (e is FormatException or ArgumentException)
                {
                    output.Clear();
                    bad++;
                    run.Problem(new ImportProblem(source.Name, lines.Line, e is ArgumentException ? e.Message.Split(" (Parameter", 2)[0] : e.Message));
                }

                foreach (var record in output)
                {
                    yield return record;
                }

                output.Clear();
            }

            bad += step == SepRows.Step.NotDecodable ? 1 : 0;
            reports.Add(new SourceFileReport(source.Name, layout.Description, rows, bad));
            report(run.Report(reports));
        }

        report(run.Report(reports));
    }

    private static string[] Fields(SepReader.Row row, TabularLayout layout)
    {
        if (row.Span.Contains('\0'))
        {
            throw new FormatException("The row holds a NUL character: the file is not UTF-8 text (a UTF-16 file without a byte order mark?).");
        }

        var count = layout.Columns.Length;
        if (row.ColCount < count)
        {
            throw new FormatException(string.Create(CultureInfo.InvariantCulture,
                $"The row has {row.ColCount} columns; the {layout.Description} has {count} (a truncated line?)."));
        }

        // Stray TABs at the end of a row (rpolecat warns of them) add empty columns, which hold nothing to lose.
        for (var i = count; i < row.ColCount; i++)
        {
            if (!row[i].Span.IsEmpty)
            {
                throw new FormatException(string.Create(CultureInfo.InvariantCulture,
                    $"The row has {row.ColCount} columns and column {i + 1} holds '{row[i].Span}'; the {layout.Description} has {count} (a TAB inside a value?)."));
            }
        }

        var fields = new string[count];
        for (var i = 0; i < count; i++)
        {
            fields[i] = row[i].ToString();
        }

        return fields;
    }
}
