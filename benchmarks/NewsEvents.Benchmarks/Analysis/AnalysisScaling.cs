using System.Globalization;
using System.Runtime.InteropServices;
using NewsEvents.Analysis;
using NewsEvents.Generation;

namespace NewsEvents.Benchmarks.Analysis;

/// <summary>
/// <c>analysis-scaling [rounds] [sizes] [analyses] [processes]</c>: each analysis's cost per event on the generator's datasets of
/// 100,000 and 1,000,000 events (or the comma-separated sizes given), built in one process, or with
/// <c>processes</c> above 1 each size in that many processes of its own (<see cref="MeasureInProcesses"/>); the analyses named
/// (comma-separated beginnings of their names, e.g. <c>index,network</c>), or all (<c>all</c> or nothing), with the baselines always. For each size the
/// dataset is generated (without document text: the analyses do not read it), the index, and the claims analysis
/// the figures need, are built once outside the measurement (after every analysis has run a few times on 20,000
/// events, for the compiler's tiers); then every analysis is run <c>rounds</c> times on every size,
/// interleaved, each run starting from a collected heap and ending with its young generations collected inside the
/// measured time (see <see cref="CollectYoung"/>). Reports the least thread CPU time per event
/// (<c>clock_gettime(CLOCK_THREAD_CPUTIME_ID)</c>: the analyses and the workstation collector run on one thread, and
/// other processes on a shared machine do not enter it, though their cache and memory traffic does), the part of it
/// the collector paused the run, the collections by generation, the part of it spent in the kernel and the page faults
/// it served (first touches of memory the runtime took from the system, or gave back after the run before and took
/// again), bytes allocated per event on the thread, and the ratios of the last size to the first, whole, without the
/// collector's part and without the kernel's; first a linear scan of the dataset, the baseline of the ratios, and
/// the touch of 1 KiB of fresh memory an event (<see cref="TouchFreshPages"/>), the baseline of what fresh memory
/// costs at each size.
/// </summary>
/// <remarks>
/// With <c>NEWSEVENTS_SCALING_MEMORY=fresh</c>, each run starts from a heap also compacted with the memory it does not
/// use given back to the system (<see cref="GCCollectionMode.Aggressive"/>), so that every run at every size allocates
/// from fresh memory, as the one run of an analysis in a new <c>analyze</c> process does. By default the memory is
/// left as the collector keeps it: a 100k run then reuses what the run before it allocated, while a 1M run takes back
/// from the system most of the gigabyte the collector returned after the run before. On the machine of
/// benchmarks/README.md fresh memory cost four times as much kernel time per byte at 1M as at 100k ("The network's
/// pairs packed as they are made").
/// <para>With <c>NEWSEVENTS_SCALING_PAGES=recycled</c>, before each run <see cref="RecycledBytes"/> of memory are taken
/// from the system, touched and given back (<see cref="RecyclePages"/>), so that whatever the run then takes fresh
/// are pages the machine's kernel freed moments before. On a virtual machine whose host takes back the pages its
/// guest leaves free for a few seconds (free page reporting, most likely), a page idle that long costs two to four times as much
/// to touch again as one freed moments before; a 100k run, short and small, mostly gets the latter and a 1M run the
/// former, which charges the larger size for the host's bookkeeping rather than for the analysis's work. The
/// fresh-pages row shows what each size pays either way.</para>
/// </remarks>
public static partial class AnalysisScaling
{
    public static int Run(string[] args)
    {
        var rounds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 3;
        var sizes = args.Length > 2
            ? args[2].Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray()
            : [100_000, 1_000_000];
        var only = args.Length > 3 && args[3] != "all" ? args[3].Split(',', StringSplitOptions.TrimEntries) : null;
        var processes = args.Length > 4 ? int.Parse(args[4], CultureInfo.InvariantCulture) : 1;
        var all = Parts(null!, null!, null!);
        var chosen = all.Select((p, i) => (p.Name, Index: i))
            .Where(p => p.Index <= 1 || only is null || only.Any(o => p.Name.StartsWith(o, StringComparison.Ordinal)))
            .Select(p => p.Index).ToArray();
        var names = chosen.Select(i => all[i].Name).ToArray();
        if (args[0] == ChildCommand)
        {
            var measured = Measure(sizes, rounds, chosen);
            for (var p = 0; p < names.Length; p++)
            {
                Console.WriteLine(measured[0, p].ToLine());
            }

            return 0;
        }

        var (results, perProcess) = processes > 1
            ? MeasureInProcesses(args, sizes, names.Length, processes)
            : (Measure(sizes, rounds, chosen), null);
        Print(sizes, names, results, perProcess, rounds, processes);
        return 0;
    }

    /// <summary>Whether each run starts from memory given back to the system (<c>NEWSEVENTS_SCALING_MEMORY=fresh</c>; a child process inherits it).</summary>
    private static bool FreshMemory => Environment.GetEnvironmentVariable("NEWSEVENTS_SCALING_MEMORY") == "fresh";

    /// <summary>Whether the system's free pages are recycled before each run (<c>NEWSEVENTS_SCALING_PAGES=recycled</c>).</summary>
    private static bool RecycledPages => Environment.GetEnvironmentVariable("NEWSEVENTS_SCALING_PAGES") == "recycled";

    /// <summary>The command a child process of <see cref="MeasureInProcesses"/> runs: the measurement of one size, its rows as lines of text.</summary>
    public const string ChildCommand = "analysis-scaling-child";

    /// <summary>
    /// Each size measured in a process of its own, <paramref name="processes"/> times, the sizes in turn (ascending, then
    /// descending, and so on, so that a change of the machine's load reaches both alike); for each analysis and size,
    /// the least of the processes' least times, and every process's own. Each process generates its dataset anew, so
    /// that where its objects lie (which moves a ratio by more than a fifth from one process to the next) is drawn
    /// <paramref name="processes"/> times for each size rather than once.
    /// </summary>
    private static (Measurement[,] Least, Measurement[][,] PerProcess) MeasureInProcesses(string[] args, int[] sizes, int parts, int processes)
    {
        var least = new Measurement[sizes.Length, parts];
        var perProcess = new Measurement[processes][,];
        var self = Environment.ProcessPath!;
        string[] launcher = Path.GetFileNameWithoutExtension(self) == "dotnet" ? [typeof(AnalysisScaling).Assembly.Location] : [];
        for (var round = 0; round < processes; round++)
        {
            perProcess[round] = new Measurement[sizes.Length, parts];
            for (var k = 0; k < sizes.Length; k++)
            {
                var s = round % 2 == 0 ? k : sizes.Length - 1 - k;
                string[] childArgs = [.. launcher, ChildCommand, args[1], sizes[s].ToString(CultureInfo.InvariantCulture), args[3]];
                var start = new System.Diagnostics.ProcessStartInfo(self, childArgs) { RedirectStandardOutput = true };
                using var child = System.Diagnostics.Process.Start(start)!;
                var lines = child.StandardOutput.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries);
                child.WaitForExit();
                if (child.ExitCode != 0 || lines.Length != parts)
                {
                    throw new InvalidOperationException($"The measurement of {sizes[s]:N0} events ended with exit code {child.ExitCode} and {lines.Length} rows of {parts}.");
                }

                for (var p = 0; p < parts; p++)
                {
                    var measured = perProcess[round][s, p] = Measurement.Parse(lines[p]);
                    if (least[s, p] is null || measured.Cpu < least[s, p].Cpu)
                    {
                        least[s, p] = measured;
                    }
                }
            }
        }

        return (least, perProcess);
    }

    /// <summary>
    /// Runs every chosen analysis <paramref name="rounds"/> times on every size in this process, the sizes interleaved
    /// within each round; for each analysis and size, the run of least CPU time.
    /// </summary>
    private static Measurement[,] Measure(int[] sizes, int rounds, int[] chosen)
    {
        var least = new Measurement[sizes.Length, chosen.Length];
        WarmUp();
        var datasets = new (Func<object> Run, double Events)[sizes.Length][];
        for (var s = 0; s < sizes.Length; s++)
        {
            var dataset = new SyntheticDatasetGenerator(sizes[s], SyntheticDatasetOptions.ForEvents(sizes[s]) with { IncludeText = false }).GenerateDataset();
            var index = DatasetIndex.Build(dataset);
            var parts = Parts(dataset, index, ClaimsAnalysis.Build(index));
            var events = (double)dataset.Events.Length;
            datasets[s] = chosen.Select(i => (parts[i].Run, events)).ToArray();
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{sizes[s]:N0} events: {dataset.Actors.Length:N0} actors, {dataset.Statements.Length:N0} statements, {dataset.Claims.Length:N0} claims, {dataset.Relations.Length:N0} relations"));
        }

        // Sizes interleaved within each round, so that a change in the machine's load between rounds reaches
        // every size alike instead of shifting the ratio.
        for (var round = 0; round < rounds; round++)
        {
            for (var p = 0; p < chosen.Length; p++)
            {
                for (var s = 0; s < sizes.Length; s++)
                {
                    GC.Collect();
                    GC.WaitForPendingFinalizers();
                    GC.Collect();
                    if (FreshMemory)
                    {
                        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
                    }

                    if (RecycledPages)
                    {
                        RecyclePages(RecycledBytes);
                    }

                    var events = datasets[s][p].Events;
                    var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
                    var pausedBefore = GC.GetTotalPauseDuration();
                    var collectionsBefore = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
                    var kernelBefore = CpuRatios.ThreadKernelUsage();
                    var start = CpuRatios.ThreadCpuNanoseconds();
                    var result = datasets[s][p].Run();
                    CollectYoung();
                    GC.KeepAlive(result);
                    var spent = CpuRatios.ThreadCpuNanoseconds() - start;
                    var kernelAfter = CpuRatios.ThreadKernelUsage();
                    if (least[s, p] is null || spent / events < least[s, p].Cpu)
                    {
                        least[s, p] = new Measurement(
                            spent / events,
                            (GC.GetTotalPauseDuration() - pausedBefore).TotalNanoseconds / events,
                            string.Create(CultureInfo.InvariantCulture, $"{GC.CollectionCount(0) - collectionsBefore.Item1}/{GC.CollectionCount(1) - collectionsBefore.Item2}/{GC.CollectionCount(2) - collectionsBefore.Item3}"),
                            (kernelAfter.KernelNanoseconds - kernelBefore.KernelNanoseconds) / events,
                            (kernelAfter.MinorFaults - kernelBefore.MinorFaults) / events,
                            (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / events);
                    }
                }
            }
        }

        return least;
    }

    private static void Print(int[] sizes, string[] names, Measurement[,] least, Measurement[][,]? perProcess, int rounds, int processes)
    {
        var (first, last) = (0, sizes.Length - 1);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"least thread CPU time of {rounds} runs per analysis and size{(processes > 1 ? $", in each of {processes} processes per size, least of the processes" : ", one process")}, per event; bytes allocated on the thread per event; each run from {(FreshMemory ? "memory given back to the system" : "the memory the collector kept")}{(RecycledPages ? ", after recycling the system's free pages" : "")}; load average {File.ReadAllText("/proc/loadavg").Trim()}"));
        var header = string.Join(" | ", sizes.Select(n => string.Create(CultureInfo.InvariantCulture, $"ns/event {n:N0} | GC ns/event {n:N0} | GCs 0/1/2 {n:N0} | kernel ns/event {n:N0} | faults/1k events {n:N0} | B/event {n:N0}")));
        Console.WriteLine($"| Analysis | {header} | CPU ×, {sizes[last]:N0} ÷ {sizes[first]:N0} | without GC × | without kernel × | alloc × |");
        Console.WriteLine("|---|" + string.Concat(Enumerable.Repeat("---:|---:|---:|---:|---:|---:|", sizes.Length)) + "---:|---:|---:|---:|");
        for (var p = 0; p < names.Length; p++)
        {
            var (a, b) = (least[first, p], least[last, p]);
            var cells = string.Join(" | ", Enumerable.Range(0, sizes.Length).Select(s => least[s, p].ToCells()));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {names[p]} | {cells} | **{Ratio(b.Cpu, a.Cpu)}** | {Ratio(b.Cpu - b.Paused, a.Cpu - a.Paused)} | {Ratio(b.Cpu - b.Kernel, a.Cpu - a.Kernel)} | {Ratio(b.Bytes, a.Bytes)} |"));
        }

        if (perProcess is null)
        {
            return;
        }

        // Every process's own least, so that the spread the least of them leaves out is in view, and the ratio of the
        // sizes' medians over the processes, an estimate that one lucky process cannot move.
        Console.WriteLine();
        Console.WriteLine($"| Analysis | {string.Join(" | ", sizes.Select(n => string.Create(CultureInfo.InvariantCulture, $"ns/event {n:N0}, each process")))} | CPU ×, process by process | CPU ×, medians of the processes |");
        Console.WriteLine("|---|" + string.Concat(Enumerable.Repeat("---|", sizes.Length)) + "---|---:|");
        double Median(int s, int p)
        {
            var values = perProcess.Select(r => r[s, p].Cpu).Order().ToArray();
            return values.Length % 2 == 1 ? values[values.Length / 2] : (values[(values.Length / 2) - 1] + values[values.Length / 2]) / 2;
        }

        for (var p = 0; p < names.Length; p++)
        {
            var bySize = string.Join(" | ", Enumerable.Range(0, sizes.Length).Select(s => string.Join(", ", perProcess.Select(r => r[s, p].Cpu.ToString("N0", CultureInfo.InvariantCulture)))));
            var ratios = string.Join(", ", perProcess.Select(r => Ratio(r[last, p].Cpu, r[first, p].Cpu)));
            Console.WriteLine($"| {names[p]} | {bySize} | {ratios} | {Ratio(Median(last, p), Median(first, p))} |");
        }
    }

    /// <summary>One analysis's least run at one size: CPU, the collector's pauses, collections by generation, kernel time and page faults per event, and bytes allocated per event.</summary>
    private sealed record Measurement(double Cpu, double Paused, string Collections, double Kernel, double Faults, double Bytes)
    {
        /// <summary>As a child process writes it: the figures separated by tabs, round-trip exact.</summary>
        public string ToLine() => string.Join('\t', new[] { Cpu, Paused, Kernel, Faults, Bytes }.Select(v => v.ToString("R", CultureInfo.InvariantCulture)).Append(Collections));

        public static Measurement Parse(string line)
        {
            var f = line.TrimEnd('\r').Split('\t');
            double At(int i) => double.Parse(f[i], CultureInfo.InvariantCulture);
            return new Measurement(At(0), At(1), f[5], At(2), At(3), At(4));
        }

        public string ToCells() => string.Create(CultureInfo.InvariantCulture, $"{Cpu:N0} | {Paused:N0} | {Collections} | {Kernel:N0} | {1000 * Faults:N0} | {Bytes:N0}");
    }

    /// <summary>
    /// A ratio of two per-event figures, or a dash where it means nothing: the fresh-pages baseline allocates (almost)
    /// nothing on the collector's heap, and its time is almost all the kernel's, which the kernel counts by the clock's
    /// tick, so that the difference can come out at or below zero.
    /// </summary>
    private static string Ratio(double last, double first) =>
        first >= 1 && last >= 0 ? (last / first).ToString("0.00", CultureInfo.InvariantCulture) : "–";

    /// <summary>
    /// The baseline: one linear pass that reads every item and the text of every id it names, as the analyses do, and
    /// nothing else. Its ratio between sizes is what the larger heap alone costs per event on this machine (caches,
    /// the memory bus, and whatever else shares them), the floor of any analysis's ratio.
    /// </summary>
    private static object Scan(Dataset dataset)
    {
        long total = 0;
        foreach (var item in dataset.Events)
        {
            total += item.Id.Value.Length + item.Evidence.Length;
            foreach (var participant in item.Participants)
            {
                total += participant.Actor.Value.Length;
            }
        }

        foreach (var statement in dataset.Statements)
        {
            total += statement.Id.Value.Length + statement.Speaker.Value.Length + statement.Audience.Length + statement.About.Length;
        }

        foreach (var claim in dataset.Claims)
        {
            total += claim.Id.Value.Length + claim.Claimant.Value.Length + claim.Proposition.Length + claim.About.Events.Length;
        }

        foreach (var relation in dataset.Relations)
        {
            total += relation.Id.Value.Length + relation.Source.Value.Length + relation.Target.Value.Length;
        }

        return total;
    }

    /// <summary>How much memory <see cref="RecyclePages"/> touches before each run: more than any run at 1M events allocates (the network, about 1.9 GB).</summary>
    private const long RecycledBytes = 3L << 30;

    /// <summary>
    /// Takes <paramref name="bytes"/> of memory from the system, touches every page and gives it back: the pages the
    /// next allocations take fresh are then ones the machine's kernel has just freed.
    /// </summary>
    private static void RecyclePages(long bytes) => GC.KeepAlive(TouchFreshPages(bytes));

    /// <summary>
    /// The fresh-memory baseline: <paramref name="bytes"/> mapped from the system outside the collector's heap, one byte of
    /// each 4 KiB page written, then unmapped; its time is almost all the kernel's, serving a page fault per page. Its
    /// ratio between sizes is what fresh memory alone costs per byte at each size on this machine. Mapped directly, not
    /// through <c>malloc</c>, which serves blocks below its moving threshold (up to 32 MiB) from memory it keeps.
    /// </summary>
    private static unsafe long TouchFreshPages(long bytes)
    {
        const int Page = 4096;
        const int ReadWrite = 0x1 | 0x2;
        const int PrivateAnonymous = 0x02 | 0x20;
        var block = (byte*)Map(0, (nuint)bytes, ReadWrite, PrivateAnonymous, -1, 0);
        if (block == (byte*)-1)
        {
            throw new InvalidOperationException($"mmap of {bytes:N0} bytes failed (errno {Marshal.GetLastPInvokeError()}).");
        }

        try
        {
            for (long offset = 0; offset < bytes; offset += Page)
            {
                block[offset] = 1;
            }

            return block[bytes / 2];
        }
        finally
        {
            _ = Unmap(block, (nuint)bytes);
        }
    }

    [LibraryImport("libc", EntryPoint = "mmap", SetLastError = true)]
    private static unsafe partial void* Map(nint address, nuint length, int protection, int flags, int file, nint offset);

    [LibraryImport("libc", EntryPoint = "munmap")]
    private static unsafe partial int Unmap(void* address, nuint length);

    /// <summary>
    /// Collects the young generations twice, promoting whatever the run allocated and still holds to the oldest:
    /// what a run at a million events pays during itself (about one collection per 180 MB allocated on this machine),
    /// a run too small to fill the young generation would otherwise leave to whoever allocates next.
    /// </summary>
    private static void CollectYoung()
    {
        GC.Collect(1, GCCollectionMode.Forced, blocking: true, compacting: false);
        GC.Collect(1, GCCollectionMode.Forced, blocking: true, compacting: false);
    }

    /// <summary>Runs every analysis a few times on a small dataset, so that the first size measured is not charged with the compiler's tiers.</summary>
    private static void WarmUp()
    {
        var dataset = new SyntheticDatasetGenerator(20_000, SyntheticDatasetOptions.ForEvents(20_000) with { IncludeText = false }).GenerateDataset();
        var index = DatasetIndex.Build(dataset);
        var parts = Parts(dataset, index, ClaimsAnalysis.Build(index));
        for (var round = 0; round < 4; round++)
        {
            foreach (var (_, run) in parts)
            {
                GC.KeepAlive(run());
            }
        }

        Thread.Sleep(200);
    }

    private static (string Name, Func<object> Run)[] Parts(Dataset dataset, DatasetIndex index, ClaimsAnalysis claims) =>
    [
        ("scan (baseline)", () => Scan(dataset)),
        ("fresh pages (1 KiB an event)", () => TouchFreshPages(1024L * Math.Max(1, dataset.Events.Length))),
        ("index", () => DatasetIndex.Build(dataset)),
        ("timeline (events)", () => Timeline.Build(index)),
        ("timeline (events + statements)", () => Timeline.Build(index, new TimelineFilter { IncludeStatements = true })),
        ("network", () => ActorNetwork.Build(index)),
        ("sides", () => ActorSides.Build(index)),
        ("who said what", () => WhoSaidWhat.Build(index)),
        ("claims", () => ClaimsAnalysis.Build(index)),
        ("figures (claims given)", () => FiguresAnalysis.Build(claims)),
    ];
}
