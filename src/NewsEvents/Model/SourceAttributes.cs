using System.Collections;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json.Serialization;
using NewsEvents.Json;

namespace NewsEvents.Model;

/// <summary>
/// The source attributes of an item (a document, actor, event, statement, claim, relation or
/// evidence span): the values of its source dataset that the model has no member for, each under its
/// namespaced name (<see cref="SourceAttribute"/>), so that nothing of the source is dropped.
/// </summary>
/// <remarks>
/// <para>
/// Names are unique, and the attributes are kept in the ordinal order of their names, whatever order
/// they were given in: that is the order they are enumerated and written in, so that equal sets of
/// attributes are equal and give the same JSON. The default value is the empty set, which the format
/// omits.
/// </para>
/// <para>Build one with a collection expression: <c>Attributes = [new("gdelt:GoldsteinScale", AttributeValue.FromNumber("-2.0"))]</c>.</para>
/// </remarks>
[JsonConverter(typeof(SourceAttributesJsonConverter))]
[CollectionBuilder(typeof(SourceAttributes), nameof(Create))]
public readonly struct SourceAttributes : IReadOnlyList<SourceAttribute>, IEquatable<SourceAttributes>
{
    private readonly SourceAttribute[]? _items;

    private SourceAttributes(SourceAttribute[] items) => _items = items.Length == 0 ? null : items;

    /// <summary>No attributes.</summary>
    public static SourceAttributes Empty => default;

    /// <summary>How many attributes there are.</summary>
    public int Count => _items?.Length ?? 0;

    /// <summary>Whether there are none.</summary>
    public bool IsEmpty => _items is null;

    /// <summary>The attribute at <paramref name="index"/>, in the order of the names.</summary>
    /// <param name="index">From 0.</param>
    public SourceAttribute this[int index] => (_items ?? [])[index];

    /// <summary>Makes a set of attributes, ordered by name.</summary>
    /// <param name="attributes">The attributes, in any order.</param>
    /// <returns>The set.</returns>
    /// <exception cref="ArgumentException">Two attributes have the same name, or one is a default (unnamed) attribute.</exception>
    public static SourceAttributes Create(params ReadOnlySpan<SourceAttribute> attributes)
    {
        if (attributes.IsEmpty)
        {
            return default;
        }

        var items = attributes.ToArray();
        var sorted = true;
        for (var i = 0; i < items.Length; i++)
        {
            if (items[i].Name is null)
            {
                Guard.Fail($"SourceAttributes must not contain a default SourceAttribute, which has no name (item {i.ToString(System.Globalization.CultureInfo.InvariantCulture)}).", nameof(attributes));
            }

            sorted &= i == 0 || string.CompareOrdinal(items[i - 1].Name, items[i].Name) < 0;
        }

        if (!sorted)
        {
            // A stable sort is not needed: a repeated name is refused below.
            Array.Sort(items, static (a, b) => string.CompareOrdinal(a.Name, b.Name));
            for (var i = 1; i < items.Length; i++)
            {
                if (items[i - 1].Name == items[i].Name)
                {
                    Guard.Fail($"SourceAttributes must not name an attribute twice, but has '{items[i].Name}' twice.", nameof(attributes));
                }
            }
        }

        return new SourceAttributes(items);
    }

    /// <summary>
    /// The set of <paramref name="ordered"/>, taken as it is: for an importer whose attributes are named from a fixed
    /// list already in the ordinal order of distinct names, so that a row's attributes are neither copied nor sorted
    /// again. The caller must not change the array afterwards.
    /// </summary>
    internal static SourceAttributes FromOrdered(SourceAttribute[] ordered)
    {
        Debug.Assert(IsOrdered(ordered), "The attributes must be named, in the ordinal order of distinct names.");
        return new SourceAttributes(ordered);
    }

    /// <summary>Makes a set of attributes, ordered by name.</summary>
    /// <param name="attributes">The attributes, in any order.</param>
    /// <returns>The set.</returns>
    /// <exception cref="ArgumentException">Two attributes have the same name, or one is a default (unnamed) attribute.</exception>
    public static SourceAttributes Create(IEnumerable<SourceAttribute> attributes) =>
        Create(Guard.NotNull(attributes, nameof(attributes)).ToArray().AsSpan());

    /// <summary>Finds the value named <paramref name="name"/>.</summary>
    /// <param name="name">The attribute's name (<c>gdelt:GoldsteinScale</c>).</param>
    /// <param name="value">Its value, when there is one.</param>
    /// <returns>Whether there is an attribute of that name.</returns>
    public bool TryGetValue(string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out AttributeValue? value)
    {
        var index = IndexOf(name);
        value = index >= 0 ? _items![index].Value : null;
        return index >= 0;
    }

    /// <summary>The value named <paramref name="name"/>, or <see langword="null"/>.</summary>
    /// <param name="name">The attribute's name.</param>
    /// <returns>The value, or null.</returns>
    public AttributeValue? GetValueOrDefault(string name) => TryGetValue(name, out var value) ? value : null;

    /// <summary>A copy with the attribute <paramref name="name"/> set to <paramref name="value"/> (added, or replacing the one of that name).</summary>
    /// <param name="name">The attribute's name.</param>
    /// <param name="value">Its value.</param>
    /// <returns>The new set.</returns>
    public SourceAttributes SetItem(string name, AttributeValue value)
    {
        var attribute = new SourceAttribute(name, value);
        var items = _items ?? [];
        var index = IndexOf(name);
        if (index >= 0)
        {
            var copy = (SourceAttribute[])items.Clone();
            copy[index] = attribute;
            return new SourceAttributes(copy);
        }

        var at = ~index;
        return new SourceAttributes([.. items.AsSpan(0, at), attribute, .. items.AsSpan(at)]);
    }

    /// <summary>A copy without the attribute <paramref name="name"/>.</summary>
    /// <param name="name">The attribute's name.</param>
    /// <returns>The new set (this one when it has no such attribute).</returns>
    public SourceAttributes Remove(string name)
    {
        var index = IndexOf(name);
        return index < 0 ? this : new SourceAttributes([.. _items.AsSpan(0, index), .. _items.AsSpan(index + 1)]);
    }

    /// <summary>The attributes as a span, in the order of their names.</summary>
    /// <returns>The span.</returns>
    public ReadOnlySpan<SourceAttribute> AsSpan() => _items;

    /// <summary>Enumerates the attributes in the order of their names.</summary>
    /// <returns>The enumerator.</returns>
    public ReadOnlySpan<SourceAttribute>.Enumerator GetEnumerator() => AsSpan().GetEnumerator();

    IEnumerator<SourceAttribute> IEnumerable<SourceAttribute>.GetEnumerator() => ((IEnumerable<SourceAttribute>)(_items ?? [])).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => (_items ?? []).GetEnumerator();

    /// <summary>Whether both hold the same attributes (names and values).</summary>
    /// <param name="other">The other set.</param>
    /// <returns>Whether they are equal.</returns>
    public bool Equals(SourceAttributes other) => AsSpan().SequenceEqual(other.AsSpan());

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is SourceAttributes other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var attribute in AsSpan())
        {
            hash.Add(attribute);
        }

        return hash.ToHashCode();
    }

    /// <summary>Whether both hold the same attributes.</summary>
    /// <param name="left">One set.</param>
    /// <param name="right">The other.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(SourceAttributes left, SourceAttributes right) => left.Equals(right);

    /// <summary>Whether they hold different attributes.</summary>
    /// <param name="left">One set.</param>
    /// <param name="right">The other.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(SourceAttributes left, SourceAttributes right) => !left.Equals(right);

    /// <summary>Returns <c>{name=value, ...}</c> in the order of the names.</summary>
    public override string ToString()
    {
        var builder = new StringBuilder("{");
        foreach (var attribute in AsSpan())
        {
            builder.Append(builder.Length > 1 ? ", " : string.Empty).Append(attribute.ToString());
        }

        return builder.Append('}').ToString();
    }

    private static bool IsOrdered(SourceAttribute[] items)
    {
        for (var i = 0; i < items.Length; i++)
        {
            if (items[i].Name is null || (i > 0 && string.CompareOrdinal(items[i - 1].Name, items[i].Name) >= 0))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The index of <paramref name="name"/>, or the complement of where it would go.</summary>
    private int IndexOf(string name)
    {
        Guard.NotNull(name, nameof(name));
        var items = AsSpan();
        int low = 0, high = items.Length - 1;
        while (low <= high)
        {
            var middle = low + ((high - low) >> 1);
            var order = string.CompareOrdinal(items[middle].Name, name);
            if (order == 0)
            {
                return middle;
            }

            if (order < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return ~low;
    }
}
