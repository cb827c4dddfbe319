using System.Diagnostics;

namespace NewsEvents.FuzzTests;

/// <summary>
/// Runs the targets in turn, one input each, until the time budget is spent: every input is made from
/// the seed and its number, so that a run with the same seed makes the same inputs in the same order
/// (how far it gets depends on the machine).
/// </summary>
public static class FuzzCampaign
{
    /// <summary>Every target of the campaign.</summary>
    public static IReadOnlyList<IFuzzTarget> AllTargets { get; } =
        [new Targets.DatasetTarget(), new Targets.JsonLinesTarget(), new Targets.TimeTarget(), new Targets.CliTarget()];

    /// <summary>The target named <paramref name="name"/>.</summary>
    public static IFuzzTarget Target(string name) => AllTargets.Single(t => t.Name == name);

    /// <summary>Runs <paramref name="targets"/> for <paramref name="budget"/>, starting from <paramref name="seed"/>.</summary>
    /// <param name="targets">The targets, taken in turn.</param>
    /// <param name="budget">How long to run.</param>
    /// <param name="seed">The first input's seed; input i has seed + i.</param>
    /// <param name="maxFindings">Stop after this many findings.</param>
    public static FuzzReport Run(IReadOnlyList<IFuzzTarget> targets, TimeSpan budget, int seed, int maxFindings = 20)
    {
        ArgumentNullException.ThrowIfNull(targets);
        var counts = targets.ToDictionary(t => t.Name, _ => 0L);
        var bytes = targets.ToDictionary(t => t.Name, _ => 0L);
        var findings = new List<FuzzFinding>();
        var clock = Stopwatch.StartNew();
        for (var i = 0; clock.Elapsed < budget && findings.Count < maxFindings; i++)
        {
            var target = targets[i % targets.Count];
            var inputSeed = unchecked(seed + i);
            var input = target.Generate(new Random(inputSeed));
            counts[target.Name]++;
            bytes[target.Name] += input.Length;
            if (Watchdog.Run(target, input, inputSeed) is { } finding)
            {
                findings.Add(finding);
            }
        }

        return new FuzzReport(counts, bytes, findings, clock.Elapsed);
    }
}
