using System.Text;
using BenchmarkDotNet.Attributes;
using NewsEvents.Streaming;

namespace NewsEvents.Benchmarks.Streaming;

/// <summary>
/// One JSON Lines record of about 1 MB read in 64 KiB reads (the baseline) and one byte at a time:
/// the ratio shows whether finding the end of a line costs its length or its length times the reads.
/// Run with <c>dotnet run -c Release --project benchmarks/NewsEvents.Benchmarks -- --filter *LongLineBenchmarks* --job short</c>.
/// </summary>
[MemoryDiagnoser]
public class LongLineBenchmarks
{
    private const int LineBytes = 1024 * 1024;

    private byte[] _line = null!;

    [GlobalSetup]
    public void Setup()
    {
        var prefix = "{\"kind\":\"actor\",\"record\":{\"id\":\"a1\",\"kind\":\"person\",\"name\":\"";
        var suffix = "\"}}\n";
        _line = Encoding.UTF8.GetBytes(prefix + new string('x', LineBytes - prefix.Length - suffix.Length) + suffix);
    }

    [Benchmark(Baseline = true)]
    public int Reads_of_64KiB() => Read(64 * 1024);

    [Benchmark]
    public int Reads_of_1_byte() => Read(1);

    private int Read(int readSize)
    {
        var length = 0;
        foreach (var record in JsonLinesReader.Read(new SmallReadStream(_line, readSize)))
        {
            length += record.Actor!.Name.Length;
        }

        return length;
    }

    /// <summary>A memory stream that returns at most <c>readSize</c> bytes a read, as a slow pipe or socket does.</summary>
    private sealed class SmallReadStream(byte[] data, int readSize) : MemoryStream(data, writable: false)
    {
        public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(buffer.Length, readSize)]);

        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, readSize));

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(buffer.Length, readSize)], cancellationToken);

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            base.ReadAsync(buffer, offset, Math.Min(count, readSize), cancellationToken);
    }
}
