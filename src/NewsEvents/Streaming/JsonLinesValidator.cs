using NewsEvents.Validation;

namespace NewsEvents.Streaming;

/// <summary>
/// Checks the rules that span records of a JSON Lines stream as the records go by, holding their
/// ids rather than the records: the rules of <see cref="DatasetValidator"/>, in the same words, each
/// violation with its line and its path within the record (<c>$.record.participants[0].actor</c>).
/// A reference to a record further down is resolved at the end.
/// </summary>
/// <remarks>
/// <para>Fed record by record, memory grows with the number of ids (each id once, with the line it
/// was defined on, about 50 bytes per id in a compact table), with the references not yet resolved,
/// with the repeats-links between claims and with the statements' speakers; it does not grow with
/// the size of the records. A whole stream that can seek is validated in flat memory instead, its
/// ids sorted on disk as fingerprints (<see cref="ValidateStreamAsync"/>). Violations are kept for <see cref="Complete"/>, or handed one by one, as they are
/// found, to a callback that the validator was created with: then only as many as asked are kept,
/// and memory does not grow with the number of violations either.</para>
/// <para>Evidence is checked against a document's text only when the document came earlier in the
/// stream and its text is still in the validator's text cache, which keeps the most recent documents'
/// texts up to a budget (<see cref="DefaultTextCacheChars"/> UTF-16 characters by default) and drops
/// the oldest first. Otherwise only the evidence's reference to its document and its quote's length
/// are checked. Writing each document before the records that cite it (as
/// <see cref="JsonLinesWriter.ToRecords"/> and the synthetic generator do) makes every quote checkable.</para>
/// </remarks>
public sealed class JsonLinesValidator
{
    /// <summary>The default budget of the text cache: 8 Mi UTF-16 characters (16 MiB).</summary>
    public const int DefaultTextCacheChars = 8 * 1024 * 1024;

    private readonly LinesSink _sink;
    private readonly long _textCacheChars;
    private RuleSet _rules;
    private bool _completed;

    /// <summary>Creates a validator that keeps every violation for <see cref="Complete"/>.</summary>
    /// <param name="textCacheChars">How many UTF-16 characters of document text to keep for checking quotes; 0 keeps none.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="textCacheChars"/> is negative.</exception>
    public JsonLinesValidator(long textCacheChars = DefaultTextCacheChars)
        : this(new LinesSink(null, int.MaxValue), textCacheChars)
    {
    }

    /// <summary>Creates a validator that hands each violation to <paramref name="onViolation"/> as it is found.</summary>
    /// <param name="onViolation">Receives each violation as it is found: those of a record when the record is added, those that waited for the end (references to no record, circles of repeats) in <see cref="Complete"/>.</param>
    /// <param name="keep">How many violations to keep, besides, for the report of <see cref="Complete"/> (the first found).</param>
    /// <param name="textCacheChars">How many UTF-16 characters of document text to keep for checking quotes; 0 keeps none.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="keep"/> or <paramref name="textCacheChars"/> is negative.</exception>
    public JsonLinesValidator(Action<Violation> onViolation, int keep = 0, long textCacheChars = DefaultTextCacheChars)
        : this(new LinesSink(Guard.NotNull(onViolation, nameof(onViolation)), keep), textCacheChars)
    {
    }

    private JsonLinesValidator(LinesSink sink, long textCacheChars)
    {
        if (textCacheChars < 0)
        {
            Guard.OutOfRange("The text cache budget must not be negative.", nameof(textCacheChars));
        }

        _sink = sink;
        _textCacheChars = textCacheChars;
        _rules = new RuleSet(_sink, textCacheChars);
    }

    /// <summary>The memory that the sorts on disk of a validation in flat memory use by default: 4 MiB.</summary>
    public const int DefaultSortMemoryBytes = 4 * 1024 * 1024;

    /// <summary>The least memory the sorts on disk of a validation in flat memory can be given: 4 KiB.</summary>
    public const int LeastSortMemoryBytes = 4 * 1024;

    /// <summary>
    /// The memory that the sorts on disk of a validation in flat memory use, together (<see cref="DefaultSortMemoryBytes"/>
    /// unless set; at least <see cref="LeastSortMemoryBytes"/>): their buffers, then the slices of their runs as they
    /// are merged. Less memory writes more, shorter runs and merges them in more steps; the result is the same.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than <see cref="LeastSortMemoryBytes"/>.</exception>
    public int SortMemoryBytes
    {
        get;
        init
        {
            if (value < LeastSortMemoryBytes)
            {
                Guard.OutOfRange($"The sorts of a validation in flat memory need at least {LeastSortMemoryBytes} bytes.", nameof(SortMemoryBytes), value);
            }

            field = value;
        }
    } = DefaultSortMemoryBytes;

    /// <summary>
    /// The folder in which a validation in flat memory writes its sorted runs of ids (about 16 bytes for each id and
    /// each distinct reference of a record, for the validation's length), in a folder of its own that is removed
    /// when the validation ends, however it ends; the system's temporary folder when null.
    /// </summary>
    public string? TemporaryFolder { get; init; }

    /// <summary>How ids become fingerprints when a stream is validated in flat memory; a test sets one that collides.</summary>
    internal Func<string, ulong>? Fingerprint { get; init; }

    /// <summary>The runs that the first pass of the last validation in flat memory wrote to disk (0 when its ids fitted in memory).</summary>
    internal int RunCount { get; private set; }

    /// <summary>The most UTF-16 characters of document text held at once for checking quotes.</summary>
    internal long MostTextChars => _rules.MostTextChars;

    /// <summary>The number of records seen.</summary>
    public long RecordCount { get; private set; }

    /// <summary>The number of violations found so far, bad lines included.</summary>
    public long ViolationCount => _sink.Count;

    /// <summary>Validates a stream of records: reads it leniently, so that bad lines are reported too, and checks every record.</summary>
    /// <param name="utf8Stream">The JSON Lines stream, left open.</param>
    /// <param name="options">How to read; the bad lines are reported both to its <see cref="JsonLinesReaderOptions.OnBadLine"/>, when set, and in the result.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>Every problem, bad lines and broken rules, in line order.</returns>
    /// <remarks>A stream that can seek (a file) is validated in flat memory, in two passes (see <see cref="ValidateStreamAsync"/>).</remarks>
    public static Task<ValidationReport> ValidateAsync(Stream utf8Stream, JsonLinesReaderOptions? options = null, CancellationToken cancellationToken = default) =>
        new JsonLinesValidator().ValidateStreamAsync(utf8Stream, options, cancellationToken);

    /// <summary>
    /// Validates a stream of records, handing each problem to <paramref name="onViolation"/> as it is
    /// found and keeping none: memory does not grow with the number of problems.
    /// </summary>
    /// <param name="utf8Stream">The JSON Lines stream, left open.</param>
    /// <param name="onViolation">Receives each problem, bad lines and broken rules, as it is found.</param>
    /// <param name="options">How to read; the bad lines are reported both to its <see cref="JsonLinesReaderOptions.OnBadLine"/>, when set, and to <paramref name="onViolation"/>.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>The count of problems (<see cref="ValidationReport.Count"/>), none of them kept.</returns>
    /// <remarks>A stream that can seek (a file) is validated in flat memory, in two passes (see <see cref="ValidateStreamAsync"/>).</remarks>
    public static Task<ValidationReport> ValidateAsync(Stream utf8Stream, Action<Violation> onViolation, JsonLinesReaderOptions? options = null, CancellationToken cancellationToken = default) =>
        new JsonLinesValidator(onViolation).ValidateStreamAsync(utf8Stream, options, cancellationToken);

    /// <summary>
    /// Validates a whole stream with this validator, which must not have been given records yet:
    /// reads it leniently, so that bad lines are reported too, checks every record and completes.
    /// </summary>
    /// <remarks>
    /// <para>A stream that can seek (a file) is validated in flat memory: a first pass writes each id
    /// defined and referenced, as a 64-bit fingerprint, to sorted runs in a folder of its own under
    /// <see cref="TemporaryFolder"/>, in a fixed budget (<see cref="SortMemoryBytes"/>), and merges them to find
    /// the ids defined twice and those referenced and never defined; the second checks every record,
    /// deciding exactly where fingerprints could mislead (see docs/jsonlines.md, "Validation in flat memory");
    /// a third reads the statements again only when a claim's statement was made by someone else, to name
    /// them. The stream is read from where it is, and must not change between the passes. Any other
    /// stream is validated in one pass, holding its ids.</para>
    /// </remarks>
    /// <param name="utf8Stream">The JSON Lines stream, left open.</param>
    /// <param name="options">How to read; the bad lines are reported both to its <see cref="JsonLinesReaderOptions.OnBadLine"/>, when set, and as violations.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>The report of <see cref="Complete"/>.</returns>
    /// <exception cref="InvalidOperationException">The validator was given records, or completed; or the stream gave other records in a later pass than in the first.</exception>
    /// <exception cref="IOException">The temporary folder cannot be written.</exception>
    public async Task<ValidationReport> ValidateStreamAsync(Stream utf8Stream, JsonLinesReaderOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Stream);
        ThrowIfNotFresh();
        options ??= JsonLinesReaderOptions.Default;
        if (!utf8Stream.CanSeek)
        {
            return await RunAsync(utf8Stream, options, cancellationToken).ConfigureAwait(false);
        }

        var start = utf8Stream.Position;
        var quiet = options with { OnBadLine = static _ => { } };
        var lenient = Lenient(options);
        return await ValidateInPassesAsync(
            checking =>
            {
                utf8Stream.Position = start;
                return JsonLinesReader.ReadAsync(utf8Stream, checking ? lenient : quiet, cancellationToken);
            },
            null,
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Validates records that can be read more than once (files, not a pipe) with this validator, which must
    /// not have been given records yet, in flat memory, as <see cref="ValidateStreamAsync"/> validates a
    /// stream that can seek: <paramref name="readRecords"/> is called for each pass and must give the same
    /// records each time.
    /// </summary>
    /// <param name="readRecords">Reads the records from the start; the lines a reader could not read are the caller's to report (<see cref="AddBadLine"/>).</param>
    /// <param name="onChecked">Called with each record of the pass that checks them, after it is checked: what reads the records once more can be done alongside (an export writing them).</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>The report of <see cref="Complete"/>.</returns>
    /// <exception cref="InvalidOperationException">The validator was given records, or completed; or <paramref name="readRecords"/> gave other ids in a later pass than in the first.</exception>
    /// <exception cref="IOException">The temporary folder cannot be written.</exception>
    public Task<ValidationReport> ValidateRecordsAsync(Func<IAsyncEnumerable<JsonLinesRecord>> readRecords, Func<JsonLinesRecord, CancellationToken, ValueTask>? onChecked = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(readRecords);
        ThrowIfNotFresh();
        return ValidateInPassesAsync(_ => readRecords(), onChecked, cancellationToken);
    }

    /// <summary>Validates records already read.</summary>
    /// <param name="records">The records, with their line numbers.</param>
    /// <returns>Every broken rule, in line order.</returns>
    public static ValidationReport Validate(IEnumerable<JsonLinesRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var validator = new JsonLinesValidator();
        foreach (var record in records)
        {
            validator.Add(record);
        }

        return validator.Complete();
    }

    /// <summary>Checks one record, the next of the stream.</summary>
    /// <param name="record">The record; its <see cref="JsonLinesRecord.LineNumber"/> is used in reports (records that were not read are numbered by their position).</param>
    /// <exception cref="InvalidOperationException"><see cref="Complete"/> was called.</exception>
    public void Add(JsonLinesRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        ThrowIfCompleted();
        RecordCount++;
        _rules.Check(record.Value, record.LineNumber > 0 ? record.LineNumber : RecordCount);
    }

    /// <summary>Reports a line the reader could not read (see <see cref="JsonLinesReaderOptions.OnBadLine"/>) with the violations.</summary>
    /// <param name="badLine">The line and what is wrong with it.</param>
    /// <exception cref="InvalidOperationException"><see cref="Complete"/> was called.</exception>
    public void AddBadLine(JsonLinesViolation badLine)
    {
        ArgumentNullException.ThrowIfNull(badLine);
        ThrowIfCompleted();
        _sink.Add(badLine.Violation with { LineNumber = badLine.LineNumber });
    }

    /// <summary>Resolves the references to records further down, checks the repeats between claims, and returns the report.</summary>
    /// <returns>How many violations were found, and those kept, in line order.</returns>
    public ValidationReport Complete()
    {
        if (!_completed)
        {
            _completed = true;
            _rules.Complete();
        }

        return Report();
    }

    private ValidationReport Report() => _sink.Report();

    private async Task<ValidationReport> RunAsync(Stream utf8Stream, JsonLinesReaderOptions options, CancellationToken cancellationToken)
    {
        await foreach (var record in JsonLinesReader.ReadAsync(utf8Stream, Lenient(options), cancellationToken).ConfigureAwait(false))
        {
            Add(record);
        }

        return Complete();
    }

    /// <summary>
    /// The passes of a validation in flat memory (<see cref="FlatMemoryPasses"/>), each record checked by
    /// <see cref="Add"/>. <paramref name="read"/> is told whether its records are being checked, when their bad lines are reported.
    /// </summary>
    private async Task<ValidationReport> ValidateInPassesAsync(Func<bool, IAsyncEnumerable<JsonLinesRecord>> read, Func<JsonLinesRecord, CancellationToken, ValueTask>? onChecked, CancellationToken cancellationToken)
    {
        await FlatMemoryPasses.RunAsync(
            read,
            new FlatMemoryPasses.Budget(Fingerprint, TemporaryFolder, SortMemoryBytes, runs => RunCount = runs),
            (book, repeats) => _rules = new RuleSet(_sink, _textCacheChars, book, repeats: repeats),
            async (record, cancellation) =>
            {
                Add(record);
                if (onChecked is not null)
                {
                    await onChecked(record, cancellation).ConfigureAwait(false);
                }
            },
            cancellationToken).ConfigureAwait(false);
        _completed = true;
        return Report();
    }

    /// <summary>Options that report each bad line as a violation, and to the caller's own handler too.</summary>
    private JsonLinesReaderOptions Lenient(JsonLinesReaderOptions options)
    {
        var user = options.OnBadLine;
        return options with { OnBadLine = v => { AddBadLine(v); user?.Invoke(v); } };
    }

    private void ThrowIfNotFresh()
    {
        ThrowIfCompleted();
        if (RecordCount > 0 || _sink.Count > 0)
        {
            Guard.State("The validator was given records already; a whole stream is validated by a fresh one.");
        }
    }

    private void ThrowIfCompleted()
    {
        if (_completed)
        {
            Guard.State("The validator is complete; create another to validate another stream.");
        }
    }

    /// <summary>Names places by line and path within the record; counts violations, hands them on, and keeps as many as asked.</summary>
    internal sealed class LinesSink : ValidationSink
    {
        private readonly Action<Violation>? _onViolation;
        private readonly int _keep;

        public LinesSink(Action<Violation>? onViolation, int keep)
        {
            if (keep < 0)
            {
                Guard.OutOfRange("The number of violations to keep must not be negative.", nameof(keep));
            }

            (_onViolation, _keep) = (onViolation, keep);
        }

        public List<Violation> Kept { get; } = [];

        public long Count { get; private set; }

        /// <summary>The violations kept, in line order, and the count of all.</summary>
        public ValidationReport Report() => new([.. Kept.OrderBy(v => v.LineNumber)], Count);

        public override void Report(ItemAt at, MemberPath member, ViolationKind kind, string message) =>
            Add(new Violation("$.record" + member, kind, message) { LineNumber = at.Position });

        public override string Describe(ItemAt at) => FormattableString.Invariant($"line {at.Position}");

        public void Add(Violation violation)
        {
            Count++;
            _onViolation?.Invoke(violation);
            if (Kept.Count < _keep)
            {
                Kept.Add(violation);
            }
        }
    }
}
