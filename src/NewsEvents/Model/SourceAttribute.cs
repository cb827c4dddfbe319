using System.Buffers;
using System.Globalization;

namespace NewsEvents.Model;

/// <summary>
/// One value of a source dataset that the model has no member for, kept under a namespaced name so
/// that nothing of the source is dropped: <c>gdelt:GoldsteinScale</c> = <c>-2.0</c>,
/// <c>acled:interaction</c> = <c>12</c>.
/// </summary>
/// <remarks>
/// A name is a prefix, a colon and a name (docs/format.md, "Source attributes", states the rule): the prefix says whose the name is
/// (the source dataset: <c>gdelt</c>, <c>acled</c>, <c>icews</c>, <c>polecat</c>, or a user's own), the
/// name is the source's own name for the value, usually its column's name.
/// </remarks>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1711:Identifiers should not have incorrect suffix", Justification = "Not a .NET attribute: an attribute of a source dataset's item, the format's own word for it.")]
public readonly record struct SourceAttribute
{
    /// <summary>The longest name, prefix and colon included.</summary>
    public const int MaxNameLength = 128;

    /// <summary>The rule every name follows, in words, for messages.</summary>
    internal const string NameRule =
        "a prefix, a colon and a name, such as \"gdelt:GoldsteinScale\": the prefix a lower-case ASCII letter followed by lower-case ASCII letters, digits or hyphens; "
        + "the name one or more ASCII letters, digits, '_', '-' or '.'; at most 128 characters in all";

    private static readonly SearchValues<char> PrefixCharacters = SearchValues.Create("abcdefghijklmnopqrstuvwxyz0123456789-");

    private static readonly SearchValues<char> NameCharacters = SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-.");

    /// <summary>Creates an attribute.</summary>
    /// <param name="name">Its name: a prefix, a colon and a name (<c>gdelt:GoldsteinScale</c>).</param>
    /// <param name="value">Its value.</param>
    /// <exception cref="ArgumentException">The name breaks the rule of names, which the message states.</exception>
    /// <exception cref="ArgumentNullException">The name or the value is null.</exception>
    public SourceAttribute(string name, AttributeValue value)
    {
        Guard.NotNull(name, "SourceAttribute.Name");
        if (CheckName(name, "SourceAttribute.Name") is { } broken)
        {
            Guard.Fail(broken, nameof(name));
        }

        Name = name;
        Value = Guard.NotNull(value, "SourceAttribute.Value");
    }

    // The name was checked when the attribute it comes from was made.
    private SourceAttribute(SourceAttribute named, AttributeValue value)
    {
        Name = named.Name;
        Value = value;
    }

    /// <summary>The attribute's name: a prefix, a colon and a name (<c>gdelt:GoldsteinScale</c>).</summary>
    public string Name { get; }

    /// <summary>The attribute's value, as the source gave it.</summary>
    public AttributeValue Value { get; }

    /// <summary>The prefix of the name, before its colon (<c>gdelt</c>).</summary>
    public string Prefix => Name is null ? string.Empty : Name[..Name.IndexOf(':', StringComparison.Ordinal)];

    /// <summary>Whether <paramref name="name"/> follows the rule of names.</summary>
    /// <param name="name">A name.</param>
    /// <returns>Whether it is a valid name.</returns>
    public static bool IsValidName(string? name) => CheckName(name, "A name") is null;

    /// <summary>
    /// An attribute of this one's name with another value: an importer that writes the same names on every row has each
    /// name checked once, not once per row.
    /// </summary>
    internal SourceAttribute WithValue(AttributeValue value) => new(this, Guard.NotNull(value, "SourceAttribute.Value"));

    /// <summary>Returns <c>name=value</c>, the value as JSON writes it.</summary>
    public override string ToString() => $"{Name}={Value}";

    /// <summary>Returns null when <paramref name="name"/> follows the rule, else the rule broken, worded for <paramref name="member"/>.</summary>
    internal static string? CheckName(string? name, string member)
    {
        if (name is not null && name.Length <= MaxNameLength)
        {
            var colon = name.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && char.IsAsciiLetterLower(name[0]) && !name.AsSpan(0, colon).ContainsAnyExcept(PrefixCharacters)
                && colon < name.Length - 1 && !name.AsSpan(colon + 1).ContainsAnyExcept(NameCharacters))
            {
                return null;
            }
        }

        return string.Create(CultureInfo.InvariantCulture, $"{member} must be {NameRule}; not '{name}'.");
    }
}
