namespace NewsEvents.FuzzTests;

/// <summary>Thrown by a target's check when an oracle fails: two readings disagree, a round trip changes bytes, an output grows too much.</summary>
public sealed class FuzzFailure : Exception
{
    public FuzzFailure()
    {
    }

    public FuzzFailure(string message)
        : base(message)
    {
    }

    public FuzzFailure(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Throws when <paramref name="condition"/> is false.</summary>
    public static void Check(bool condition, string message)
    {
        if (!condition)
        {
            throw new FuzzFailure(message);
        }
    }
}
