using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using NewsEvents.Validation;

namespace NewsEvents;

/// <summary>
/// The exception for data that is not valid NewsEvents: malformed JSON, JSON that breaks the
/// format, or a dataset that breaks the model's rules. It is the only exception the public API
/// throws for bad data.
/// </summary>
/// <remarks>
/// <see cref="JsonException.Path"/>, <see cref="JsonException.LineNumber"/> and
/// <see cref="JsonException.BytePositionInLine"/> locate the first problem where it is known
/// (line and position are zero-based, as in <see cref="JsonException"/>; the message counts lines
/// from 1). <see cref="Violations"/> lists every problem found: all of them for rule violations,
/// the one that stopped reading for a format error.
/// </remarks>
public class NewsEventsFormatException : JsonException
{
    /// <summary>Creates the exception with a message only.</summary>
    public NewsEventsFormatException()
        : this("The data is not valid NewsEvents.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What is wrong.</param>
    public NewsEventsFormatException(string message)
        : this(message, innerException: null)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The cause.</param>
    public NewsEventsFormatException(string message, Exception? innerException)
        : this(message, path: null, lineNumber: null, bytePositionInLine: null, [], innerException)
    {
    }

    /// <summary>Creates the exception with its location and every violation found.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="path">The JSON path of the first problem, where known.</param>
    /// <param name="lineNumber">Its zero-based line, where known.</param>
    /// <param name="bytePositionInLine">Its zero-based byte position in the line, where known.</param>
    /// <param name="violations">Every problem found.</param>
    /// <param name="innerException">The cause.</param>
    public NewsEventsFormatException(string message, string? path, long? lineNumber, long? bytePositionInLine, IEnumerable<Violation> violations, Exception? innerException = null)
        : base(message, path, lineNumber, bytePositionInLine, innerException)
    {
        Violations = [.. violations ?? []];
    }

    /// <summary>Every problem found.</summary>
    public ImmutableArray<Violation> Violations { get; }

    /// <summary>Describes where a problem is, for messages: <c>at $.a.b (line 3, byte 5)</c>.</summary>
    internal static string Where(string? path, long? line, long? position)
    {
        var where = path is null ? string.Empty : $" at {path}";
        return line is { } l
            ? string.Create(CultureInfo.InvariantCulture, $"{where} (line {l + 1}, byte {(position ?? 0) + 1})")
            : where;
    }
}
