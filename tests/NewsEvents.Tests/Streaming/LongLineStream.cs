namespace NewsEvents.Tests.Streaming;

/// <summary>
/// A read-only stream of a prefix, then <c>length</c> bytes of one filler byte made on the fly
/// (nothing of that size is ever allocated or written), then a suffix.
/// </summary>
internal sealed class LongLineStream(byte[] prefix, long length, byte filler, byte[] suffix) : ReadOnlyTestStream
{
    private long _position;

    public long TotalLength => prefix.Length + length + suffix.Length;

    public override long Length => TotalLength;

    public override long Position { get => _position; set => throw new NotSupportedException(); }

    public override int Read(Span<byte> buffer)
    {
        var written = 0;
        while (written < buffer.Length && _position < TotalLength)
        {
            var target = buffer[written..];
            int n;
            if (_position < prefix.Length)
            {
                n = Math.Min(target.Length, prefix.Length - (int)_position);
                prefix.AsSpan((int)_position, n).CopyTo(target);
            }
            else if (_position < prefix.Length + length)
            {
                n = (int)Math.Min(target.Length, prefix.Length + length - _position);
                target[..n].Fill(filler);
            }
            else
            {
                var at = (int)(_position - prefix.Length - length);
                n = Math.Min(target.Length, suffix.Length - at);
                suffix.AsSpan(at, n).CopyTo(target);
            }

            written += n;
            _position += n;
        }

        return written;
    }
}
