using System.Diagnostics;
using System.Globalization;
using System.IO.Pipelines;
using NewsEvents.Generation;
using NewsEvents.Streaming;

namespace NewsEvents.Benchmarks;

/// <summary>
/// Streams generated events through the JSON Lines writer and reader and reports peak memory:
/// <c>stream-memory [events] [pipe|file|validate]</c>. "pipe" writes into an in-process pipe that the
/// reader drains at the same time; "file" writes a temporary file, then reads it; "validate" writes the
/// file, then validates it in flat memory (<see cref="JsonLinesValidator.ValidateStreamAsync"/>, three passes).
/// </summary>
public static class StreamMemory
{
    public static async Task<int> RunAsync(string[] args)
    {
        var events = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1_000_000;
        var mode = args.Length > 2 ? args[2] : "pipe";
        var generator = new SyntheticDatasetGenerator(1, SyntheticDatasetOptions.ForEvents(events));
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var startWorkingSet = process.WorkingSet64;
        var startAllocated = GC.GetTotalAllocatedBytes();
        long maxHeap = 0;
        using var sampling = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!sampling.IsCancellationRequested)
            {
                maxHeap = Math.Max(maxHeap, GC.GetTotalMemory(false));
                try
                {
                    await Task.Delay(20, sampling.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                }
            }
        });

        var clock = Stopwatch.StartNew();
        long records;
        long bytes;
        var violations = 0L;
        if (mode == "pipe")
        {
            var pipe = new Pipe(new PipeOptions(pauseWriterThreshold: 1 << 20, resumeWriterThreshold: 1 << 19));
            var counting = new CountingStream(pipe.Writer.AsStream());
            var writer = Task.Run(async () =>
            {
                await JsonLinesWriter.WriteAsync(counting, generator.GenerateRecords()).ConfigureAwait(false);
                await pipe.Writer.CompleteAsync().ConfigureAwait(false);
            });
            records = await Count(JsonLinesReader.ReadAsync(pipe.Reader)).ConfigureAwait(false);
            await writer.ConfigureAwait(false);
            bytes = counting.Written;
        }
        else
        {
            var path = Path.Combine(Path.GetTempPath(), $"newsevents-{Environment.ProcessId}.jsonl");
            try
            {
                var file = File.Create(path);
                await using (file.ConfigureAwait(false))
                {
                    await JsonLinesWriter.WriteAsync(file, generator.GenerateRecords()).ConfigureAwait(false);
                }

                bytes = new FileInfo(path).Length;
                var input = File.OpenRead(path);
                await using var disposeInput = input.ConfigureAwait(false);
                if (mode == "validate")
                {
                    var validator = new JsonLinesValidator(_ => { });
                    violations = (await validator.ValidateStreamAsync(input).ConfigureAwait(false)).Count;
                    records = validator.RecordCount;
                }
                else
                {
                    records = await Count(JsonLinesReader.ReadAsync(input)).ConfigureAwait(false);
                }
            }
            finally
            {
                File.Delete(path);
            }
        }

        clock.Stop();
        await sampling.CancelAsync().ConfigureAwait(false);
        await sampler.ConfigureAwait(false);
        process.Refresh();
        var mb = 1024.0 * 1024.0;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"mode={mode} events={events:N0} records={records:N0} bytes={bytes / mb:N1} MiB seconds={clock.Elapsed.TotalSeconds:N1} " +
            $"MB/s={bytes / 1e6 / clock.Elapsed.TotalSeconds:N1} records/s={records / clock.Elapsed.TotalSeconds:N0} " +
            $"startWorkingSet={startWorkingSet / mb:N1} MiB peakWorkingSet={process.PeakWorkingSet64 / mb:N1} MiB maxGcHeap={maxHeap / mb:N1} MiB " +
            $"allocated={(GC.GetTotalAllocatedBytes() - startAllocated) / mb:N0} MiB gen2={GC.CollectionCount(2)} violations={violations}"));
        return 0;
    }

    private static async Task<long> Count(IAsyncEnumerable<JsonLinesRecord> records)
    {
        long count = 0;
        await foreach (var _ in records.ConfigureAwait(false))
        {
            count++;
        }

        return count;
    }

    private sealed class CountingStream(Stream inner) : Stream
    {
        public long Written { get; private set; }

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => Written;

        public override long Position { get => Written; set => throw new NotSupportedException(); }

        public override void Flush() => inner.Flush();

        public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count)
        {
            inner.Write(buffer, offset, count);
            Written += count;
        }

        public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            await inner.WriteAsync(buffer, cancellationToken).ConfigureAwait(false);
            Written += buffer.Length;
        }
    }
}
