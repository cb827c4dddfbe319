namespace NewsEvents.Model;

/// <summary>
/// A strongly typed identifier: a stable string, unique within its collection, that cannot be
/// confused with an identifier of another collection.
/// </summary>
/// <typeparam name="TSelf">The identifier type itself.</typeparam>
/// <remarks>
/// An identifier is 1 to 256 characters of well-formed text with no white space and no control
/// characters, compared and ordered ordinally (case matters; <c>default</c> sorts first).
/// <c>default</c> is not a valid identifier; it is
/// reported by validation rather than thrown on, because structs cannot forbid it.
/// </remarks>
public interface IEntityId<TSelf> : IComparable<TSelf>
    where TSelf : struct, IEntityId<TSelf>
{
    /// <summary>The identifier's text.</summary>
    string Value { get; }

    /// <summary>Creates an identifier, enforcing the rules above.</summary>
    /// <param name="value">The identifier's text.</param>
    /// <exception cref="ArgumentException"><paramref name="value"/> breaks a rule.</exception>
    static abstract TSelf Create(string value);
}
