using BenchmarkDotNet.Running;
using NewsEvents.Benchmarks;

if (args.Length > 0 && args[0] == "stream-memory")
{
    return await StreamMemory.RunAsync(args).ConfigureAwait(false);
}

if (args.Length > 1 && args[0] == "cpu-ratios" && args[1] == "gdelt")
{
    return CpuRatios.RunGdelt(args);
}

if (args.Length > 0 && args[0] == "analyze-cost")
{
    return AnalyzeCost.Run(args);
}

if (args.Length > 0 && args[0] is "analysis-scaling" or NewsEvents.Benchmarks.Analysis.AnalysisScaling.ChildCommand)
{
    return NewsEvents.Benchmarks.Analysis.AnalysisScaling.Run(args);
}

if (args.Length > 0 && args[0] == "cpu-ratios")
{
    return CpuRatios.Run(args);
}

BenchmarkSwitcher.FromAssembly(typeof(AnalyzeCost).Assembly).Run(args);
return 0;
