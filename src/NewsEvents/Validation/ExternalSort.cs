using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace NewsEvents.Validation;

/// <summary>
/// Values sorted in a fixed amount of memory, whatever their number: they fill a buffer which, once full, is
/// sorted and written to a file of its own (a run) in a folder; <see cref="Sorted"/> merges the runs, reading
/// a slice of each at a time, first into fewer, longer runs when they are too many to read at once.
/// </summary>
/// <typeparam name="T">The values, compared by their own order.</typeparam>
internal sealed class ExternalSort<T> : IDisposable
    where T : unmanaged, IComparable<T>
{
    // A run is read a slice at a time: slices smaller than this would make the merge seek more than read.
    private const int LeastSliceBytes = 64 * 1024;
    private const int MostRunsAtOnce = 64;

    // The buffer starts small and doubles up to the budget: a sort that is given few values (the texts cited
    // far away, or a small input) holds little.
    private const int FirstBufferValues = 4096;

    private readonly string _folder;
    private readonly string _name;
    private readonly int _bufferBytes;
    private readonly Func<T, T, bool>? _sameKey;
    private readonly int _capacity;

    // The runs on disk are numbered as they are written and merged first to last, so that those held are the
    // numbers from the first to the next, not a name each: what the sort holds does not grow with its runs.
    private readonly string _prefix = Guid.NewGuid().ToString("N");
    private int _firstRun;
    private int _nextRun;
    private T[]? _buffer;
    private int _count;

    /// <summary>Creates an empty sort.</summary>
    /// <param name="folder">Where the runs are written; they are deleted when merged and on dispose.</param>
    /// <param name="name">Begins the names of the runs' files.</param>
    /// <param name="bufferBytes">The memory the sort holds values in: the buffer, then the slices of the runs it merges.</param>
    /// <param name="sameKey">
    /// When given, of two neighbours in sorted order for which it is true only the later is kept: values that
    /// say the same thing (the same id named again) take no room in a run.
    /// </param>
    public ExternalSort(string folder, string name, int bufferBytes, Func<T, T, bool>? sameKey = null)
    {
        (_folder, _name, _sameKey) = (folder, name, sameKey);
        _bufferBytes = Math.Max(bufferBytes, 2 * Unsafe.SizeOf<T>());
        _capacity = _bufferBytes / Unsafe.SizeOf<T>();
        _buffer = new T[Math.Min(FirstBufferValues, _capacity)];
    }

    /// <summary>The number of runs written so far.</summary>
    public int RunCount { get; private set; }

    private int HeldRuns => _nextRun - _firstRun;

    /// <summary>Adds a value.</summary>
    public void Add(in T value)
    {
        var buffer = _buffer ?? Guard.State<T[]>("The values were sorted; a sort is read once.");
        if (_count == buffer.Length && buffer.Length < _capacity)
        {
            Array.Resize(ref _buffer, Math.Min(buffer.Length * 2, _capacity));
            buffer = _buffer;
        }
        else if (_count == buffer.Length)
        {
            WriteRun();
        }

        buffer[_count++] = value;
    }

    /// <summary>Every value added, in order (those <c>sameKey</c> joins, once); the buffer is let go first.</summary>
    /// <param name="cancellationToken">Stops the merge between two runs.</param>
    public IEnumerable<T> Sorted(CancellationToken cancellationToken)
    {
        var buffer = _buffer ?? Guard.State<T[]>("The values were sorted; a sort is read once.");
        if (HeldRuns == 0)
        {
            buffer.AsSpan(0, _count).Sort();
            _count = Compact(buffer.AsSpan(0, _count));
            _buffer = null;
            return buffer.Take(_count);
        }

        if (_count > 0)
        {
            WriteRun();
        }

        _buffer = null;
        var slice = Slice(out var runsAtOnce);
        while (HeldRuns > runsAtOnce)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var merging = Runs(_firstRun, runsAtOnce);
            using (var output = Create(NewRun()))
            {
                var writer = new RunWriter(output, slice);
                foreach (var value in Merge(merging, slice))
                {
                    writer.Write(value);
                }

                writer.Flush();
            }

            Delete(merging);
            _firstRun += runsAtOnce;
        }

        return MergeLast(slice);
    }

    public void Dispose()
    {
        _buffer = null;
        Delete(Runs(_firstRun, HeldRuns));
        _firstRun = _nextRun;
    }

    private IEnumerable<T> MergeLast(int slice)
    {
        var runs = Runs(_firstRun, HeldRuns);
        foreach (var value in Merge(runs, slice))
        {
            yield return value;
        }

        Delete(runs);
        _firstRun = _nextRun;
    }

    /// <summary>How many runs are merged at once and the bytes of each one's slice, within the budget.</summary>
    private int Slice(out int runsAtOnce)
    {
        runsAtOnce = Math.Clamp(_bufferBytes / LeastSliceBytes, 2, MostRunsAtOnce);
        var size = Unsafe.SizeOf<T>();
        return Math.Max(size, _bufferBytes / (runsAtOnce + 1) / size * size);
    }

    private void WriteRun()
    {
        var values = _buffer.AsSpan(0, _count);
        values.Sort();
        values = values[..Compact(values)];
        using (var output = Create(NewRun()))
        {
            output.Write(MemoryMarshal.AsBytes(values));
        }

        RunCount++;
        _count = 0;
    }

    /// <summary>Joins the neighbours that say the same thing, in place; returns how many values are left.</summary>
    private int Compact(Span<T> sorted)
    {
        if (_sameKey is null || sorted.IsEmpty)
        {
            return sorted.Length;
        }

        var kept = 0;
        for (var i = 1; i < sorted.Length; i++)
        {
            if (!_sameKey(sorted[kept], sorted[i]))
            {
                kept++;
            }

            sorted[kept] = sorted[i];
        }

        return kept + 1;
    }

    /// <summary>The values of the runs in order, joined as <see cref="Compact"/> joins them.</summary>
    private IEnumerable<T> Merge(IEnumerable<string> runs, int slice)
    {
        var readers = new List<RunReader>();
        try
        {
            var queue = new PriorityQueue<RunReader, T>();
            foreach (var run in runs)
            {
                var reader = new RunReader(run, slice);
                readers.Add(reader);
                if (reader.MoveNext())
                {
                    queue.Enqueue(reader, reader.Current);
                }
            }

            T? held = null;
            while (queue.TryDequeue(out var reader, out var value))
            {
                if (reader.MoveNext())
                {
                    queue.Enqueue(reader, reader.Current);
                }

                if (held is { } previous && (_sameKey is null || !_sameKey(previous, value)))
                {
                    yield return previous;
                }

                held = value;
            }

            if (held is { } last)
            {
                yield return last;
            }
        }
        finally
        {
            foreach (var reader in readers)
            {
                reader.Dispose();
            }
        }
    }

    /// <summary>The path of the next run, numbered after those written.</summary>
    private string NewRun() => RunPath(_nextRun++);

    private string RunPath(int number) => Path.Combine(_folder, string.Create(CultureInfo.InvariantCulture, $"{_name}-{_prefix}-{number}.run"));

    /// <summary>The paths of <paramref name="count"/> runs from number <paramref name="first"/>, made as they are read.</summary>
    private IEnumerable<string> Runs(int first, int count) => Enumerable.Range(first, count).Select(RunPath);

    private static FileStream Create(string path) => new(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 0);

    private static void Delete(IEnumerable<string> runs)
    {
        foreach (var run in runs)
        {
            File.Delete(run);
        }
    }

    /// <summary>Writes values to a run through a buffer of its own.</summary>
    private sealed class RunWriter(FileStream output, int bytes)
    {
        private readonly T[] _values = new T[bytes / Unsafe.SizeOf<T>()];
        private int _count;

        public void Write(T value)
        {
            if (_count == _values.Length)
            {
                Flush();
            }

            _values[_count++] = value;
        }

        public void Flush()
        {
            output.Write(MemoryMarshal.AsBytes(_values.AsSpan(0, _count)));
            _count = 0;
        }
    }

    /// <summary>Reads a run's values a slice at a time.</summary>
    private sealed class RunReader : IDisposable
    {
        private readonly FileStream _input;
        private readonly T[] _values;
        private int _count;
        private int _next;

        public RunReader(string path, int bytes)
        {
            _input = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0);
            _values = new T[bytes / Unsafe.SizeOf<T>()];
        }

        public T Current { get; private set; }

        public bool MoveNext()
        {
            if (_next == _count)
            {
                var bytes = MemoryMarshal.AsBytes(_values.AsSpan());
                var read = 0;
                while (read < bytes.Length && _input.Read(bytes[read..]) is var n and > 0)
                {
                    read += n;
                }

                if (read % Unsafe.SizeOf<T>() != 0)
                {
                    throw new IOException($"{_input.Name}: a run of sorted ids ends within a value; the temporary folder was changed during the validation.");
                }

                (_count, _next) = (read / Unsafe.SizeOf<T>(), 0);
                if (_count == 0)
                {
                    return false;
                }
            }

            Current = _values[_next++];
            return true;
        }

        public void Dispose() => _input.Dispose();
    }
}
