using System.Collections.Immutable;
using System.Globalization;
using NewsEvents.Validation;

namespace NewsEvents.Anchoring;

/// <summary>
/// Re-anchors evidence after a document's text was edited: every span whose quote no longer matches
/// the text at its offsets moves to the nearest exact occurrence of its quote.
/// </summary>
/// <remarks>
/// Spans without a quote, spans into documents without text (or not in the dataset) and spans that
/// match are left alone. Each text is indexed by code point once, and the search for a quote looks
/// outward from where the span was, so a text shifted by a few characters costs little however many
/// spans moved.
/// </remarks>
public static class EvidenceRepair
{
    /// <summary>Re-anchors the evidence of every actor, event, statement, claim and relation of <paramref name="dataset"/>.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <returns>The repaired dataset, what moved, and what could not be found.</returns>
    public static EvidenceRepairResult Repair(Dataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var run = new Run(dataset.Documents);
        var repaired = dataset with
        {
            Actors = run.Fix(dataset.Actors, ItemCollection.Actors, a => a.Evidence, (a, e) => a with { Evidence = e }),
            Events = run.Fix(dataset.Events, ItemCollection.Events, e => e.Evidence, (x, e) => x with { Evidence = e }),
            Statements = run.Fix(dataset.Statements, ItemCollection.Statements, s => s.Evidence, (s, e) => s with { Evidence = e }),
            Claims = run.Fix(dataset.Claims, ItemCollection.Claims, c => c.Evidence, (c, e) => c with { Evidence = e }),
            Relations = run.Fix(dataset.Relations, ItemCollection.Relations, r => r.Evidence, (r, e) => r with { Evidence = e }),
        };
        return new EvidenceRepairResult(repaired, run.Moved.ToImmutable(), run.NotFound.ToImmutable());
    }

    private sealed class Run
    {
        // The first document with an id is the one references reach, as in validation.
        private readonly Dictionary<DocumentId, string> _texts = [];
        private readonly Dictionary<DocumentId, CodePointIndex> _indexes = [];

        public Run(ImmutableArray<Document> documents)
        {
            foreach (var document in documents)
            {
                if (document.Text is { } text && document.Id.Value is not null)
                {
                    _texts.TryAdd(document.Id, text);
                }
            }
        }

        public ImmutableArray<EvidenceMove>.Builder Moved { get; } = ImmutableArray.CreateBuilder<EvidenceMove>();

        public ImmutableArray<EvidenceMove>.Builder NotFound { get; } = ImmutableArray.CreateBuilder<EvidenceMove>();

        public ImmutableArray<T> Fix<T>(ImmutableArray<T> items, ItemCollection collection, Func<T, ImmutableArray<Evidence>> evidenceOf, Func<T, ImmutableArray<Evidence>, T> withEvidence)
        {
            ImmutableArray<T>.Builder? fixedItems = null;
            for (var i = 0; i < items.Length; i++)
            {
                var evidence = evidenceOf(items[i]);
                ImmutableArray<Evidence>.Builder? spans = null;
                for (var j = 0; j < evidence.Length; j++)
                {
                    if (Reanchor(evidence[j], collection, i, j) is { } moved)
                    {
                        spans ??= evidence.ToBuilder();
                        spans[j] = moved;
                    }
                }

                if (spans is not null)
                {
                    fixedItems ??= items.ToBuilder();
                    fixedItems[i] = withEvidence(items[i], spans.MoveToImmutable());
                }
            }

            return fixedItems?.MoveToImmutable() ?? items;
        }

        /// <summary>The span moved to its quote, or null when it matches, cannot be checked, or its quote is not found.</summary>
        private Evidence? Reanchor(Evidence span, ItemCollection collection, int item, int index)
        {
            if (span.Quote is not { Length: > 0 } quote || !_texts.TryGetValue(span.Document, out var text))
            {
                return null;
            }

            if (!_indexes.TryGetValue(span.Document, out var codePoints))
            {
                codePoints = new CodePointIndex(text);
                _indexes[span.Document] = codePoints;
            }

            if (codePoints.Matches(span.Start, span.End, quote))
            {
                return null;
            }

            var path = string.Create(CultureInfo.InvariantCulture, $"$.{ItemCollections.Member(collection)}[{item}].evidence[{index}]");
            if (EvidenceLocator.Nearest(codePoints, quote, span.Start) is { } found)
            {
                var moved = new Evidence(span.Document, found.Start, found.End, quote) { Attributes = span.Attributes };
                Moved.Add(new EvidenceMove(path, span, moved));
                return moved;
            }

            NotFound.Add(new EvidenceMove(path, span, null));
            return null;
        }
    }
}
