using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using NewsEvents.Cli;
using NewsEvents.Cli.Reports;

namespace NewsEvents.Benchmarks;

/// <summary>
/// <c>analyze-cost FILE [text|json]</c>: what <c>newsevents analyze FILE</c> costs against only reading FILE,
/// in one process. First the file is read into a <see cref="Dataset"/> as the command reads it (validated),
/// timed; then the dataset's retained bytes are taken after a full collection; then the peak resident set is
/// reset (Linux <c>/proc/self/clear_refs</c>) and the command's work after reading (every analysis and the
/// default report, written to nowhere) runs, timed, while the managed heap is sampled. Reports the time of
/// read + analyze + report against read alone, and the peaks against the dataset's retained bytes.
/// </summary>
public static class AnalyzeCost
{
    public static int Run(string[] args)
    {
        if (args.Length < 2)
        {
            Console.Error.WriteLine("usage: analyze-cost FILE [text|json]");
            return 2;
        }

        var path = args[1];
        var format = args.Length > 2 ? args[2] : "text";
        if (format == "parts")
        {
            return Parts(path);
        }

        const double MiB = 1024.0 * 1024.0;
        using var process = Process.GetCurrentProcess();
        var before = GC.GetTotalMemory(forceFullCollection: true);

        var (readWall, readCpu) = Timed(process, () => DatasetFiles.Load(path), out var dataset);
        var retained = GC.GetTotalMemory(forceFullCollection: true) - before;
        process.Refresh();
        var loadedWorkingSet = process.WorkingSet64;
        var peakAfterRead = process.PeakWorkingSet64;
        var peakReset = ResetPeakWorkingSet();

        long maxHeap = 0;
        using var sampling = new CancellationTokenSource();
        var sampler = new Thread(() =>
        {
            while (!sampling.IsCancellationRequested)
            {
                maxHeap = Math.Max(maxHeap, GC.GetTotalMemory(false));
                Thread.Sleep(10);
            }
        })
        { IsBackground = true };
        sampler.Start();
        var (gen1, gen2, paused) = (GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration());
        var (analyzeWall, analyzeCpu) = Timed(process, () =>
        {
            var report = AnalysisReportBuilder.Build(dataset, ReportCaps.Default);
            using var output = new StreamWriter(Stream.Null);
            if (format == "json")
            {
                JsonReportWriter.Write(output, report);
            }
            else
            {
                TextReportWriter.Write(output, report);
            }

            return report;
        }, out _);
        (gen1, gen2, paused) = (GC.CollectionCount(1) - gen1, GC.CollectionCount(2) - gen2, GC.GetTotalPauseDuration() - paused);
        sampling.Cancel();
        sampler.Join();
        process.Refresh();
        var peakAnalyze = process.PeakWorkingSet64;
        GC.KeepAlive(dataset);

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
            file={Path.GetFileName(path)} bytes={new FileInfo(path).Length / MiB:N0} MiB events={dataset.Events.Length:N0} claims={dataset.Claims.Length:N0} format={format}
            read:     wall {readWall:N1} s, cpu {readCpu:N1} s; dataset retained {retained / MiB:N0} MiB; working set after read {loadedWorkingSet / MiB:N0} MiB (peak while reading {peakAfterRead / MiB:N0} MiB)
            analyze:  wall {analyzeWall:N1} s, cpu {analyzeCpu:N1} s; peak working set {peakAnalyze / MiB:N0} MiB{(peakReset ? string.Empty : " (peak not reset: includes reading)")}; peak managed heap {maxHeap / MiB:N0} MiB
            collections while analyzing: {gen2} full, {gen1 - gen2} of generation 1, paused {paused.TotalSeconds:N1} s ({(GCSettings.IsServerGC ? "server" : "workstation")} GC, latency mode {GCSettings.LatencyMode}: Batch when not concurrent)
            ratio time (read + analyze + report) / read: wall {(readWall + analyzeWall) / readWall:N2}, cpu {(readCpu + analyzeCpu) / readCpu:N2}
            ratio memory peak / dataset retained: working set {(double)peakAnalyze / retained:N2}, managed heap {(double)maxHeap / retained:N2}
            """));
        return 0;
    }

    /// <summary>
    /// <c>analyze-cost FILE parts</c>: for each analysis the command runs, and the report written, the CPU time, the bytes
    /// allocated, the bytes it keeps alive (after a full collection) and the managed heap's peak while it ran (sampled,
    /// what the parts before it keep included; each part starts after a full collection, so without their garbage).
    /// </summary>
    private static int Parts(string path)
    {
        const double MiB = 1024.0 * 1024.0;
        using var process = Process.GetCurrentProcess();
        var held = new List<object>();
        var last = GC.GetTotalMemory(forceFullCollection: true);
        long peak = 0;
        using var sampling = new CancellationTokenSource();
        var sampler = new Thread(() =>
        {
            while (!sampling.IsCancellationRequested)
            {
                var heap = GC.GetTotalMemory(false);
                if (heap > Interlocked.Read(ref peak))
                {
                    Interlocked.Exchange(ref peak, heap);
                }

                Thread.Sleep(10);
            }
        })
        { IsBackground = true };
        sampler.Start();
        T Part<T>(string name, Func<T> build)
            where T : notnull
        {
            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            Interlocked.Exchange(ref peak, GC.GetTotalMemory(false));
            var (_, cpu) = Timed(process, build, out var part);
            allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
            var peakHeap = Math.Max(Interlocked.Read(ref peak), GC.GetTotalMemory(false));
            held.Add(part);
            var now = GC.GetTotalMemory(forceFullCollection: true);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-14} cpu {cpu,6:N2} s  allocated {allocated / MiB,8:N0} MiB  kept {(now - last) / MiB,7:N1} MiB  peak heap {peakHeap / MiB,7:N0} MiB"));
            last = now;
            return part;
        }

        var dataset = Part("read", () => DatasetFiles.Load(path));
        var index = Part("index", () => NewsEvents.Analysis.DatasetIndex.Build(dataset));
        Part("sides", () => NewsEvents.Analysis.ActorSides.Build(index));
        var claims = Part("claims", () => NewsEvents.Analysis.ClaimsAnalysis.Build(index));
        Part("figures", () => NewsEvents.Analysis.FiguresAnalysis.Build(claims));
        Part("whoSaidWhat", () => NewsEvents.Analysis.WhoSaidWhat.Build(index));
        Part("timeline", () => NewsEvents.Analysis.Timeline.Build(index));
        Part("network", () => NewsEvents.Analysis.ActorNetwork.Build(index));
        held.Clear();
        last = GC.GetTotalMemory(forceFullCollection: true);
        held.Add(dataset);
        var report = Part("report built", () => AnalysisReportBuilder.Build(dataset, ReportCaps.Default));
        Part("report text", () =>
        {
            using var output = new StreamWriter(Stream.Null);
            TextReportWriter.Write(output, report);
            return output;
        });
        sampling.Cancel();
        sampler.Join();
        GC.KeepAlive(held);
        return 0;
    }

    private static (double Wall, double Cpu) Timed<T>(Process process, Func<T> work, out T result)
    {
        process.Refresh();
        var cpu = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        result = work();
        clock.Stop();
        process.Refresh();
        return (clock.Elapsed.TotalSeconds, (process.TotalProcessorTime - cpu).TotalSeconds);
    }

    /// <summary>Sets the process's peak resident set back to its current one (Linux), so that the peak measured next is the analysis's.</summary>
    private static bool ResetPeakWorkingSet()
    {
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
