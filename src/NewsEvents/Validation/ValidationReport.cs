using System.Collections.Immutable;

namespace NewsEvents.Validation;

/// <summary>The result of validating a dataset: every violation found, in document order.</summary>
public sealed record ValidationReport
{
    /// <summary>Creates a report.</summary>
    /// <param name="violations">The violations found.</param>
    public ValidationReport(ImmutableArray<Violation> violations) => Violations = Guard.Items(violations, nameof(Violations));

    /// <summary>Every violation found.</summary>
    public ImmutableArray<Violation> Violations { get; }

    /// <summary>True when there is no violation.</summary>
    public bool IsValid => Violations.IsEmpty;

    /// <inheritdoc />
    public bool Equals(ValidationReport? other) => other is not null && ContentEquality.Equal(Violations, other.Violations);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        ContentEquality.Add(ref hash, Violations);
        return hash.ToHashCode();
    }

    /// <summary>Returns "valid", or one violation a line.</summary>
    public override string ToString() => IsValid ? "valid" : string.Join("\n", Violations);
}
