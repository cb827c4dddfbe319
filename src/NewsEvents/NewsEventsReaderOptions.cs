using NewsEvents.Validation;

namespace NewsEvents;

/// <summary>How <see cref="NewsEventsJson"/> reads. The defaults are strict: every rule is enforced.</summary>
public sealed record NewsEventsReaderOptions
{
    /// <summary>The defaults: validate, reject newer minor versions.</summary>
    public static NewsEventsReaderOptions Default { get; } = new();

    /// <summary>
    /// Whether to validate the dataset after reading it (unique ids, references, evidence against
    /// the text); true by default. Turn it off only to inspect broken data, then call
    /// <see cref="DatasetValidator.Validate(Dataset)"/> yourself.
    /// </summary>
    public bool Validate { get; init; } = true;

    /// <summary>
    /// Whether to read a dataset of a newer minor version of the format (1.2 for this 1.1 reader),
    /// ignoring the properties this reader does not know and reporting each to
    /// <see cref="Warning"/>; false by default, so that nothing is dropped without consent. Another
    /// major version is always rejected.
    /// </summary>
    public bool AllowNewerMinorVersion { get; init; }

    /// <summary>
    /// The largest dataset document <see cref="NewsEventsJson.Deserialize(Stream, NewsEventsReaderOptions?)"/>
    /// reads, in bytes: 1 GiB by default; <see cref="long.MaxValue"/> for no limit. A larger stream is
    /// refused with <see cref="NewsEventsFormatException"/> before it is read when it knows its length,
    /// else as soon as it passes the limit. A stream that can seek and holds more than 64 MiB is read
    /// a window at a time, whatever its size; any other is read into memory whole, so at most
    /// <see cref="Array.MaxLength"/> bytes of it.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public long MaxDocumentBytes
    {
        get;
        init
        {
            if (value < 1)
            {
                Guard.OutOfRange(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"MaxDocumentBytes must be at least 1, not {value}."), nameof(MaxDocumentBytes));
            }

            field = value;
        }
    } = 1L << 30;

    /// <summary>Receives each warning (an ignored property, with its path) when <see cref="AllowNewerMinorVersion"/> is on.</summary>
    public Action<Violation>? Warning { get; init; }
}
