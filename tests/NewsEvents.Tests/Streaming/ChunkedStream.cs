namespace NewsEvents.Tests.Streaming;

/// <summary>A read-only stream over bytes that returns them in the chunk sizes given (cycling), so that reads split the input anywhere.</summary>
internal sealed class ChunkedStream(byte[] data, IReadOnlyList<int> chunks) : ReadOnlyTestStream
{
    private int _position;
    private int _chunk;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => _position; set => throw new NotSupportedException(); }

    public static ChunkedStream OneByteAtATime(byte[] data) => new(data, [1]);

    public override int Read(Span<byte> buffer)
    {
        var size = Math.Max(1, chunks[_chunk++ % chunks.Count]);
        var n = Math.Min(Math.Min(size, buffer.Length), data.Length - _position);
        data.AsSpan(_position, n).CopyTo(buffer);
        _position += n;
        return n;
    }
}
