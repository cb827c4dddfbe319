using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using NewsEvents.Analysis;
using NodaTime;

namespace NewsEvents.Benchmarks.Analysis;

/// <summary>
/// Every analysis at 10k, 100k and 1M events: time per event should stay flat (O(n)) or grow like
/// log n (O(n log n)). Run with <c>dotnet run -c Release --project benchmarks/NewsEvents.Benchmarks -- --filter *AnalysisBenchmarks*</c>;
/// set <c>NEWSEVENTS_ANALYSIS_SIZES</c> (for example <c>1000000</c>) to run some sizes only, and
/// <c>NEWSEVENTS_ANALYSIS_QUICK=1</c> for two measured runs without warm-up.
/// </summary>
[Config(typeof(Config))]
[MemoryDiagnoser]
public class AnalysisBenchmarks
{
    private DatasetIndex _index = null!;

    [ParamsSource(nameof(Sizes))]
    public int Events { get; set; }

    /// <summary>10k, 100k and 1M events, or the sizes of <c>NEWSEVENTS_ANALYSIS_SIZES</c> (comma-separated).</summary>
    public static IEnumerable<int> Sizes =>
        Environment.GetEnvironmentVariable("NEWSEVENTS_ANALYSIS_SIZES") is { Length: > 0 } sizes
            ? sizes.Split(',').Select(size => int.Parse(size, System.Globalization.CultureInfo.InvariantCulture))
            : [10_000, 100_000, 1_000_000];

    [GlobalSetup]
    public void Setup() => _index = DatasetIndex.Build(AnalysisData.WithEvents(Events));

    [Benchmark]
    public DatasetIndex Index() => DatasetIndex.Build(_index.Dataset);

    [Benchmark]
    public Timeline Timeline() => NewsEvents.Analysis.Timeline.Build(_index, new TimelineFilter { IncludeStatements = true });

    [Benchmark]
    public ActorNetwork Network() => ActorNetwork.Build(_index);

    /// <summary>The sides, coalitions and mediators, as <c>analyze</c> reports them (the network builds them too).</summary>
    [Benchmark]
    public ActorSides Sides() => ActorSides.Build(_index);

    [Benchmark]
    public WhoSaidWhat WhoSaidWhat() => NewsEvents.Analysis.WhoSaidWhat.Build(_index);

    [Benchmark]
    public ClaimsAnalysis Claims() => ClaimsAnalysis.Build(_index);

    /// <summary>The figures, with the claims analysis they take their sources from.</summary>
    [Benchmark]
    public FiguresAnalysis Figures() => FiguresAnalysis.Build(ClaimsAnalysis.Build(_index));

    /// <summary>1,000 look-ups by time (a day each) and 1,000 by span: O(log n + k) each.</summary>
    [Benchmark]
    public int Lookups()
    {
        var found = 0;
        var day = new LocalDate(2015, 1, 1);
        for (var i = 0; i < 1000; i++)
        {
            found += _index.EventsDuring(TimeValue.Day(day.PlusDays(i))).Length;
            found += _index.Citing(new DocumentId("d" + (i * 37 % Math.Max(1, Events / 20))), 100, 200).Length;
        }

        return found;
    }

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            var quick = Environment.GetEnvironmentVariable("NEWSEVENTS_ANALYSIS_QUICK") == "1";
            // In process, so the dataset is generated once per size; at 1M events on a loaded machine a benchmark with its
            // setup outlasts the toolchain's default limit of five minutes.
            AddJob(Job.Default
                .WithToolchain(new InProcessEmitToolchain(TimeSpan.FromHours(1), logOutput: true))
                .WithStrategy(RunStrategy.Monitoring)
                .WithLaunchCount(1)
                .WithWarmupCount(quick ? 0 : 1)
                .WithIterationCount(quick ? 2 : 3));
            AddColumn(new PerEventColumn());
        }
    }
}
