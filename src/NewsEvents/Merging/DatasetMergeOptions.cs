namespace NewsEvents.Merging;

/// <summary>How <see cref="DatasetMerger"/> merges datasets.</summary>
public sealed record DatasetMergeOptions
{
    /// <summary>The default options: the merged dataset's id made of the inputs' ids, no actors linked.</summary>
    public static DatasetMergeOptions Default { get; } = new();

    /// <summary>
    /// The merged dataset's id; when null, the inputs' ids joined by <c>+</c> (<c>a+b</c>), which must
    /// then fit the 256 characters of an id.
    /// </summary>
    public DatasetId? Id
    {
        get;
        init
        {
            if (value is { Value: null })
            {
                Guard.Fail("DatasetMergeOptions.Id must be a set id or null.", nameof(Id));
            }

            field = value;
        }
    }

    /// <summary>The merged dataset's title; when null, the inputs' titles joined by <c> + </c> (none when no input has one).</summary>
    public string? Title { get; init => field = Guard.OptionalText(value, "DatasetMergeOptions.Title"); }

    /// <summary>
    /// Whether an actor is linked to an actor of an earlier input that shares an external code of a
    /// scheme that names one entity (<see cref="DatasetMerger.LinkingSchemes"/>: Wikidata, CAMEO
    /// actor code): the two become one actor. False by default: actors of different inputs stay
    /// apart, whatever their names.
    /// </summary>
    public bool LinkActors { get; init; }
}
