using System.Diagnostics;

namespace NewsEvents.FuzzTests;

/// <summary>
/// Runs one check and turns what went wrong into a finding: an exception that is not an oracle's
/// failure, an oracle's failure, more than <see cref="TimeLimit"/> for each of the check's
/// operations (<see cref="IFuzzTarget.Operations"/>: a check of the tool runs ten commands), or
/// more memory allocated than <see cref="MemoryFactor"/> times the input plus <see cref="MemoryAllowance"/>.
/// </summary>
/// <remarks>
/// Memory is the bytes allocated during the check (<see cref="GC.GetTotalAllocatedBytes"/>): an
/// upper bound of what it held at once, exact and repeatable where a peak would depend on when the
/// collector ran. A slow input is run again before it counts, so that a pause of a shared machine
/// is not a finding.
/// </remarks>
public static class Watchdog
{
    public static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(1);

    public const long MemoryFactor = 10;

    public const long MemoryAllowance = 64L * 1024 * 1024;

    /// <summary>Checks <paramref name="input"/> with <paramref name="target"/>; null when all is well.</summary>
    public static FuzzFinding? Run(IFuzzTarget target, byte[] input, int seed)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(input);
        var (elapsed, allocated, failure) = Measure(target, input, seed);
        if (failure is FuzzFailure oracle)
        {
            return new FuzzFinding(target.Name, "oracle", oracle.Message, input);
        }

        if (failure is not null)
        {
            return new FuzzFinding(target.Name, "exception", $"{failure.GetType().Name}: {failure.Message}", input);
        }

        var timeLimit = TimeLimit * target.Operations;
        if (elapsed > timeLimit && Measure(target, input, seed).Elapsed > timeLimit)
        {
            return new FuzzFinding(target.Name, "slow", $"took {elapsed.TotalSeconds:F2} s for {target.Operations} operations (the limit is {TimeLimit.TotalSeconds} s each) on {input.Length} bytes", input);
        }

        var memoryLimit = (MemoryFactor * input.Length) + MemoryAllowance;
        return allocated > memoryLimit
            ? new FuzzFinding(target.Name, "memory", $"allocated {allocated:N0} bytes on {input.Length:N0} bytes of input (the limit is {memoryLimit:N0})", input)
            : null;
    }

    private static (TimeSpan Elapsed, long Allocated, Exception? Failure) Measure(IFuzzTarget target, byte[] input, int seed)
    {
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        Exception? failure = null;
        try
        {
            target.Check(input, new Random(seed));
        }
#pragma warning disable CA1031 // Whatever escapes is the finding.
        catch (Exception e)
#pragma warning restore CA1031
        {
            failure = e;
        }

        return (clock.Elapsed, GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore, failure);
    }
}
