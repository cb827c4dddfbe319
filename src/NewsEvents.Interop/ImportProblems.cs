namespace NewsEvents.Interop;

/// <summary>What an import does with a problem: a strict import stops at it, a lenient one reports it and goes on.</summary>
internal static class ImportProblems
{
    /// <summary>Throws the problem as a <see cref="NewsEventsFormatException"/> in a strict import, else hands it to <see cref="ImportOptions.Problems"/>.</summary>
    public static void Raise(this ImportOptions options, ImportProblem problem)
    {
        if (!options.Lenient)
        {
            throw problem.ToException();
        }

        options.Problems?.Invoke(problem);
    }
}
