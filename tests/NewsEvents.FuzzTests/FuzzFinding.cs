namespace NewsEvents.FuzzTests;

/// <summary>An input that broke a promise: an undocumented exception, a disagreement between two ways of doing one thing, or too much time or memory.</summary>
/// <param name="Target">The target that found it (<see cref="IFuzzTarget.Name"/>).</param>
/// <param name="Kind">exception, oracle, slow or memory.</param>
/// <param name="Message">What went wrong.</param>
/// <param name="Input">The input, as the target reads it.</param>
public sealed record FuzzFinding(string Target, string Kind, string Message, byte[] Input);
