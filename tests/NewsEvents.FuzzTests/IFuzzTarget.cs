namespace NewsEvents.FuzzTests;

/// <summary>One thing the campaign attacks: it makes inputs and checks what the library or tool does with them.</summary>
public interface IFuzzTarget
{
    /// <summary>The target's name, also the folder of its findings: dataset, jsonlines, time, cli.</summary>
    string Name { get; }

    /// <summary>The extension of its input files.</summary>
    string Extension { get; }

    /// <summary>How many operations (a read, a write, a command) <see cref="Check"/> runs on an input: the watchdog allows each its time.</summary>
    int Operations { get; }

    /// <summary>Makes the next input; the same random state gives the same input.</summary>
    byte[] Generate(Random random);

    /// <summary>Runs the input through everything the target covers; throws <see cref="FuzzFailure"/> when an oracle fails.</summary>
    /// <param name="input">The input.</param>
    /// <param name="random">Where random choices of the check (chunk sizes) come from.</param>
    void Check(byte[] input, Random random);
}
