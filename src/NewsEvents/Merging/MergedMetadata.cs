using System.Text;
using NewsEvents.Streaming;

namespace NewsEvents.Merging;

/// <summary>The metadata of a merge, which keeps each input's (see <see cref="DatasetMerger"/>).</summary>
internal static class MergedMetadata
{
    public static DatasetMetadata Of(IReadOnlyList<JsonLinesHeader> headers)
    {
        var metadata = headers.Select(h => h.Metadata ?? new DatasetMetadata()).ToArray();
        var licenses = metadata.Select(m => m.License).OfType<string>().Distinct().ToArray();
        var citations = metadata.Select(m => m.Citation).OfType<string>().Distinct().ToArray();
        var coded = metadata.Select(m => m.Coded).Distinct().ToArray();
        return new DatasetMetadata
        {
            Description = Description(headers),
            Coders = [.. metadata.SelectMany(m => m.Coders).Distinct()],
            Coded = coded.Length == 1 ? coded[0] : null,
            License = licenses.Length switch
            {
                0 => null,
                1 => licenses[0],
                _ => string.Join(" AND ", licenses.Select(l => $"({l})")),
            },
            Codebooks = [.. metadata.SelectMany(m => m.Codebooks).Distinct()],
            SourceFiles = [.. metadata.SelectMany(m => m.SourceFiles).Distinct()],
            Citation = citations.Length == 0 ? null : string.Join('\n', citations),
        };
    }

    /// <summary>"Merged from N datasets:", then a line for each: its id, title, when it was coded, and its description.</summary>
    private static string Description(IReadOnlyList<JsonLinesHeader> headers)
    {
        var text = new StringBuilder();
        text.Append("Merged from ").Append(headers.Count == 1 ? "1 dataset:" : $"{headers.Count} datasets:");
        foreach (var header in headers)
        {
            text.Append("\n- ").Append(header.Id.Value);
            if (header.Title is not null)
            {
                text.Append(" \"").Append(header.Title).Append('"');
            }

            if (header.Metadata?.Coded is { } coded)
            {
                text.Append(" (coded ").Append(coded).Append(')');
            }

            if (header.Metadata?.Description is { } description)
            {
                text.Append(": ").Append(description);
            }
        }

        return text.ToString();
    }
}
