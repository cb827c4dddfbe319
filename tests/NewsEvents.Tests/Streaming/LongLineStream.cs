namespace NewsEvents.Tests.Streaming;

/// <summary>
/// A read-only stream of a prefix, then <c>length</c> bytes of one filler byte made on the fly
/// (nothing of that size is ever allocated or written), then a suffix.
/// </summary>
internal sealed class LongLineStream(byte[] prefix, long length, byte filler, byte[] suffix) : Stream
{
    private long _position;

    public long TotalLength => prefix.Length + length + suffix.Length;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => TotalLength;

    public override long Position { get => _position; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

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

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => new(Read(buffer.Span));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => Task.FromResult(Read(buffer, offset, count));

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
