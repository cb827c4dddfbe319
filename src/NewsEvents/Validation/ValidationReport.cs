using System.Collections.Immutable;
using System.Globalization;

namespace NewsEvents.Validation;

/// <summary>
/// The result of validating a dataset or a JSON Lines stream: how many violations were found, and
/// the violations kept, in document (or line) order.
/// </summary>
/// <remarks>
/// Every violation is kept unless the validation was asked to keep fewer, as a streaming
/// validation that hands each violation to a callback does (<see cref="Streaming.JsonLinesValidator"/>):
/// then <see cref="Count"/> still counts them all.
/// </remarks>
public sealed record ValidationReport
{
    /// <summary>Creates a report that keeps every violation found.</summary>
    /// <param name="violations">The violations found.</param>
    public ValidationReport(ImmutableArray<Violation> violations)
        : this(violations, violations.IsDefault ? 0 : violations.Length)
    {
    }

    /// <summary>Creates a report that may keep only some of the violations found.</summary>
    /// <param name="violations">The violations kept.</param>
    /// <param name="count">How many violations were found, at least as many as were kept.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is less than the number of violations kept.</exception>
    public ValidationReport(ImmutableArray<Violation> violations, long count)
    {
        Violations = Guard.Items(violations, nameof(Violations));
        if (count < Violations.Length)
        {
            Guard.OutOfRange(string.Create(CultureInfo.InvariantCulture, $"ValidationReport.Count ({count}) must not be less than the number of violations kept ({Violations.Length})."), nameof(count));
        }

        Count = count;
    }

    /// <summary>The violations kept: every one found, unless fewer were asked for.</summary>
    public ImmutableArray<Violation> Violations { get; }

    /// <summary>How many violations were found.</summary>
    public long Count { get; }

    /// <summary>True when no violation was found.</summary>
    public bool IsValid => Count == 0;

    /// <summary>True when fewer violations were kept than found.</summary>
    public bool IsTruncated => Count > Violations.Length;

    /// <inheritdoc />
    public bool Equals(ValidationReport? other) => other is not null && Count == other.Count && ContentEquality.Equal(Violations, other.Violations);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Count);
        ContentEquality.Add(ref hash, Violations);
        return hash.ToHashCode();
    }

    /// <summary>Returns "valid", or one violation a line, and how many more were found than kept.</summary>
    public override string ToString()
    {
        if (IsValid)
        {
            return "valid";
        }

        var text = string.Join("\n", Violations);
        return IsTruncated
            ? string.Create(CultureInfo.InvariantCulture, $"{text}{(Violations.IsEmpty ? "" : "\n")}… and {Count - Violations.Length} more")
            : text;
    }
}
