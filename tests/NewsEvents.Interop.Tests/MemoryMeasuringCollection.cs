namespace NewsEvents.Interop.Tests;

/// <summary>
/// Tests that measure the process's retained memory run alone: a test running beside them would allocate
/// into the same heap and the measurement would count it.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MemoryMeasuringCollection
{
    public const string Name = "Memory measuring";
}
