namespace NewsEvents.Streaming;

/// <summary>How <see cref="JsonLinesReader"/> reads. The defaults are strict: the first bad line throws.</summary>
public sealed record JsonLinesReaderOptions
{
    /// <summary>The default maximum length of one line, 16 MiB.</summary>
    public const int DefaultMaxRecordBytes = 16 * 1024 * 1024;

    /// <summary>The defaults: strict, 16 MiB per line.</summary>
    public static JsonLinesReaderOptions Default { get; } = new();

    /// <summary>
    /// The longest line the reader accepts, in bytes, not counting its line feed;
    /// <see cref="DefaultMaxRecordBytes"/> by default. The reader never holds more than about this
    /// much of one line: a longer line is reported as soon as it passes the limit, and in lenient mode
    /// the rest of it is skipped without being kept.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1 or more than 1 GiB.</exception>
    public int MaxRecordBytes
    {
        get;
        init
        {
            if (value is < 1 or > 1024 * 1024 * 1024)
            {
                Guard.OutOfRange("JsonLinesReaderOptions.MaxRecordBytes must lie between 1 byte and 1 GiB.", nameof(MaxRecordBytes));
            }

            field = value;
        }
    } = DefaultMaxRecordBytes;

    /// <summary>
    /// Null (the default) for strict reading: the first bad line throws
    /// <see cref="NewsEventsFormatException"/> with its line number. When set, reading is lenient:
    /// each bad line is passed to this handler, with its number and the reason, and reading goes on
    /// with the next line, so that nothing is dropped without being reported.
    /// </summary>
    public Action<JsonLinesViolation>? OnBadLine { get; init; }

    /// <summary>The size of the reader's buffer requests, 64 KiB by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 256 bytes or more than 16 MiB.</exception>
    public int BufferSize
    {
        get;
        init
        {
            if (value is < 256 or > 16 * 1024 * 1024)
            {
                Guard.OutOfRange("JsonLinesReaderOptions.BufferSize must lie between 256 bytes and 16 MiB.", nameof(BufferSize));
            }

            field = value;
        }
    } = 64 * 1024;
}
