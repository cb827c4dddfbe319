using System.Buffers;

namespace NewsEvents.Interop;

/// <summary>
/// Hands on a file's bytes, never more than <see cref="ImportOptions.MaxRecordBytes"/> of one record: a reader above
/// it (StreamReader, Sep) grows its buffer to hold a whole record, so a longer one would be held whole. A record is a
/// line, or, in a file whose values may be quoted (CSV), the lines up to a line end outside quotes; lines end as Sep
/// ends them (LF, CR LF or CR), so that line numbers agree with Sep's.
/// </summary>
/// <remarks>
/// At a record that passes the limit the stream ends early: the reader above sees the end of the file, and the
/// records before reach it whole (an exception would lose those it had not yet handed on). <see cref="CutLine"/> then
/// names the line the long record starts on, and <see cref="SkipRecord"/> reads past the rest of it, keeping nothing,
/// so that a lenient import can go on. Each read ends on a whole UTF-8 character, so that the early end does not cut
/// one. Line ends and quotes are one byte in UTF-8 and windows-1252, never part of another character.
/// </remarks>
internal sealed class LineLimitStream(Stream inner, bool quoted = false) : Stream
{
    private const int SkipBufferBytes = 1 << 16;

    private static readonly SearchValues<byte> LineEnds = SearchValues.Create("\r\n"u8);
    private static readonly SearchValues<byte> LineEndsAndQuotes = SearchValues.Create("\"\r\n"u8);

    private long _recordLength;
    private long _recordLine = 1;
    private bool _inQuotes;
    private bool _carriageReturnPending;
    private byte[]? _skipBuffer;

    // Bytes read but not handed on yet: the end of a character cut by a read, or what the skip read past a long record.
    private readonly byte[] _characterTail = new byte[4];
    private ReadOnlyMemory<byte> _held;

    /// <summary>The lines ended so far, as Sep counts them: those handed on, and those of a record skipped.</summary>
    public long LinesEnded { get; private set; }

    /// <summary>The line a record longer than the limit starts on, once the stream has ended early at it; 0 before.</summary>
    public long CutLine { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (CutLine > 0 || buffer.IsEmpty)
        {
            return 0;
        }

        // Never more than one byte past the limit of the record being read: that byte is enough to see it is too long.
        var request = (int)Math.Min(buffer.Length, ImportOptions.MaxRecordBytes + 1L - _recordLength);
        var read = ReadInner(buffer[..request]);
        read -= HoldCutCharacter(buffer[..read]);
        var afterEnd = Scan(buffer[..read], firstEndOnly: false);

        // A record that ended in this read was at most the limit long: the read asked for no more.
        _recordLength = afterEnd < 0 ? _recordLength + read : read - afterEnd;
        if (_recordLength > ImportOptions.MaxRecordBytes)
        {
            CutLine = _recordLine;
            return 0;
        }

        return read;
    }

    /// <summary>Reads past the rest of the record that was too long, keeping nothing of it, and hands on the rest of the file.</summary>
    public void SkipRecord()
    {
        _skipBuffer ??= new byte[SkipBufferBytes];
        _held = ReadOnlyMemory<byte>.Empty;
        while (true)
        {
            var read = inner.Read(_skipBuffer);
            var afterEnd = read == 0 ? read : Scan(_skipBuffer.AsSpan(0, read), firstEndOnly: true);
            if (afterEnd >= 0)
            {
                _held = _skipBuffer.AsMemory(afterEnd, read - afterEnd);
                break;
            }
        }

        _recordLength = 0;
        CutLine = 0;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    /// <summary>Counts the lines of <paramref name="bytes"/>; the index just after the last record end (or the first, when told), or -1.</summary>
    private int Scan(ReadOnlySpan<byte> bytes, bool firstEndOnly)
    {
        var afterEnd = -1;
        var at = 0;
        if (_carriageReturnPending && bytes.Length > 0)
        {
            // A CR that ended the last read ends a line unless this read starts with its LF.
            _carriageReturnPending = false;
            if (bytes[0] != (byte)'\n' && LineEnded(0, ref afterEnd) && firstEndOnly)
            {
                return afterEnd;
            }
        }

        if (!quoted && bytes[at..].IndexOf((byte)'\r') < 0)
        {
            // The common case, a file of LF line ends: counted without a look at each line.
            var rest = bytes[at..];
            var end = firstEndOnly ? rest.IndexOf((byte)'\n') : rest.LastIndexOf((byte)'\n');
            if (end >= 0)
            {
                LinesEnded += firstEndOnly ? 1 : rest.Count((byte)'\n');
                _recordLine = LinesEnded + 1;
                afterEnd = at + end + 1;
            }

            return afterEnd;
        }

        var stops = quoted ? LineEndsAndQuotes : LineEnds;
        while (at < bytes.Length && bytes[at..].IndexOfAny(stops) is var found and >= 0)
        {
            at += found;
            var c = bytes[at];
            if (c == (byte)'"')
            {
                // A doubled quote inside a quoted value toggles twice: the state stays right.
                _inQuotes = !_inQuotes;
            }
            else if (c == (byte)'\r' && at + 1 == bytes.Length)
            {
                _carriageReturnPending = true;
            }
            else if ((c == (byte)'\n' || bytes[at + 1] != (byte)'\n') && LineEnded(at + 1, ref afterEnd) && firstEndOnly)
            {
                return afterEnd;
            }

            at++;
        }

        return afterEnd;
    }

    /// <summary>Counts a line end before <paramref name="next"/>; whether it ends a record (it is outside quotes).</summary>
    private bool LineEnded(int next, ref int afterEnd)
    {
        LinesEnded++;
        if (_inQuotes)
        {
            return false;
        }

        afterEnd = next;
        _recordLine = LinesEnded + 1;
        return true;
    }

    /// <summary>Holds back the bytes of a UTF-8 character the read cut (at most 3), to hand on with the next read; their count.</summary>
    private int HoldCutCharacter(ReadOnlySpan<byte> bytes)
    {
        // Bytes still held from a skip follow these at once: nothing is cut.
        if (!_held.IsEmpty)
        {
            return 0;
        }

        var start = bytes.Length - 1;
        while (start >= 0 && start >= bytes.Length - 3 && (bytes[start] & 0xC0) == 0x80)
        {
            start--;
        }

        if (start <= 0 || bytes[start] < 0xC0)
        {
            return 0;
        }

        var length = bytes[start] >= 0xF0 ? 4 : bytes[start] >= 0xE0 ? 3 : 2;
        var cut = bytes.Length - start;
        if (cut >= length)
        {
            return 0;
        }

        bytes[start..].CopyTo(_characterTail);
        _held = _characterTail.AsMemory(0, cut);
        return cut;
    }

    private int ReadInner(Span<byte> buffer)
    {
        if (_held.IsEmpty)
        {
            return inner.Read(buffer);
        }

        var count = Math.Min(buffer.Length, _held.Length);
        _held.Span[..count].CopyTo(buffer);
        _held = _held[count..];
        return _held.IsEmpty && count < buffer.Length ? count + inner.Read(buffer[count..]) : count;
    }
}
