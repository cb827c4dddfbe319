using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using NodaTime;

namespace NewsEvents.Benchmarks.Time;

/// <summary>
/// The span of a day value in a zone with clock changes (ToInterval, which never throws, even on a
/// day the zone skipped) against NodaTime's own AtStartOfDay for the same days (which throws on such
/// a day), as a ratio. Run with <c>dotnet run -c Release --project benchmarks/NewsEvents.Benchmarks -- --filter *TimeValueSpanBenchmarks*</c>.
/// </summary>
[Config(typeof(Config))]
[MemoryDiagnoser]
public class TimeValueSpanBenchmarks
{
    private const int Days = 4_000;
    private static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];
    private readonly LocalDate[] _dates = new LocalDate[Days];
    private readonly TimeValue[] _values = new TimeValue[Days];

    [GlobalSetup]
    public void Setup()
    {
        for (var i = 0; i < Days; i++)
        {
            _dates[i] = new LocalDate(2010, 1, 1).PlusDays(i);
            _values[i] = TimeValue.Day(_dates[i]) with { Zone = London };
        }
    }

    [Benchmark(Baseline = true)]
    public long NodaTimeStartOfDay()
    {
        long ticks = 0;
        foreach (var date in _dates)
        {
            ticks += (London.AtStartOfDay(date.PlusDays(1)).ToInstant() - London.AtStartOfDay(date).ToInstant()).BclCompatibleTicks;
        }

        return ticks;
    }

    [Benchmark]
    public long TimeValueToInterval()
    {
        long ticks = 0;
        foreach (var value in _values)
        {
            ticks += value.ToInterval().Duration.BclCompatibleTicks;
        }

        return ticks;
    }

    private sealed class Config : ManualConfig
    {
        public Config() =>
            AddJob(Job.Default
                .WithToolchain(InProcessEmitToolchain.Instance)
                .WithLaunchCount(1)
                .WithWarmupCount(3)
                .WithIterationCount(10));
    }
}
