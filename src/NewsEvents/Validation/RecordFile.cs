using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace NewsEvents.Validation;

/// <summary>
/// Values of one fixed size in a file of passing use, numbered in the order they were appended: read in order
/// either way a slice at a time, or one by its number, or rewritten in place. The file is deleted on dispose.
/// </summary>
/// <typeparam name="T">The values, written as their bytes.</typeparam>
internal sealed class RecordFile<T> : IDisposable
    where T : unmanaged
{
    private readonly FileStream _file;
    private readonly T[] _slice;
    private int _pending;

    /// <summary>Creates an empty file.</summary>
    /// <param name="path">The file, which must not exist.</param>
    /// <param name="sliceBytes">The memory of the one buffer through which values are appended and read in order.</param>
    public RecordFile(string path, int sliceBytes)
    {
        _file = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, bufferSize: 0, FileOptions.DeleteOnClose);
        _slice = new T[Math.Max(1, sliceBytes / Unsafe.SizeOf<T>())];
    }

    /// <summary>The number of values appended.</summary>
    public long Count { get; private set; }

    /// <summary>Appends a value, the next number.</summary>
    public void Append(in T value)
    {
        if (_pending == _slice.Length)
        {
            Flush();
        }

        _slice[_pending++] = value;
        Count++;
    }

    /// <summary>The value numbered <paramref name="number"/>.</summary>
    public T Read(long number)
    {
        Flush();
        T value = default;
        _file.Position = number * Unsafe.SizeOf<T>();
        _file.ReadExactly(MemoryMarshal.AsBytes(new Span<T>(ref value)));
        return value;
    }

    /// <summary>Replaces the value numbered <paramref name="number"/>.</summary>
    public void Write(long number, T value)
    {
        Flush();
        _file.Position = number * Unsafe.SizeOf<T>();
        _file.Write(MemoryMarshal.AsBytes(new ReadOnlySpan<T>(ref value)));
    }

    /// <summary>Every value, first to last, or last to first; the file must not be written while they are read.</summary>
    public IEnumerable<T> InOrder(bool backward = false)
    {
        Flush();
        var remaining = Count;
        while (remaining > 0)
        {
            var count = (int)Math.Min(remaining, _slice.Length);
            var first = backward ? remaining - count : Count - remaining;
            _file.Position = first * Unsafe.SizeOf<T>();
            _file.ReadExactly(MemoryMarshal.AsBytes(_slice.AsSpan(0, count)));
            remaining -= count;
            for (var i = 0; i < count; i++)
            {
                yield return _slice[backward ? count - 1 - i : i];
            }
        }
    }

    public void Dispose() => _file.Dispose();

    private void Flush()
    {
        if (_pending > 0)
        {
            _file.Position = (Count - _pending) * Unsafe.SizeOf<T>();
            _file.Write(MemoryMarshal.AsBytes(_slice.AsSpan(0, _pending)));
            _pending = 0;
        }
    }
}
