using System.Buffers;
using System.Text;

namespace NewsEvents.Json;

/// <summary>
/// An <see cref="IBufferWriter{T}"/> over a chain of pooled buffers: when one is full the next,
/// twice as large, is rented and nothing written moves, so that the bytes of a large dataset are
/// copied once, into the result, rather than again at every doubling of one array.
/// </summary>
/// <remarks>
/// Doubling keeps the chain short and its arrays of sizes the pool keeps one of at hand: with arrays
/// of one size, the pool would keep only some of the many a large dataset needs, and the rest would
/// be allocated anew at every call.
/// </remarks>
internal sealed class SegmentedBufferWriter : IBufferWriter<byte>, IDisposable
{
    private const int FirstSegmentSize = 64 * 1024;

    private readonly List<PooledBufferWriter> _full = [];
    private PooledBufferWriter _current = new(FirstSegmentSize);
    private long _fullLength;

    /// <summary>How many bytes were written in all.</summary>
    public long WrittenCount => _fullLength + _current.WrittenCount;

    /// <inheritdoc />
    public void Advance(int count) => _current.Advance(count);

    /// <inheritdoc />
    public Memory<byte> GetMemory(int sizeHint = 0) => Room(sizeHint).GetMemory(sizeHint);

    /// <inheritdoc />
    public Span<byte> GetSpan(int sizeHint = 0) => Room(sizeHint).GetSpan(sizeHint);

    /// <summary>The bytes written, in one new array of their exact length.</summary>
    public byte[] ToArray()
    {
        var bytes = GC.AllocateUninitializedArray<byte>(checked((int)WrittenCount));
        CopyTo(bytes);
        return bytes;
    }

    /// <summary>The bytes written, decoded from UTF-8.</summary>
    public string ToUtf8String()
    {
        if (_full.Count == 0)
        {
            return Encoding.UTF8.GetString(_current.WrittenSpan);
        }

        var length = checked((int)WrittenCount);
        var bytes = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            CopyTo(bytes);
            return Encoding.UTF8.GetString(bytes.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var segment in _full)
        {
            segment.Dispose();
        }

        _full.Clear();
        _fullLength = 0;
        _current.Dispose();
    }

    private void CopyTo(Span<byte> destination)
    {
        foreach (var segment in _full)
        {
            segment.WrittenSpan.CopyTo(destination);
            destination = destination[segment.WrittenCount..];
        }

        _current.WrittenSpan.CopyTo(destination);
    }

    /// <summary>The segment with room for <paramref name="sizeHint"/> bytes: the current one, or a new one, twice as large.</summary>
    private PooledBufferWriter Room(int sizeHint)
    {
        var needed = Math.Max(sizeHint, 1);
        if (_current.FreeCapacity < needed)
        {
            _full.Add(_current);
            _fullLength += _current.WrittenCount;
            var capacity = _current.WrittenCount + _current.FreeCapacity;
            _current = new PooledBufferWriter((int)Math.Min(Array.MaxLength, Math.Max(2L * capacity, needed)));
        }

        return _current;
    }
}
