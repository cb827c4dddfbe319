using System.Collections.Immutable;
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
/// <see cref="JsonException.BytePositionInLine"/> locate the first problem where it is known. Lines
/// and bytes count from 1, as the message and a text editor count them (unlike
/// <see cref="JsonException"/>'s own, which count from 0), in the strict JSON Lines reader's
/// exceptions too.
/// <see cref="Violations"/> lists every
/// problem found: every format problem of the text at once (broken JSON syntax ends the list), or
/// every violation of the validation rules at once.
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
    /// <param name="lineNumber">Its line, counted from 1, where known.</param>
    /// <param name="bytePositionInLine">Its byte in the line, counted from 1, where known.</param>
    /// <param name="violations">Every problem found.</param>
    /// <param name="innerException">The cause.</param>
    public NewsEventsFormatException(string message, string? path, long? lineNumber, long? bytePositionInLine, IEnumerable<Violation> violations, Exception? innerException = null)
        : base(message, path, lineNumber, bytePositionInLine, innerException)
    {
        Violations = [.. violations ?? []];
    }

    /// <summary>Every problem found.</summary>
    public ImmutableArray<Violation> Violations { get; }
}
