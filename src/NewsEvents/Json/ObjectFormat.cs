using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Numerics;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;

namespace NewsEvents.Json;

/// <summary>The kind of JSON value a member of the format holds.</summary>
internal enum ValueKind
{
    /// <summary>A JSON string (text, an id, an enumeration name, a time, a country...).</summary>
    String,

    /// <summary>A JSON number.</summary>
    Number,

    /// <summary>A JSON number without a fraction (an evidence offset).</summary>
    Integer,

    /// <summary>true or false.</summary>
    Boolean,

    /// <summary>A JSON object of the format (<see cref="MemberAttribute.Of"/> names it).</summary>
    Object,

    /// <summary>A JSON array (of the objects <see cref="MemberAttribute.Of"/> names, else of strings).</summary>
    Array,
}

/// <summary>
/// One member of an object of the format, declared on its enumeration value: the value's name in
/// camelCase is the member's name, the values' order is the canonical order.
/// </summary>
/// <param name="kind">The kind of JSON value the member holds.</param>
[AttributeUsage(AttributeTargets.Field)]
internal sealed class MemberAttribute(ValueKind kind) : Attribute
{
    /// <summary>The kind of JSON value the member holds.</summary>
    public ValueKind Kind { get; } = kind;

    /// <summary>Whether a reader refuses an object without it.</summary>
    public bool Required { get; init; }

    /// <summary>For an object, or an array of objects: the name of that object's format (<c>"evidence"</c>).</summary>
    public string? Of { get; init; }
}

/// <summary>A member of an object of the format, as the table states it.</summary>
/// <param name="Name">The member's name in JSON.</param>
/// <param name="Index">Its place in the canonical order, from 0.</param>
/// <param name="Required">Whether a reader refuses an object without it.</param>
/// <param name="Kind">The kind of JSON value it holds.</param>
/// <param name="Of">The name of the object format it holds (or holds a list of), if any.</param>
internal sealed record FormatMember(string Name, int Index, bool Required, ValueKind Kind, string? Of)
{
    /// <summary>The name as UTF-8, for matching a property name as bytes.</summary>
    public byte[] Utf8Name { get; } = Encoding.UTF8.GetBytes(Name);

    /// <summary>The name encoded once for every writer.</summary>
    public JsonEncodedText EncodedName { get; } = JsonEncodedText.Encode(Name);
}

/// <summary>
/// One object of the format (a claim, an evidence span, a time value...): its members in canonical
/// order with their kind and whether they are required. The reader matches names through it, the
/// writer takes its names from it, and a contract test holds the schema and docs/format.md to it.
/// </summary>
internal abstract class ObjectFormat
{
    private readonly byte[][] _utf8Names;

    private protected ObjectFormat(string name, string? words, ImmutableArray<FormatMember> members)
    {
        Name = name;
        Members = members;
        _utf8Names = [.. members.Select(m => m.Utf8Name)];
        RequiredMask = members.Where(m => m.Required).Aggregate(0, (mask, m) => mask | (1 << m.Index));
        Words = words ?? Describe(name);
        MemberList = members.Length == 1 ? $"'{members[0].Name}'"
            : $"{string.Join(", ", members.Take(members.Length - 1).Select(m => $"'{m.Name}'"))} and '{members[^1].Name}'";
    }

    /// <summary>The object's name in the schema and in docs/format.md (<c>"claimSubjects"</c>).</summary>
    public string Name { get; }

    /// <summary>The object in words, with its article, for messages: <c>"an event link"</c>.</summary>
    public string Words { get; }

    /// <summary>The members in canonical order.</summary>
    public ImmutableArray<FormatMember> Members { get; }

    /// <summary>A bit per required member, by index.</summary>
    public int RequiredMask { get; }

    /// <summary>The members' names for messages: <c>'value', 'zone' and 'anchor'</c>.</summary>
    public string MemberList { get; }

    /// <summary>
    /// The index of the member named <paramref name="utf8Name"/> (unescaped UTF-8), or -1.
    /// Written in canonical order, the name is the first member not yet in <paramref name="seen"/>,
    /// so that one comparison usually finds it.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int IndexOf(ReadOnlySpan<byte> utf8Name, int seen)
    {
        var names = _utf8Names;
        var expected = BitOperations.TrailingZeroCount(~seen);
        if ((uint)expected < (uint)names.Length && utf8Name.SequenceEqual(names[expected]))
        {
            return expected;
        }

        for (var i = 0; i < names.Length; i++)
        {
            if (utf8Name.SequenceEqual(names[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// A rule of the model in the format's words: the model names its members as .NET does
    /// (<c>Evidence.End</c>, <c>A Quantity</c>), the format as JSON does (<c>'end'</c>, <c>A quantity</c>).
    /// </summary>
    public string InFormatWords(string rule)
    {
        var type = string.Concat(char.ToUpperInvariant(Name[0]).ToString(), Name.AsSpan(1));
        foreach (var member in Members)
        {
            rule = rule.Replace($"{type}.{char.ToUpperInvariant(member.Name[0])}{member.Name[1..]}", $"'{member.Name}'", StringComparison.Ordinal);
        }

        return rule.Replace($"A {type} ", $"{JsonText.Capitalized(Words)} ", StringComparison.Ordinal);
    }

    /// <summary>The index of the member named <paramref name="name"/>, or -1.</summary>
    public int IndexOf(string name) => Members.IndexOf(Members.FirstOrDefault(m => m.Name == name)!);

    /// <summary>"claimSubjects" gives "claim subjects" with its article: "the subjects of a claim" reads worse than this.</summary>
    private static string Describe(string name)
    {
        var words = new StringBuilder();
        foreach (var c in name)
        {
            if (char.IsAsciiLetterUpper(c))
            {
                words.Append(' ').Append(char.ToLowerInvariant(c));
            }
            else
            {
                words.Append(c);
            }
        }

        var text = words.ToString();
        return ("aeiou".Contains(text[0], StringComparison.Ordinal) ? "an " : "a ") + text;
    }
}

/// <summary>An object of the format whose members are the values of <typeparamref name="TMember"/>.</summary>
/// <typeparam name="TMember">The members, in canonical order, each with its <see cref="MemberAttribute"/>.</typeparam>
internal sealed class ObjectFormat<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] TMember> : ObjectFormat
    where TMember : struct, Enum
{
    private readonly JsonEncodedText[] _encodedNames;

    /// <param name="name">The object's name in the schema and docs/format.md.</param>
    /// <param name="words">The object in words for messages, when its name split into words does not say it well.</param>
    public ObjectFormat(string name, string? words = null)
        : base(name, words, ReadMembers())
    {
        _encodedNames = [.. Members.Select(m => m.EncodedName)];
    }

    /// <summary>The encoded name of <paramref name="member"/>, for a writer.</summary>
    public JsonEncodedText this[TMember member] => _encodedNames[Unsafe.As<TMember, int>(ref member)];

    /// <summary>The table entry of <paramref name="member"/>.</summary>
    public FormatMember Member(TMember member) => Members[Unsafe.As<TMember, int>(ref member)];

    private static ImmutableArray<FormatMember> ReadMembers()
    {
        var values = Enum.GetValues<TMember>();
        var members = ImmutableArray.CreateBuilder<FormatMember>(values.Length);
        for (var i = 0; i < values.Length; i++)
        {
            var value = values[i];
            var field = typeof(TMember).GetField(Enum.GetName(value)!, BindingFlags.Public | BindingFlags.Static)!;
            var declared = field.GetCustomAttribute<MemberAttribute>()
                ?? throw new InvalidOperationException($"{typeof(TMember).Name}.{field.Name} has no [Member].");
            if (Unsafe.As<TMember, int>(ref value) != i)
            {
                throw new InvalidOperationException($"{typeof(TMember).Name} must number its members 0, 1, 2... in canonical order.");
            }

            members.Add(new FormatMember(JsonText.CamelCase(field.Name), i, declared.Required, declared.Kind, declared.Of));
        }

        return members.MoveToImmutable();
    }
}
