using Xunit.Abstractions;

[assembly: CollectionBehavior(DisableTestParallelization = true)]

namespace NewsEvents.FuzzTests;

/// <summary>
/// The short run of the campaign, part of every test run: each target for a few seconds from a fixed
/// seed (about forty seconds in all). Findings are saved under the test's output folder, to be copied
/// into Findings/ and replayed by <see cref="FindingReplayTests"/> once fixed.
/// </summary>
public sealed class FuzzCampaignTests(ITestOutputHelper output)
{
    /// <summary>Seconds per target; NEWSEVENTS_FUZZ_SECONDS changes it.</summary>
    private static readonly double Seconds =
        double.TryParse(Environment.GetEnvironmentVariable("NEWSEVENTS_FUZZ_SECONDS"), System.Globalization.CultureInfo.InvariantCulture, out var s) ? s : 10;

    [Theory]
    [InlineData("dataset", 1_000)]
    [InlineData("jsonlines", 2_000)]
    [InlineData("time", 3_000)]
    [InlineData("cli", 4_000)]
    public void A_short_run_finds_nothing(string target, int seed)
    {
        var report = FuzzCampaign.Run([FuzzCampaign.Target(target)], TimeSpan.FromSeconds(Seconds), seed);
        output.WriteLine(report.ToString());
        foreach (var finding in report.Findings)
        {
            output.WriteLine($"saved {FindingStore.Save(Path.Combine(AppContext.BaseDirectory, "new-findings"), finding)}");
        }

        report.Inputs[target].Should().BePositive();
        report.Findings.Should().BeEmpty(report.ToString());
    }

    [Fact]
    public void The_watchdog_reports_an_exception_an_oracle_and_a_slow_input()
    {
        Watchdog.Run(new ProbeTarget(_ => throw new InvalidOperationException("boom")), [1, 2, 3], 1)!.Kind.Should().Be("exception");
        Watchdog.Run(new ProbeTarget(_ => throw new FuzzFailure("two readings differ")), [1], 1)!.Message.Should().Be("two readings differ");
        Watchdog.Run(new ProbeTarget(_ => Thread.Sleep(1_100)), [1], 1)!.Kind.Should().Be("slow");
        Watchdog.Run(new ProbeTarget(_ => GC.KeepAlive(new byte[80 * 1024 * 1024])), [1], 1)!.Kind.Should().Be("memory");
        Watchdog.Run(new ProbeTarget(_ => { }), [1], 1).Should().BeNull();
    }

    private sealed class ProbeTarget(Action<byte[]> check) : IFuzzTarget
    {
        public string Name => "probe";

        public string Extension => ".bin";

        public int Operations => 1;

        public byte[] Generate(Random random) => [];

        public void Check(byte[] input, Random random) => check(input);
    }
}
