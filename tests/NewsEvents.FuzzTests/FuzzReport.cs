namespace NewsEvents.FuzzTests;

/// <summary>What a run of the campaign did: inputs and bytes per target, and what it found.</summary>
public sealed record FuzzReport(IReadOnlyDictionary<string, long> Inputs, IReadOnlyDictionary<string, long> Bytes, IReadOnlyList<FuzzFinding> Findings, TimeSpan Elapsed)
{
    /// <summary>One line per target, then one per finding.</summary>
    public override string ToString() =>
        string.Join("\n", Inputs.Select(p => $"{p.Key}: {p.Value:N0} inputs, {Bytes[p.Key]:N0} bytes")
            .Append($"{Findings.Count} findings in {Elapsed.TotalSeconds:F1} s")
            .Concat(Findings.Select(f => $"  {f.Target} {f.Kind}: {f.Message}")));
}
