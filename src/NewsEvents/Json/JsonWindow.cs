using System.Buffers;

namespace NewsEvents.Json;

/// <summary>
/// A window onto a seekable stream of one JSON document, for documents too large to hold whole (a
/// 2.5 GB dataset): the token sources read the window and slide it on, so that memory holds the
/// window and never a copy of the document.
/// </summary>
/// <remarks>
/// <para>
/// The fast reader slides the window before a token that starts within <see cref="Margin"/> bytes of
/// its end, so that every token shorter than the margin lies whole in the window; a longer token, or a
/// run of white space that long, meets the window's end and is refused, which sends the document to
/// the checking pass. That pass reads through <see cref="System.Text.Json.Utf8JsonReader"/>, which
/// says when a token is cut, and slides (growing the window for a longer token) and goes on.
/// </para>
/// <para>
/// Both passes read the same window: the checking pass <see cref="Rewind"/>s the stream to where the
/// document started, which is why the stream must be seekable. A byte order mark at the start is
/// skipped, as it is for a document read whole.
/// </para>
/// </remarks>
internal sealed class JsonWindow : IDisposable
{
    /// <summary>The margin by default: 4 MiB, in a window of 16 MiB.</summary>
    public const int DefaultMargin = 4 << 20;

    private readonly Stream _stream;
    private readonly long _start;
    private byte[] _buffer;
    private int _length;
    private int _byteOrderMark;

    /// <summary>Opens a window onto <paramref name="stream"/> from its position, and fills it.</summary>
    /// <param name="stream">A readable, seekable stream.</param>
    /// <param name="margin">How many bytes the fast reader keeps ahead of a token; the window holds four times as many.</param>
    public JsonWindow(Stream stream, int margin = DefaultMargin)
    {
        _stream = stream;
        _start = stream.Position;
        Margin = margin;
        _buffer = ArrayPool<byte>.Shared.Rent(4 * margin);
        Fill();
        SkipByteOrderMark();
    }

    /// <summary>How many bytes the fast reader keeps in the window ahead of a token.</summary>
    public int Margin { get; }

    /// <summary>Whether the window holds the rest of the document: the stream has no more.</summary>
    public bool AtEnd { get; private set; }

    /// <summary>Where the window starts in the document, in bytes from its start (after a byte order mark).</summary>
    public long Offset { get; private set; }

    /// <summary>Where the byte at <paramref name="index"/> of the window is in the stream: a position to come back to.</summary>
    public long StreamPosition(int index) => _start + _byteOrderMark + Offset + index;

    /// <summary>The bytes the window holds.</summary>
    public ReadOnlySpan<byte> Span => _buffer.AsSpan(0, _length);

    /// <summary>
    /// Drops the bytes before <paramref name="keepFrom"/>, moves the rest to the start of the window
    /// and fills it from the stream; when nothing can be dropped from a full window, it grows.
    /// </summary>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public void Slide(int keepFrom)
    {
        var kept = _length - keepFrom;
        if (kept == _buffer.Length)
        {
            var larger = ArrayPool<byte>.Shared.Rent(checked(_buffer.Length * 2));
            _buffer.AsSpan(0, _length).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = larger;
        }
        else
        {
            _buffer.AsSpan(keepFrom, kept).CopyTo(_buffer);
        }

        _length = kept;
        Offset += keepFrom;
        Fill();
    }

    /// <summary>Goes back to the start of the document, for the checking pass.</summary>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public void Rewind()
    {
        _stream.Position = _start;
        _length = 0;
        Offset = 0;
        AtEnd = false;
        Fill();
        SkipByteOrderMark();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
        _length = 0;
    }

    private void Fill()
    {
        while (_length < _buffer.Length)
        {
            var read = _stream.Read(_buffer, _length, _buffer.Length - _length);
            if (read == 0)
            {
                AtEnd = true;
                return;
            }

            _length += read;
        }
    }

    private void SkipByteOrderMark()
    {
        if (Span.StartsWith(DatasetReading.Bom))
        {
            Slide(DatasetReading.Bom.Length);
            Offset = 0;
            _byteOrderMark = DatasetReading.Bom.Length;
        }
    }
}
