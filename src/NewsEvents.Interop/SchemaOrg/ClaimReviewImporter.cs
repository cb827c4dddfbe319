using System.Globalization;
using System.Text;
using System.Text.Json;

namespace NewsEvents.Interop.SchemaOrg;

/// <summary>
/// Reads fact-checks published as schema.org <c>ClaimReview</c> JSON-LD into the NewsEvents model: each review's
/// claim (<c>claimReviewed</c>, by <c>itemReviewed.author</c>) becomes a claim relayed by the reviewer, and the
/// review's rating becomes the reviewer's own claim that supports or contradicts it; the review's values are kept as the
/// claim's <c>claimreview:</c> source attributes, and the whole review as a <see cref="ClaimReview"/>. A file holds one node, an array of nodes or a <c>@graph</c>. See docs/jsonld.md.
/// </summary>
/// <remarks>
/// The faults of real-world markup listed in <see cref="ClaimReviewTolerance"/> are read and reported; anything else
/// that does not fit stops a strict import with a <see cref="NewsEventsFormatException"/> naming the file and the
/// JSON path (a lenient one reports the review to <see cref="ImportOptions.Problems"/> and leaves all of it out).
/// </remarks>
public sealed class ClaimReviewImporter
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: true, throwOnInvalidBytes: true);

    private readonly ImportOptions _options;

    /// <summary>An importer; strict unless <paramref name="options"/> say lenient.</summary>
    /// <param name="options">How bad reviews are treated, and the clock dating the import.</param>
    public ClaimReviewImporter(ImportOptions? options = null) => _options = options ?? new ImportOptions();

    /// <summary>Reads the reviews of <paramref name="sources"/> into one dataset.</summary>
    /// <param name="sources">JSON-LD files.</param>
    /// <param name="id">The dataset's id.</param>
    /// <param name="title">The dataset's title.</param>
    /// <returns>The dataset, the reviews and the faults tolerated.</returns>
    /// <exception cref="NewsEventsFormatException">
    /// A strict import met a file that is not JSON, JSON-LD that is not an object or an array, a file without a
    /// ClaimReview, or a review that does not fit (no <c>claimReviewed</c>, no claimant, a rating off its scale…).
    /// </exception>
    public ClaimReviewImport Read(IReadOnlyList<ImportSource> sources, DatasetId id, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var reading = new ClaimReviewReading();
        foreach (var source in sources)
        {
            ReadFile(source, reading);
        }

        return new ClaimReviewImport
        {
            Dataset = new Dataset
            {
                Id = id,
                Title = title,
                Metadata = new DatasetMetadata
                {
                    Description = "Imported from schema.org ClaimReview by NewsEvents.Interop: each reviewed claim by its claimant, "
                        + "relayed by its reviewer, and the reviewer's verdict as a claim of its own.",
                    Coded = _options.CodedNow(),
                    SourceFiles = [.. sources.Select(s => s.Name)],
                },
                Documents = [.. reading.Documents.Values],
                Actors = [.. reading.Actors.Values],
                Claims = [.. reading.Claims],
            },
            Reviews = [.. reading.Reviews],
            Tolerated = [.. reading.Tolerated],
            OtherNodes = reading.OtherNodes,
            RepeatedReviews = reading.RepeatedReviews,
        };
    }

    private void ReadFile(ImportSource source, ClaimReviewReading reading)
    {
        if (WholeFile.Read(source) is not { } bytes)
        {
            _options.Raise(ImportProblem.TooLong(source.Name, 0));
            return;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(Utf8Text(bytes));
        }
        catch (JsonException e)
        {
            _options.Raise(new ImportProblem(source.Name, 0, $"not JSON: {e.Message}"));
            return;
        }
        catch (DecoderFallbackException e)
        {
            _options.Raise(new ImportProblem(source.Name, 0, string.Create(CultureInfo.InvariantCulture, $"not UTF-8 text: the byte at {e.Index} is not UTF-8")));
            return;
        }

        using (document)
        {
            var nodes = new List<JsonLdNode>();
            try
            {
                nodes.AddRange(JsonLdNode.TopLevel(document.RootElement, source.Name));
            }
            catch (JsonLdException e)
            {
                _options.Raise(new ImportProblem(source.Name, 0, e.Message));
                return;
            }

            var others = new List<string>();
            var reviews = 0;
            foreach (var node in nodes)
            {
                try
                {
                    if (!node.Is("ClaimReview", out var types))
                    {
                        others.AddRange(types);
                        continue;
                    }

                    reviews++;
                    reading.Add(ClaimReviewNode.Read(node));
                }
                catch (JsonLdException e)
                {
                    _options.Raise(new ImportProblem(source.Name, 0, e.Message));
                }
            }

            reading.OtherNodes += others.Count;
            if (reviews == 0)
            {
                _options.Raise(new ImportProblem(source.Name, 0, others.Count == 0
                    ? "$: no ClaimReview: the file holds no node"
                    : $"$: no ClaimReview: the file holds {string.Join(", ", others.Distinct())}"));
            }
        }
    }

    // JsonDocument checks UTF-8 only when a string is taken out of it; the whole file is checked first, so that a bad
    // byte is a problem of the file, told once, and never an exception from deep inside a value.
    private static ReadOnlyMemory<byte> Utf8Text(byte[] file)
    {
        var bytes = file.AsMemory();
        if (bytes.Span.StartsWith(StrictUtf8.Preamble))
        {
            bytes = bytes[StrictUtf8.Preamble.Length..];
        }

        StrictUtf8.GetCharCount(bytes.Span);
        return bytes;
    }
}
