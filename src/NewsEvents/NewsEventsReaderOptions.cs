using NewsEvents.Validation;

namespace NewsEvents;

/// <summary>How <see cref="NewsEventsJson"/> reads. The defaults are strict: every rule is enforced.</summary>
public sealed record NewsEventsReaderOptions
{
    /// <summary>The defaults: validate, reject newer minor versions.</summary>
    public static NewsEventsReaderOptions Default { get; } = new();

    /// <summary>
    /// Whether to validate the dataset after reading it (unique ids, references, evidence against
    /// the text); true by default. Turn it off only to inspect broken data, then call
    /// <see cref="DatasetValidator.Validate(Dataset)"/> yourself.
    /// </summary>
    public bool Validate { get; init; } = true;

    /// <summary>
    /// Whether to read a dataset of a newer minor version of the format (1.1 for a 1.0 reader),
    /// ignoring the properties this reader does not know and reporting each to
    /// <see cref="Warning"/>; false by default, so that nothing is dropped without consent. Another
    /// major version is always rejected.
    /// </summary>
    public bool AllowNewerMinorVersion { get; init; }

    /// <summary>Receives each warning (an ignored property, with its path) when <see cref="AllowNewerMinorVersion"/> is on.</summary>
    public Action<Violation>? Warning { get; init; }
}
