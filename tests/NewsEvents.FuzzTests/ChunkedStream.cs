using NewsEvents.Tests.Streaming;

namespace NewsEvents.FuzzTests;

/// <summary>A read-only stream over bytes that hands them out in random chunks of 1 byte to 64 KiB, as a pipe or socket may.</summary>
internal sealed class ChunkedStream(byte[] data, Random random) : ReadOnlyTestStream
{
    private int _position;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => _position; set => throw new NotSupportedException(); }

    public override int Read(Span<byte> buffer)
    {
        var size = random.Next(4) switch
        {
            0 => 1,
            1 => random.Next(1, 16),
            2 => random.Next(1, 4096),
            _ => random.Next(1, 65536),
        };
        var n = Math.Min(Math.Min(size, buffer.Length), data.Length - _position);
        data.AsSpan(_position, n).CopyTo(buffer);
        _position += n;
        return n;
    }
}
