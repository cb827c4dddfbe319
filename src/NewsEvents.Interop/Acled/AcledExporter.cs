using System.Text;

namespace NewsEvents.Interop.Acled;

/// <summary>
/// Writes a dataset imported from ACLED back to ACLED's layout: the header, then a row per event from the columns the
/// importer kept (<c>acled:</c> attributes), a value quoted only when it holds a comma, a quote or a line end (RFC 4180),
/// in the file's encoding and line ends (the export: UTF-8 and LF; the legacy 2016 file: windows-1252 and CRLF). An
/// imported file written back is byte-identical to it.
/// </summary>
public static class AcledExporter
{
    /// <summary>Writes the dataset's events as one ACLED file.</summary>
    /// <param name="dataset">A dataset imported from ACLED files of one layout.</param>
    /// <param name="output">Where the file goes.</param>
    /// <returns>The number of rows written, the header aside.</returns>
    /// <exception cref="ArgumentException">An event was not imported from ACLED, lacks a column, or its layout differs from the others'.</exception>
    public static long Write(Dataset dataset, Stream output)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(output);
        if (dataset.Events.IsEmpty)
        {
            return 0;
        }

        var layout = LayoutOf(dataset.Events[0]);
        var newLine = layout == AcledLayout.Current ? "\n" : "\r\n";
        using var writer = new StreamWriter(output, AcledImporter.EncodingOf(layout), bufferSize: 1 << 16, leaveOpen: true) { NewLine = newLine };
        writer.Write(AcledColumns.Header(layout));
        writer.Write(newLine);
        var names = AcledColumns.Of(layout);
        var rows = 0L;
        foreach (var @event in dataset.Events)
        {
            if (LayoutOf(@event) != layout)
            {
                throw new ArgumentException($"Event '{@event.Id}' was read from another ACLED layout than the first event: one file holds one layout.");
            }

            for (var i = 0; i < names.Length; i++)
            {
                if (i > 0)
                {
                    writer.Write(',');
                }

                var value = @event.Attributes.GetValueOrDefault(AcledColumns.Prefix + names[i])?.Text
                    ?? throw new ArgumentException($"Event '{@event.Id}' cannot be written as an ACLED row: it lacks the source attribute {AcledColumns.Prefix}{names[i]}.");
                writer.Write(Quoted(value));
            }

            if (layout == AcledLayout.Legacy2016)
            {
                writer.Write(new string(',', AcledColumns.LegacyEmptyColumns));
            }

            writer.Write(newLine);
            rows++;
        }

        return rows;
    }

    private static AcledLayout LayoutOf(Event @event) =>
        @event.Attributes.TryGetValue(AcledColumns.Prefix + AcledColumns.Current[0], out _) ? AcledLayout.Current
        : @event.Attributes.TryGetValue(AcledColumns.Prefix + AcledColumns.Legacy2016[1], out _) ? AcledLayout.Legacy2016
        : throw new ArgumentException($"Event '{@event.Id}' cannot be written as an ACLED row: it was not imported from ACLED (it has no acled: columns).");

    private static string Quoted(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value : string.Concat("\"", value.Replace("\"", "\"\"", StringComparison.Ordinal), "\"");
}
