using System.Globalization;
using System.Runtime.InteropServices;

namespace NewsEvents.Benchmarks;

/// <summary>
/// <c>cpu-ratios [rounds]</c>: the operations of <see cref="JsonBenchmarks"/>, interleaved round by
/// round and timed in CPU time of the running thread (Linux <c>clock_gettime(CLOCK_THREAD_CPUTIME_ID)</c>),
/// so that other processes on a shared machine do not enter the measurement. Reports the median per
/// operation over the rounds, and bytes allocated per operation on the thread.
/// </summary>
public static partial class CpuRatios
{
    public static int Run(string[] args)
    {
        var rounds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 21;
        var b = new JsonBenchmarks();
        b.Setup();
        var data = BenchmarkData.Instance;
        var operations = new (string Name, Func<object> Run, int Bytes)[]
        {
            (nameof(JsonBenchmarks.Scan_Utf8JsonReader), () => b.Scan_Utf8JsonReader(), data.DatasetJson.Length),
            (nameof(JsonBenchmarks.Scan_Utf8JsonReader_Lines), () => b.Scan_Utf8JsonReader_Lines(), data.LinesJson.Length),
            (nameof(JsonBenchmarks.NewsEvents_Deserialize), () => b.NewsEvents_Deserialize(), data.DatasetJson.Length),
            (nameof(JsonBenchmarks.NewsEvents_DeserializeAndValidate), () => b.NewsEvents_DeserializeAndValidate(), data.DatasetJson.Length),
            (nameof(JsonBenchmarks.NewsEvents_Serialize), () => b.NewsEvents_Serialize(), data.DatasetJson.Length),
            (nameof(JsonBenchmarks.NewsEvents_Serialize_Stream), () => b.NewsEvents_Serialize_Stream(), data.DatasetJson.Length),
            (nameof(JsonBenchmarks.NewsEvents_Lines_Read), () => b.NewsEvents_Lines_Read().GetAwaiter().GetResult(), data.LinesJson.Length),
            (nameof(JsonBenchmarks.NewsEvents_Lines_Write), () => b.NewsEvents_Lines_Write().GetAwaiter().GetResult(), data.LinesJson.Length),
            (nameof(JsonBenchmarks.StjReflection_Deserialize), () => b.StjReflection_Deserialize()!, data.DatasetJson.Length),
            (nameof(JsonBenchmarks.StjReflection_Serialize), () => b.StjReflection_Serialize(), data.DatasetJson.Length),
            (nameof(JsonBenchmarks.StjReflection_Serialize_Stream), () => b.StjReflection_Serialize_Stream(), data.DatasetJson.Length),
            (nameof(JsonBenchmarks.Newtonsoft_Deserialize), () => b.Newtonsoft_Deserialize(), data.DatasetJson.Length),
            (nameof(JsonBenchmarks.Newtonsoft_Serialize), () => b.Newtonsoft_Serialize(), data.DatasetJson.Length),
        };

        var (medians, allocated) = Measure(operations.Select(o => o.Run).ToArray(), rounds);
        var scanMbps = operations[0].Bytes / (medians[0] / 1e9) / 1e6;
        var linesScanMbps = operations[1].Bytes / (medians[1] / 1e9) / 1e6;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{rounds} rounds, median thread CPU time per operation; dataset JSON {data.DatasetJson.Length:N0} bytes, JSON Lines {data.LinesJson.Length:N0} bytes, {data.RecordCount:N0} records"));
        Console.WriteLine("| Method | CPU ms/op | MB/s | MB/s vs scan | MB/s vs scan of same bytes | Records/s | Alloc/record | Alloc vs STJ-reflection |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        for (var i = 0; i < operations.Length; i++)
        {
            var seconds = medians[i] / 1e9;
            var mbps = operations[i].Bytes / seconds / 1e6;
            var name = operations[i].Name;
            var peerIndex = Array.FindIndex(operations, o => o.Name == JsonBenchmarks.AllocationPeerOf(name));
            var peer = peerIndex >= 0 ? allocated[peerIndex] : 0;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {name} | {medians[i] / 1e6:N2} | {mbps:N1} | {mbps / scanMbps:0.000} | {mbps / (name.Contains("Lines", StringComparison.Ordinal) ? linesScanMbps : scanMbps):0.000} | {data.RecordCount / seconds:N0} | {allocated[i] / (double)data.RecordCount:N0} | {(peer > 0 ? (allocated[i] / (double)peer).ToString("0.000", CultureInfo.InvariantCulture) : "-")} |"));
        }

        return 0;
    }

    /// <summary>
    /// <c>cpu-ratios gdelt [rounds]</c>: <see cref="GdeltImportBenchmarks"/>'s import against Sep's parse of the same
    /// bytes, timed the same way.
    /// </summary>
    public static int RunGdelt(string[] args)
    {
        var rounds = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 21;
        var b = new GdeltImportBenchmarks();
        var operations = new (string Name, Func<object> Run)[]
        {
            (nameof(GdeltImportBenchmarks.Sep_EveryColumnAsSpan), () => b.Sep_EveryColumnAsSpan()),
            (nameof(GdeltImportBenchmarks.Sep_EveryColumnAsString), () => b.Sep_EveryColumnAsString()),
            (nameof(GdeltImportBenchmarks.Sep_ToJsonLinesFromSpans), () => b.Sep_ToJsonLinesFromSpans()),
            (nameof(GdeltImportBenchmarks.Import_Records), () => b.Import_Records()),
            (nameof(GdeltImportBenchmarks.Import_Records_UrlsAsInSample), () => b.Import_Records_UrlsAsInSample()),
            (nameof(GdeltImportBenchmarks.Import_ToJsonLines), () => b.Import_ToJsonLines()),
        };
        var (medians, allocated) = Measure(operations.Select(o => o.Run).ToArray(), rounds);
        var rows = GdeltImportBenchmarks.Rows;
        var bytes = GdeltImportBenchmarks.EventsTsv.Length;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{rounds} rounds, median thread CPU time per operation; {rows:N0} GDELT 2.0 events rows, {bytes:N0} bytes"));
        Console.WriteLine("| Method | CPU ms/op | Rows/s | MB/s | Alloc/row | vs Sep parse |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        for (var i = 0; i < operations.Length; i++)
        {
            var seconds = medians[i] / 1e9;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {operations[i].Name} | {medians[i] / 1e6:N2} | {rows / seconds:N0} | {bytes / seconds / 1e6:N1} | {allocated[i] / (double)rows:N0} | {medians[0] / medians[i]:0.000} |"));
        }

        b.Import_ToJsonLines();
        var imported = b.OutputBytes;
        b.Sep_ToJsonLinesFromSpans();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"JSON Lines written: the import {imported:N0} bytes, straight from the spans {b.OutputBytes:N0} bytes"));
        return 0;
    }

    /// <summary>The median thread CPU nanoseconds and the bytes allocated per run of each operation, interleaved round by round.</summary>
    private static (double[] Medians, long[] Allocated) Measure(Func<object>[] operations, int rounds)
    {
        // Warm up (tiered JIT), then settle the repetitions so that one measurement takes about 100 ms of CPU.
        var reps = new int[operations.Length];
        for (var i = 0; i < operations.Length; i++)
        {
            for (var w = 0; w < 5; w++)
            {
                operations[i]();
            }

            var t = ThreadCpuNanoseconds();
            operations[i]();
            var one = Math.Max(1, ThreadCpuNanoseconds() - t);
            reps[i] = (int)Math.Clamp(100_000_000 / one, 1, 1000);
        }

        Thread.Sleep(1000);
        var samples = operations.Select(_ => new List<double>()).ToArray();
        var allocated = new long[operations.Length];
        for (var round = 0; round < rounds; round++)
        {
            for (var i = 0; i < operations.Length; i++)
            {
                // Each measurement starts from a collected heap, as BenchmarkDotNet's iterations do: otherwise
                // the garbage one operation leaves is collected on the time of the next, and an operation's
                // figure moves by a fifth with what ran before it.
                GC.Collect();
                var bytesBefore = GC.GetAllocatedBytesForCurrentThread();
                var start = ThreadCpuNanoseconds();
                for (var r = 0; r < reps[i]; r++)
                {
                    GC.KeepAlive(operations[i]());
                }

                samples[i].Add((ThreadCpuNanoseconds() - start) / (double)reps[i]);
                allocated[i] = (GC.GetAllocatedBytesForCurrentThread() - bytesBefore) / reps[i];
            }
        }

        return (samples.Select(Median).ToArray(), allocated);
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    /// <summary>The CPU time the calling thread has used, in nanoseconds (Linux; 0 where the clock is missing).</summary>
    internal static long ThreadCpuNanoseconds()
    {
        const int ClockThreadCpuTimeId = 3;
        return ClockGetTime(ClockThreadCpuTimeId, out var time) == 0 ? (time.Seconds * 1_000_000_000L) + time.Nanoseconds : 0;
    }

    /// <summary>
    /// The kernel's share of the calling thread's CPU time, in nanoseconds, and the page faults it served the thread
    /// without reading a disk (Linux <c>getrusage(RUSAGE_THREAD)</c>; zeros where it is missing): first touches of memory
    /// the runtime took from the system, or took back.
    /// </summary>
    internal static (long KernelNanoseconds, long MinorFaults) ThreadKernelUsage()
    {
        const int RUsageThread = 1;
        return GetRUsage(RUsageThread, out var usage) == 0
            ? ((usage.SystemSeconds * 1_000_000_000L) + (usage.SystemMicroseconds * 1_000L), usage.MinorFaults)
            : (0, 0);
    }

    [LibraryImport("libc", EntryPoint = "getrusage")]
    private static partial int GetRUsage(int who, out RUsage usage);

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clock, out TimeSpec time);

    /// <summary>Linux's <c>struct rusage</c> on 64-bit machines, up to the fields read.</summary>
    [StructLayout(LayoutKind.Sequential)]
    private struct RUsage
    {
        public long UserSeconds;
        public long UserMicroseconds;
        public long SystemSeconds;
        public long SystemMicroseconds;
        public long MaxResidentKilobytes;
        public long SharedText;
        public long UnsharedData;
        public long UnsharedStack;
        public long MinorFaults;
        public long MajorFaults;
        public long Swaps;
        public long BlocksIn;
        public long BlocksOut;
        public long MessagesSent;
        public long MessagesReceived;
        public long Signals;
        public long VoluntarySwitches;
        public long InvoluntarySwitches;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
