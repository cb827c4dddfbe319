using System.Collections.Immutable;
using NewsEvents.Streaming;

namespace NewsEvents.Merging;

/// <summary>
/// Merges datasets into one: every document, actor, event, statement, claim and relation of every
/// input is kept, ids that collide across inputs are made distinct, and every reference follows.
/// </summary>
/// <remarks>
/// <para><b>Colliding ids.</b> An id that more than one input uses within one collection (two
/// datasets each with an actor <c>reporters</c>, or an event <c>e1</c>) is prefixed, in every input
/// that uses it, with that input's dataset id and <see cref="Separator"/>: <c>reuters-2024/reporters</c>,
/// <c>afp-2024/reporters</c>. Were that id taken too, the prefix is added again. Ids used by one input
/// only stay as they are, and every reference to a renamed id (participants, links, speakers,
/// audiences, claimants, subjects, attributions, relations, the documents of evidence) is renamed with it.</para>
/// <para><b>Linking actors.</b> Actors of different inputs stay apart unless
/// <see cref="DatasetMergeOptions.LinkActors"/> is set; then an actor that shares a code of
/// <see cref="LinkingSchemes"/> with an actor of an earlier input becomes that actor: its references
/// point to it, and its name and aliases (as aliases), codes and evidence are added to it; the
/// earlier actor's kind, name and country (when it has one) stand. At most one actor of an input is
/// linked to any one actor.</para>
/// <para><b>Metadata.</b> The merged dataset's metadata keeps each input's: source files, coders and
/// code books gathered (each once), licences joined as an SPDX conjunction (<c>(A) AND (B)</c>),
/// citations one per line, and a description naming each input with its title, description and
/// when it was coded.</para>
/// <para><b>Order and sameness.</b> The result is the same for the same inputs in the same order:
/// each input's records in their order, after the merged header. Two inputs with the same dataset id
/// are refused (a dataset merged with itself, or with another version of itself), and so are inputs
/// of different major schema versions; the merge takes the newest minor version of its inputs.</para>
/// <para><b>Memory.</b> <see cref="MergeRecords"/> reads each input twice: once for its header and
/// ids (and, when linking, the actors with a linking code), once to write its records renamed. It
/// holds ids, not records, so merging JSON Lines streams needs memory for their ids only.</para>
/// </remarks>
public static class DatasetMerger
{
    /// <summary>What stands between a dataset's id and an id it prefixes: <c>dataset/id</c>.</summary>
    public const char Separator = '/';

    /// <summary>The schemes whose codes name one entity, and so link actors across inputs: Wikidata items and CAMEO actor codes.</summary>
    public static ImmutableArray<CodeScheme> LinkingSchemes { get; } = [CodeScheme.Wikidata, CodeScheme.CameoActor];

    /// <summary>Merges datasets in memory.</summary>
    /// <param name="inputs">The datasets, in the order their items are to come.</param>
    /// <param name="options">How to merge; <see cref="DatasetMergeOptions.Default"/> when null.</param>
    /// <returns>The merged dataset.</returns>
    /// <exception cref="ArgumentException">There is no input.</exception>
    /// <exception cref="NewsEventsFormatException">Two inputs are one dataset, their major versions differ, or a renamed id would be too long.</exception>
    public static Dataset Merge(IReadOnlyList<Dataset> inputs, DatasetMergeOptions? options = null)
    {
        Guard.NotNull(inputs, nameof(inputs));
        var sources = inputs.Select(Source).ToArray();
        var collector = new DatasetCollector();
        foreach (var record in MergeRecords(sources, options))
        {
            collector.Add(record);
        }

        return collector.ToDataset(collector.Header!);

        static Func<IEnumerable<JsonLinesRecord>> Source(Dataset dataset)
        {
            Guard.NotNull(dataset, nameof(inputs));
            return () => JsonLinesWriter.ToRecords(dataset);
        }
    }

    /// <summary>
    /// Merges streams of records (see the remarks): each input is a function that gives its records
    /// from the start each time it is called, and is called twice. Its first pass runs here; the
    /// records are made as they are enumerated.
    /// </summary>
    /// <param name="inputs">For each input, in order, its records from the start, header first.</param>
    /// <param name="options">How to merge; <see cref="DatasetMergeOptions.Default"/> when null.</param>
    /// <returns>The merged records: the merged header, then each input's records in their order.</returns>
    /// <exception cref="ArgumentException">There is no input.</exception>
    /// <exception cref="NewsEventsFormatException">An input has no header, two inputs are one dataset, their major versions differ, or a renamed id would be too long.</exception>
    public static IEnumerable<JsonLinesRecord> MergeRecords(IReadOnlyList<Func<IEnumerable<JsonLinesRecord>>> inputs, DatasetMergeOptions? options = null)
    {
        Guard.NotNull(inputs, nameof(inputs));
        if (inputs.Count == 0)
        {
            Guard.Fail("At least one dataset is needed to merge.", nameof(inputs));
        }

        options ??= DatasetMergeOptions.Default;
        var plan = MergePlan.Make(inputs, options.LinkActors);
        var header = Header(plan.Headers, options);
        return Records(inputs, plan, header);
    }

    private static IEnumerable<JsonLinesRecord> Records(IReadOnlyList<Func<IEnumerable<JsonLinesRecord>>> inputs, MergePlan plan, JsonLinesHeader header)
    {
        yield return JsonLinesRecord.From(header);
        for (var input = 0; input < inputs.Count; input++)
        {
            foreach (var record in inputs[input]())
            {
                switch (record.Value)
                {
                    case Document d: yield return JsonLinesRecord.From(plan.Map(input, d)); break;
                    case Actor a when !plan.IsLinked(input, a.Id): yield return JsonLinesRecord.From(plan.Map(input, a)); break;
                    case Event e: yield return JsonLinesRecord.From(plan.Map(input, e)); break;
                    case Statement s: yield return JsonLinesRecord.From(plan.Map(input, s)); break;
                    case Claim c: yield return JsonLinesRecord.From(plan.Map(input, c)); break;
                    case Relation r: yield return JsonLinesRecord.From(plan.Map(input, r)); break;
                }
            }
        }
    }

    private static JsonLinesHeader Header(IReadOnlyList<JsonLinesHeader> headers, DatasetMergeOptions options)
    {
        if (headers.Count == 1)
        {
            var only = headers[0];
            return only with { Id = options.Id ?? only.Id, Title = options.Title ?? only.Title };
        }

        var id = options.Id;
        if (id is null)
        {
            var joined = string.Join('+', headers.Select(h => h.Id.Value));
            if (EntityIdRules.Check(joined, "dataset id") is { } broken)
            {
                Guard.Fail($"The merged dataset's id, the inputs' ids joined ('{joined}'), is not an id: {broken} Give the merge an id (DatasetMergeOptions.Id).", nameof(options));
            }

            id = new DatasetId(joined);
        }

        var titles = headers.Where(h => h.Title is not null).Select(h => h.Title!).ToArray();
        return new JsonLinesHeader
        {
            Id = id.Value,
            SchemaVersion = headers.Select(h => h.SchemaVersion).MaxBy(Minor)!,
            Title = options.Title ?? (titles.Length == 0 ? null : string.Join(" + ", titles)),
            Metadata = MergedMetadata.Of(headers),
        };

        static int Minor(string version) => SchemaVersion.TryParse(version, out _, out var minor) ? minor : 0;
    }
}
