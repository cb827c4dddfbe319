namespace NewsEvents.Streaming;

/// <summary>
/// The header line of a JSON Lines stream: what a <see cref="Dataset"/> holds besides its
/// collections. It is optional, and when present it is the first record.
/// </summary>
public sealed record JsonLinesHeader
{
    /// <summary>The dataset's id.</summary>
    public required DatasetId Id
    {
        get;
        init
        {
            if (value.Value is null)
            {
                Guard.Fail("JsonLinesHeader.Id must be set.", nameof(Id));
            }

            field = value;
        }
    }

    /// <summary>The format version, <c>major.minor</c>; <see cref="NewsEvents.Model.SchemaVersion.Current"/> by default.</summary>
    public string SchemaVersion
    {
        get;
        init
        {
            if (!NewsEvents.Model.SchemaVersion.TryParse(value, out _, out _))
            {
                Guard.Fail($"JsonLinesHeader.SchemaVersion must be 'major.minor' such as \"{NewsEvents.Model.SchemaVersion.Current}\", not '{value}'.", nameof(SchemaVersion));
            }

            field = value;
        }
    } = NewsEvents.Model.SchemaVersion.Current;

    /// <summary>A title.</summary>
    public string? Title { get; init => field = Guard.OptionalText(value, "JsonLinesHeader.Title"); }

    /// <summary>Who coded the data, when, how.</summary>
    public DatasetMetadata? Metadata { get; init; }

    /// <summary>The header of <paramref name="dataset"/>: its id, schema version, title and metadata.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <returns>The header.</returns>
    public static JsonLinesHeader Of(Dataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        return new JsonLinesHeader { Id = dataset.Id, SchemaVersion = dataset.SchemaVersion, Title = dataset.Title, Metadata = dataset.Metadata };
    }

    /// <summary>A dataset with this header's members and empty collections.</summary>
    /// <returns>The dataset.</returns>
    public Dataset ToDataset() => new() { Id = Id, SchemaVersion = SchemaVersion, Title = Title, Metadata = Metadata };

    /// <summary>Returns <c>JsonLinesHeader id (version)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"JsonLinesHeader {Id} ({SchemaVersion})";
}
