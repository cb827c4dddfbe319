using System.Buffers;
using System.Text;

namespace NewsEvents.Json;

/// <summary>
/// An <see cref="IBufferWriter{T}"/> over a chain of arrays rented from <see cref="ArrayPool{T}.Shared"/>:
/// when one is full the next, twice as large, is rented and nothing written moves, so that the bytes
/// of a large dataset are copied once, into the result, rather than again at every doubling of one array.
/// </summary>
/// <remarks>
/// Each array is twice the size of the one before, so a dataset needs few, each of a size the pool
/// keeps one of at hand: with arrays of one size, the pool would keep only some of the many a
/// large dataset needs, and the rest would be allocated anew at every call.
/// </remarks>
internal sealed class SegmentedBufferWriter : IBufferWriter<byte>, IDisposable
{
    private const int FirstSegmentSize = 64 * 1024;

    private readonly List<(byte[] Array, int Length)> _full = [];
    private byte[] _current = ArrayPool<byte>.Shared.Rent(FirstSegmentSize);
    private int _written;
    private long _fullLength;

    /// <summary>How many bytes were written in all.</summary>
    public long WrittenCount => _fullLength + _written;

    /// <inheritdoc />
    public void Advance(int count)
    {
        if (count < 0 || _written + count > _current.Length)
        {
            Guard.OutOfRange("Cannot advance past the end of the buffer.", nameof(count));
        }

        _written += count;
    }

    /// <inheritdoc />
    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return _current.AsMemory(_written);
    }

    /// <inheritdoc />
    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return _current.AsSpan(_written);
    }

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
            return Encoding.UTF8.GetString(_current.AsSpan(0, _written));
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
        foreach (var (array, _) in _full)
        {
            ArrayPool<byte>.Shared.Return(array);
        }

        _full.Clear();
        _fullLength = 0;
        if (_current.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(_current);
        }

        _current = [];
        _written = 0;
    }

    private void CopyTo(Span<byte> destination)
    {
        foreach (var (array, length) in _full)
        {
            array.AsSpan(0, length).CopyTo(destination);
            destination = destination[length..];
        }

        _current.AsSpan(0, _written).CopyTo(destination);
    }

    private void Ensure(int sizeHint)
    {
        var needed = Math.Max(sizeHint, 1);
        if (_current.Length - _written >= needed)
        {
            return;
        }

        _full.Add((_current, _written));
        _fullLength += _written;
        _current = ArrayPool<byte>.Shared.Rent((int)Math.Min(Array.MaxLength, Math.Max(2L * _current.Length, needed)));
        _written = 0;
    }
}
