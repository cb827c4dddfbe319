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

    /// <summary>
    /// Moves <paramref name="reader"/> to its next row: true at a row, false at the end of the file, and null when the
    /// rest of the file cannot be decoded, which is raised as a problem of the file (<paramref name="notDecodable"/>, at line 0).
    /// </summary>
    public static bool? MoveNext(this ImportOptions options, nietras.SeparatedValues.SepReader reader, string file, string notDecodable)
    {
        try
        {
            return reader.MoveNext();
        }
        catch (System.Text.DecoderFallbackException)
        {
            options.Raise(new ImportProblem(file, 0, notDecodable));
            return null;
        }
    }
}
