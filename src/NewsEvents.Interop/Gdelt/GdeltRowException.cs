namespace NewsEvents.Interop.Gdelt;

/// <summary>A row breaks a rule of its layout; the importer turns it into an <see cref="ImportProblem"/> with the file and line.</summary>
#pragma warning disable CA1032 // Internal: made only with a reason.
#pragma warning disable CA1064 // Internal on purpose: it never leaves the importer.
internal sealed class GdeltRowException(string reason) : Exception(reason);
#pragma warning restore CA1064
#pragma warning restore CA1032
