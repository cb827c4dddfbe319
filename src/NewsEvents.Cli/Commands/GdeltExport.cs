using System.Globalization;
using System.Text;
using NewsEvents.Interop.Gdelt;

namespace NewsEvents.Cli.Commands;

/// <summary>
/// <c>export --to gdelt</c>: a dataset imported from GDELT written back as GDELT's own files (GdeltExporter), one per
/// table it holds, in the order events, mentions, GKG: the first goes to the output, each other beside it, its name
/// marked <c>.mentions</c> or <c>.gkg</c> before the extension. Every file is written before any takes its place.
/// </summary>
internal static class GdeltExport
{
    private const string Source = "GDELT";

    private static readonly (string Table, string Mark, Func<Dataset, TextWriter, long> Write)[] Tables =
    [
        ("events", string.Empty, GdeltExporter.WriteEvents),
        ("mentions", ".mentions", GdeltExporter.WriteMentions),
        ("GKG", ".gkg", GdeltExporter.WriteGkg),
    ];

    public static int Run(CliConsole console, ExportInputs inputs, string output)
    {
        var dataset = SourceExport.Load(console, inputs);
        var written = new List<(OutputFile File, string Table, long Rows)>();
        try
        {
            foreach (var (table, mark, write) in Tables)
            {
                var file = OutputFile.Create(written.Count == 0 ? output : Beside(output, mark));
                var rows = SourceExport.Refusing(inputs, Source, () => Write(file, dataset, write));
                if (rows == 0)
                {
                    file.Dispose();
                    continue;
                }

                written.Add((file, table, rows));
            }

            if (written.Count == 0)
            {
                throw SourceExport.NotFrom(inputs, Source, "it holds no GDELT events, mentions or GKG records.");
            }

            foreach (var (file, _, _) in written)
            {
                file.Commit();
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw CliException.InvalidData($"{output}: cannot be written: {e.Message}", e);
        }
        finally
        {
            foreach (var (file, _, _) in written)
            {
                file.Dispose();
            }
        }

        foreach (var (file, table, rows) in written)
        {
            console.Error.Write(string.Create(CultureInfo.InvariantCulture, $"{NewsEventsCli.Name}: {file.Path}: {Words.Count(rows, table + " row")}\n"));
        }

        return ExitCodes.Ok;
    }

    private static long Write(OutputFile file, Dataset dataset, Func<Dataset, TextWriter, long> write)
    {
        try
        {
            // GDELT's files are UTF-8 without a byte order mark, each line ended by LF (the exporter writes the LFs).
            using var writer = new StreamWriter(file.Stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16, leaveOpen: true);
            var rows = write(dataset, writer);
            writer.Flush();
            return rows;
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    /// <summary>The file beside <paramref name="output"/> for another table: <c>day.tsv</c> gives <c>day.mentions.tsv</c>.</summary>
    private static string Beside(string output, string mark) =>
        Path.Combine(Path.GetDirectoryName(output) ?? string.Empty, Path.GetFileNameWithoutExtension(output) + mark + Path.GetExtension(output));
}
