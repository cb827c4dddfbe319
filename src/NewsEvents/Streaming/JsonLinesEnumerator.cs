using System.Buffers;
using System.Globalization;
using System.Numerics;
using NewsEvents.Validation;

namespace NewsEvents.Streaming;

/// <summary>
/// Enumerates the records of a JSON Lines stream for <see cref="JsonLinesReader"/>, holding at most
/// one line (and a read buffer) at a time.
/// </summary>
/// <remarks>
/// Written by hand rather than as an <c>async</c> iterator: every line already in the buffer is
/// handed out synchronously, without the iterator's state machine and its builder for each record;
/// only a read from the stream awaits. Lines are found in one pooled array that grows, up to the
/// maximum record size, only for a line longer than the buffer.
/// </remarks>
internal sealed class JsonLinesEnumerator : IAsyncEnumerator<JsonLinesRecord>
{
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    private readonly Stream _stream;
    private readonly JsonLinesReaderOptions _options;
    private readonly CancellationToken _cancellationToken;
    private readonly CancellationTokenSource? _linkedCancellation;
    private byte[]? _buffer;
    private int _start;
    private int _end;

    // How many bytes of the pending line (from _start) are known to hold no line feed: each read
    // searches only what it added, so a long line costs its length whatever the size of the reads.
    private int _searched;
    private bool _endOfStream;
    private bool _finished;
    private bool _skipping;
    private long _line;
    private bool _sawRecord;

    public JsonLinesEnumerator(Stream stream, JsonLinesReaderOptions options, CancellationToken readCancellation, CancellationToken enumeratorCancellation)
    {
        _stream = stream;
        _options = options;

        // As an async iterator with [EnumeratorCancellation] does: either token cancels.
        if (readCancellation.CanBeCanceled && enumeratorCancellation.CanBeCanceled && readCancellation != enumeratorCancellation)
        {
            _linkedCancellation = CancellationTokenSource.CreateLinkedTokenSource(readCancellation, enumeratorCancellation);
            _cancellationToken = _linkedCancellation.Token;
        }
        else
        {
            _cancellationToken = readCancellation.CanBeCanceled ? readCancellation : enumeratorCancellation;
        }
    }

    public JsonLinesRecord Current { get; private set; } = null!;

    /// <summary>How many bytes the search for line ends has looked at so far: the stream's length, give or take the last line, whatever the size of its reads.</summary>
    internal long SearchedBytes { get; private set; }

    public ValueTask<bool> MoveNextAsync()
    {
        try
        {
            return TakeBufferedRecord() ? new ValueTask<bool>(true) : ReadMoreAsync();
        }
        catch (Exception e)
        {
            _finished = true;
            return ValueTask.FromException<bool>(e);
        }
    }

    public ValueTask DisposeAsync()
    {
        _finished = true;
        if (_buffer is { } buffer)
        {
            _buffer = null;
            Release(buffer);
        }

        _linkedCancellation?.Dispose();
        return default;
    }

    /// <summary>Takes the next record from the complete lines in the buffer; false when more must be read first (or all is read).</summary>
    private bool TakeBufferedRecord()
    {
        if (_finished || _buffer is null)
        {
            return false;
        }

        while (true)
        {
            var pending = _buffer.AsSpan(_start, _end - _start);
            var found = pending[_searched..].IndexOf((byte)'\n');
            SearchedBytes += found < 0 ? pending.Length - _searched : found + 1;
            if (found < 0)
            {
                _searched = pending.Length;
                return false;
            }

            var newline = _searched + found;
            _start += newline + 1;
            _searched = 0;
            if (Line(pending[..newline], complete: true) is { } record)
            {
                Current = record;
                return true;
            }
        }
    }

    private async ValueTask<bool> ReadMoreAsync()
    {
        try
        {
            while (!_finished)
            {
                if (_endOfStream)
                {
                    _finished = true;
                    var rest = _buffer is null ? default : _buffer.AsSpan(_start, _end - _start);
                    _start = _end;
                    if ((!rest.IsEmpty || _skipping) && Line(rest, complete: false) is { } last)
                    {
                        Current = last;
                        return true;
                    }

                    return false;
                }

                _cancellationToken.ThrowIfCancellationRequested();
                var read = await _stream.ReadAsync(RoomToRead(), _cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    _endOfStream = true;
                    continue;
                }

                _end += read;
                if (TakeBufferedRecord())
                {
                    return true;
                }
            }

            return false;
        }
        catch
        {
            _finished = true;
            throw;
        }
    }

    /// <summary>
    /// Makes room after the unfinished line: moves it to the front, grows the buffer for a line longer
    /// than it, and starts skipping a line that has passed the maximum record size.
    /// </summary>
    private Memory<byte> RoomToRead()
    {
        if (_buffer is null)
        {
            _buffer = Allocate(_options.BufferSize);
        }
        else if (_skipping)
        {
            _start = _end = _searched = 0;
        }
        else if (_end - _start > _options.MaxRecordBytes)
        {
            StartSkipping();
            _start = _end = _searched = 0;
        }
        else
        {
            var pending = _end - _start;
            if (_start > 0)
            {
                _buffer.AsSpan(_start, pending).CopyTo(_buffer);
                _start = 0;
                _end = pending;
            }

            if (_end == _buffer.Length)
            {
                // One byte past the maximum is enough to see that a line is too long.
                var larger = Allocate((int)Math.Min(_buffer.Length * 2L, _options.MaxRecordBytes + 1L));
                _buffer.AsSpan(0, _end).CopyTo(larger);
                Release(_buffer);
                _buffer = larger;
            }
        }

        return _buffer.AsMemory(_end);
    }

    // The pool rounds a request up to a power of two: a buffer grown to the maximum record size plus
    // one byte would be twice that, so a large size that is not a power of two is allocated exactly.
    private static byte[] Allocate(int length) =>
        length > LargestPooled && !BitOperations.IsPow2(length) ? GC.AllocateUninitializedArray<byte>(length) : ArrayPool<byte>.Shared.Rent(length);

    private static void Release(byte[] buffer)
    {
        if (buffer.Length <= LargestPooled || BitOperations.IsPow2(buffer.Length))
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private const int LargestPooled = 1024 * 1024;

    /// <summary>A line has grown past the maximum without ending: report it (strict: throw) and skip the rest.</summary>
    private void StartSkipping()
    {
        _skipping = true;
        if (_options.OnBadLine is null)
        {
            Bad(_line + 1, TooLong());
        }
    }

    /// <summary>Handles one line (without its LF); returns its record, or null for a blank or (lenient) bad line.</summary>
    private JsonLinesRecord? Line(ReadOnlySpan<byte> line, bool complete)
    {
        _line++;
        if (_skipping)
        {
            _skipping = false;
            return Bad(_line, TooLong());
        }

        if (line.Length > _options.MaxRecordBytes)
        {
            return Bad(_line, TooLong());
        }

        if (_line == 1 && line.StartsWith(Bom))
        {
            line = line[Bom.Length..];
        }

        if (JsonLinesCodec.IsBlank(line))
        {
            return null;
        }

        var record = JsonLinesCodec.Parse(line, _line, out var problem);
        if (record is null)
        {
            var violation = problem!;
            if (!complete)
            {
                violation = violation with { Message = violation.Message + " (the last line, which has no line feed, may be truncated)" };
            }

            return Bad(_line, violation);
        }

        if (record.Value is JsonLinesHeader header)
        {
            if (_sawRecord)
            {
                return Bad(_line, new Violation("$.kind", ViolationKind.Format, "A header may only be the first record of a stream."));
            }

            if (SchemaVersion.Check(header.SchemaVersion, allowNewerMinor: false) is { } broken)
            {
                _sawRecord = true;
                return Bad(_line, new Violation("$.record.schemaVersion", ViolationKind.UnsupportedSchemaVersion, broken));
            }
        }

        _sawRecord = true;
        return record;
    }

    private Violation TooLong() =>
        new("$", ViolationKind.Format, string.Create(CultureInfo.InvariantCulture, $"The line is longer than the maximum record size of {_options.MaxRecordBytes} bytes (JsonLinesReaderOptions.MaxRecordBytes); it was not read."));

    private JsonLinesRecord? Bad(long line, Violation violation)
    {
        if (_options.OnBadLine is { } report)
        {
            report(new JsonLinesViolation(line, violation));
            return null;
        }

        throw new NewsEventsFormatException(
            string.Create(CultureInfo.InvariantCulture, $"Invalid JSON Lines at line {line}, {violation.Path}: {violation.Message}"),
            violation.Path, line, null, [violation]);
    }
}
