using System.Buffers;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text.Json;
using NewsEvents.Validation;

namespace NewsEvents.Json;

/// <summary>
/// The format's one reader: a hand-written pass over UTF-8 JSON that builds the model directly,
/// matching property names through <see cref="FormatTable"/>, reading enumerations without making
/// strings of them and collecting lists in pooled scratch space.
/// </summary>
/// <remarks>
/// <para>
/// It is generic over its token source (<see cref="IFormatTokens"/>). Over <see cref="FastJsonReader"/>
/// it gives up at the first problem (<c>TryRead…</c> returns false); over
/// <see cref="CheckedJsonReader"/> it reads the same bytes again, records every problem the structure
/// allows with its path and line, and goes on. So good input is read once and bad input twice, by
/// the same code, and a problem is reported in one set of words.
/// </para>
/// <para>
/// Every value still goes through the model's own checks; in the checking pass the rules of a
/// single value (a blank name, a malformed id, a bad country) are checked at the value, for its
/// path, and an object with a problem inside is not built.
/// </para>
/// <para>
/// The fast pass is the one that runs on every good input, so its copy is kept lean: what reports a
/// problem sits in methods of its own, marked not to be inlined, and the small steps of good input
/// (a member's state, an enumeration, an object's start and end) are marked to be inlined.
/// </para>
/// </remarks>
internal static partial class FormatReader
{
    /// <summary>Reads one value whose first token is at the reader, leaving the reader at its last token; null when it has a problem (reported).</summary>
    internal delegate TValue? ValueReader<T, TValue>(ref T tokens)
        where T : IFormatTokens, allows ref struct;

    /// <summary>Reads a whole dataset document with the fast reader, or returns false when it must be checked.</summary>
    public static bool TryReadDataset(ReadOnlySpan<byte> utf8Json, [NotNullWhen(true)] out Dataset? dataset) =>
        TryRead(utf8Json, ReadDataset, out dataset);

    /// <summary>
    /// Reads one value that is the whole of <paramref name="utf8Json"/> (white space aside) with the
    /// fast reader, or returns false when the bytes must be read by the checking pass.
    /// </summary>
    public static bool TryRead<TValue>(ReadOnlySpan<byte> utf8Json, ValueReader<FastJsonReader, TValue> read, [NotNullWhen(true)] out TValue? value)
        where TValue : class => TryRead(new FastJsonReader(utf8Json), read, out value);

    /// <summary>Reads one value that is the whole document in <paramref name="window"/>, as <see cref="TryRead{TValue}(ReadOnlySpan{byte}, ValueReader{FastJsonReader, TValue}, out TValue)"/> does.</summary>
    public static bool TryRead<TValue>(JsonWindow window, ValueReader<FastJsonReader, TValue> read, [NotNullWhen(true)] out TValue? value)
        where TValue : class => TryRead(new FastJsonReader(window), read, out value);

    /// <summary>
    /// Reads one value that is the whole document in <paramref name="window"/> in the checking pass,
    /// as <see cref="ReadChecked{TValue}(ReadOnlySpan{byte}, ValueReader{CheckedJsonReader, TValue}, FormatReport)"/> does.
    /// </summary>
    public static TValue? ReadChecked<TValue>(JsonWindow window, ValueReader<CheckedJsonReader, TValue> read, FormatReport report)
        where TValue : class => ReadChecked(new CheckedJsonReader(window, report), read, report);

    private static bool TryRead<TValue>(FastJsonReader reader, ValueReader<FastJsonReader, TValue> read, [NotNullWhen(true)] out TValue? value)
        where TValue : class
    {
        try
        {
            reader.Next();
            value = read(ref reader);

            // Only white space may follow; the reader throws for anything else.
            if (value is null || reader.Read())
            {
                value = null;
                return false;
            }

            return true;
        }
        catch (Exception e) when (IsRefusal(e))
        {
            value = null;
            return false;
        }
    }

    /// <summary>
    /// Reads one value that is the whole of <paramref name="utf8Json"/> in the checking pass: every
    /// problem goes to <paramref name="report"/>; the value is returned only when there is none.
    /// </summary>
    public static TValue? ReadChecked<TValue>(ReadOnlySpan<byte> utf8Json, ValueReader<CheckedJsonReader, TValue> read, FormatReport report)
        where TValue : class => ReadChecked(new CheckedJsonReader(utf8Json, report), read, report);

    private static TValue? ReadChecked<TValue>(CheckedJsonReader reader, ValueReader<CheckedJsonReader, TValue> read, FormatReport report)
        where TValue : class
    {
        try
        {
            reader.Next();
            var value = read(ref reader);
            reader.End();
            return report.Count == 0 ? value : null;
        }
        catch (FormatReadStopped)
        {
            return null;
        }
    }

    /// <summary>
    /// What giving up looks like: the fast reader's refusals and syntax errors
    /// (<see cref="JsonException"/>), undecodable text (<see cref="InvalidOperationException"/>),
    /// a model rule (<see cref="ArgumentException"/>) and number conversions.
    /// </summary>
    public static bool IsRefusal(Exception e) =>
        e is JsonException or InvalidOperationException or ArgumentException or FormatException or OverflowException;

    /// <summary>
    /// Reads one object of the format: its members, each by <typeparamref name="TState"/> as the
    /// table names it, then the object they make. Unknown, repeated and missing members are handled
    /// here once for every object; so is a rule of the model the object breaks.
    /// </summary>
    private static TValue? ReadObject<T, TState, TValue>(ref T r)
        where T : IFormatTokens, allows ref struct
        where TState : struct, IObjectState<TState, TValue>
        where TValue : class
    {
        var format = TState.Format;
        if (!StartObject(ref r, format))
        {
            return null;
        }

        var problems = r.Problems;
        var state = TState.Start();
        var seen = 0;
        int index;
        while ((index = NextMember(ref r, format, ref seen)) >= 0)
        {
            state.Read(ref r, index);
            r.Leave();
        }

        if (!EndObject(ref r, format, seen, problems))
        {
            return null;
        }

        // The fast pass lets a broken rule escape as its refusal; only the checking pass catches it,
        // and the fast copy of this method is left without an exception handler.
        return T.Reports ? BuildChecked<T, TState, TValue>(ref r, state, format) : state.Build();
    }

    /// <summary>Makes the object in the checking pass: a rule of the model it breaks is reported at it.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static TValue? BuildChecked<T, TState, TValue>(ref T r, TState state, ObjectFormat format)
        where T : IFormatTokens, allows ref struct
        where TState : struct, IObjectState<TState, TValue>
        where TValue : class
    {
        try
        {
            return state.Build();
        }
        catch (ArgumentException e)
        {
            Broken(ref r, e, format);
            return null;
        }
    }

    /// <summary>At an object's first token: true to read its members, else the problem is reported and the value skipped.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool StartObject<T>(ref T r, ObjectFormat format)
        where T : IFormatTokens, allows ref struct
    {
        if (r.TokenType == JsonTokenType.StartObject)
        {
            r.EnterObject(format);
            return true;
        }

        NotAnObject(ref r, format);
        return false;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void NotAnObject<T>(ref T r, ObjectFormat format)
        where T : IFormatTokens, allows ref struct
    {
        r.Problem($"{JsonText.Capitalized(format.Words)} must be a JSON object, not {JsonText.Describe(r.TokenType)}.", asIs: true);
        r.SkipValue();
    }

    /// <summary>
    /// Moves to the next member of the object and to its value, and returns the member's index in
    /// <paramref name="format"/>, or -1 at the end of the object. Unknown members are recorded and
    /// skipped (the fast reader gives up), and so are repeated ones.
    /// </summary>
    private static int NextMember<T>(ref T r, ObjectFormat format, ref int seen)
        where T : IFormatTokens, allows ref struct
    {
        while (true)
        {
            r.Next();
            if (r.TokenType != JsonTokenType.PropertyName)
            {
                return -1;
            }

            var index = r.MemberIndex(format, seen);
            if (index < 0)
            {
                r.UnknownMember(format);
                continue;
            }

            r.EnterMember(format, index);
            var bit = 1 << index;
            if ((seen & bit) != 0)
            {
                Repeated(ref r);
                continue;
            }

            seen |= bit;
            r.Next();
            return index;
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Repeated<T>(ref T r)
        where T : IFormatTokens, allows ref struct
    {
        r.Problem("appears more than once.");
        r.Next();
        r.SkipValue();
        r.Leave();
    }

    /// <summary>At an object's last token: reports each required member it lacks; true when the object holds no problem.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool EndObject<T>(ref T r, ObjectFormat format, int seen, int problemsBefore)
        where T : IFormatTokens, allows ref struct
    {
        var missing = format.RequiredMask & ~seen;
        if (missing != 0)
        {
            Missing(ref r, format, missing);
        }

        r.Leave();
        return r.Problems == problemsBefore;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Missing<T>(ref T r, ObjectFormat format, int missing)
        where T : IFormatTokens, allows ref struct
    {
        for (var i = 0; missing != 0; i++, missing >>= 1)
        {
            if ((missing & 1) != 0)
            {
                r.Problem($"needs its member '{format.Members[i].Name}'.");
            }
        }
    }

    /// <summary>
    /// A rule of the model broken by the object just read, reported at the object in the format's
    /// words: the model states its rules once, by its own names (<c>Evidence.End</c>), which become
    /// the members' (<c>'end'</c>).
    /// </summary>
    private static void Broken<T>(ref T r, ArgumentException rule, ObjectFormat format)
        where T : IFormatTokens, allows ref struct =>
        r.Problem(format.InFormatWords(JsonText.Rule(rule).Message), asIs: true, ViolationKind.InvalidValue);

    /// <summary>
    /// A member the table lists and this reader has no case for: a member added to the table but not
    /// yet to the reader, which the format's contract tests catch. Reported and skipped, never guessed.
    /// </summary>
    private static void Unread<T>(ref T r)
        where T : IFormatTokens, allows ref struct
    {
        r.Problem("is a member of the format that this reader does not read yet.");
        r.SkipValue();
    }

    /// <summary>A value of the wrong kind: reported, and skipped.</summary>
    private static void Mismatch<T>(ref T r, string expected)
        where T : IFormatTokens, allows ref struct
    {
        r.Problem($"must be {expected}, not {JsonText.Describe(r.TokenType)}.");
        r.SkipValue();
    }

    /// <summary>Reads a string (any text; the model checks it).</summary>
    private static string? String<T>(ref T r)
        where T : IFormatTokens, allows ref struct
    {
        if (r.TokenType != JsonTokenType.String)
        {
            Mismatch(ref r, "a string");
            return null;
        }

        return r.GetString();
    }

    /// <summary>Reads a string that must not be blank.</summary>
    private static string? Text<T>(ref T r)
        where T : IFormatTokens, allows ref struct
    {
        var text = String(ref r);
        return T.Reports ? Checked(ref r, text, TextRules.CheckText) : text;
    }

    /// <summary>Reads a string that must not be blank, or null (absent).</summary>
    private static string? OptionalText<T>(ref T r)
        where T : IFormatTokens, allows ref struct =>
        r.TokenType == JsonTokenType.Null ? null : Text(ref r);

    /// <summary>Reads a string with a rule of its own (a country, a language, a URL), or null (absent).</summary>
    private static string? OptionalText<T>(ref T r, Func<string?, string, string?> rule)
        where T : IFormatTokens, allows ref struct =>
        r.TokenType == JsonTokenType.Null ? null : T.Reports ? Checked(ref r, String(ref r), rule) : String(ref r);

    /// <summary>
    /// In the checking pass, checks a value read against its rule, for the value's own path; the fast
    /// pass leaves it to the model, which refuses the same values.
    /// </summary>
    private static string? Checked<T>(ref T r, string? value, Func<string?, string, string?> rule)
        where T : IFormatTokens, allows ref struct
    {
        if (value is not null && rule(value, JsonText.Capitalized(r.Subject)) is { } broken)
        {
            r.Problem(broken, asIs: true);
        }

        return value;
    }

    private static TId Id<T, TId>(ref T r)
        where T : IFormatTokens, allows ref struct
        where TId : struct, IEntityId<TId>
    {
        if (r.TokenType != JsonTokenType.String)
        {
            Mismatch(ref r, "a JSON string (an id)");
            return default;
        }

        var text = r.GetString();
        if (T.Reports && EntityIdRules.Check(text, "identifier") is { } broken)
        {
            r.Problem(broken, asIs: true);
            return default;
        }

        return TId.Create(text);
    }

    private static TId? OptionalId<T, TId>(ref T r)
        where T : IFormatTokens, allows ref struct
        where TId : struct, IEntityId<TId> =>
        r.TokenType == JsonTokenType.Null ? null : Id<T, TId>(ref r);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TEnum Enum<T, TEnum>(ref T r)
        where T : IFormatTokens, allows ref struct
        where TEnum : struct, Enum =>
        r.TokenType == JsonTokenType.String && !r.ValueIsEscaped && StrictEnumJsonConverter<TEnum>.TryParse(r.ValueSpan, out var value)
            ? value
            : EscapedOrBadEnum<T, TEnum>(ref r);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static TEnum EscapedOrBadEnum<T, TEnum>(ref T r)
        where T : IFormatTokens, allows ref struct
        where TEnum : struct, Enum
    {
        if (r.TokenType == JsonTokenType.String && r.ValueIsEscaped && StrictEnumJsonConverter<TEnum>.TryParse(r.GetString(), out var value))
        {
            return value;
        }

        var found = r.TokenType == JsonTokenType.String ? $"'{r.GetString()}'" : JsonText.Describe(r.TokenType);
        r.Problem($"must be one of: {StrictEnumJsonConverter<TEnum>.Expected}; not {found}.");
        r.SkipValue();
        return default;
    }

    private static TEnum? OptionalEnum<T, TEnum>(ref T r)
        where T : IFormatTokens, allows ref struct
        where TEnum : struct, Enum =>
        r.TokenType == JsonTokenType.Null ? null : Enum<T, TEnum>(ref r);

    private static bool Boolean<T>(ref T r)
        where T : IFormatTokens, allows ref struct
    {
        switch (r.TokenType)
        {
            case JsonTokenType.True:
                return true;
            case JsonTokenType.False:
                return false;
            default:
                Mismatch(ref r, "true or false");
                return false;
        }
    }

    /// <summary>Reads an array of texts, none blank.</summary>
    private static ImmutableArray<string> TextList<T>(ref T r)
        where T : IFormatTokens, allows ref struct => List(ref r, Text);

    /// <summary>Reads an array of ids.</summary>
    private static ImmutableArray<TId> IdList<T, TId>(ref T r)
        where T : IFormatTokens, allows ref struct
        where TId : struct, IEntityId<TId> => List(ref r, Id<T, TId>);

    /// <summary>
    /// Reads a JSON array with <paramref name="item"/>. Most lists are short: their items are
    /// collected on the stack, longer ones continue in pooled scratch space, and the items are copied
    /// once into an array of the exact length. A null item is a problem (the format has none).
    /// </summary>
    private static ImmutableArray<TItem> List<T, TItem>(ref T r, ValueReader<T, TItem> item)
        where T : IFormatTokens, allows ref struct
    {
        if (r.TokenType != JsonTokenType.StartArray)
        {
            Mismatch(ref r, "a JSON array");
            return [];
        }

        r.Next();
        if (r.TokenType == JsonTokenType.EndArray)
        {
            return [];
        }

        var first = default(ShortList<TItem>);
        Span<TItem> firstItems = first;
        TItem[]? more = null;
        var count = 0;
        var index = 0;
        try
        {
            do
            {
                r.EnterItem(index++);
                var value = r.TokenType == JsonTokenType.Null ? NullItem<T, TItem>(ref r) : item(ref r);
                r.Leave();
                if (value is not null)
                {
                    Collect(firstItems, ref more, ref count, value);
                }

                r.Next();
            }
            while (r.TokenType != JsonTokenType.EndArray);

            return ImmutableCollectionsMarshal.AsImmutableArray(Collected(firstItems, more, count).ToArray());
        }
        finally
        {
            ReturnScratch(more, count);
        }
    }

    /// <summary>Adds <paramref name="item"/> to the items collected so far: on the stack while they fit, then in pooled scratch space (returned with <see cref="ReturnScratch"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Collect<TItem>(Span<TItem> firstItems, ref TItem[]? more, ref int count, TItem item)
    {
        if (count < firstItems.Length)
        {
            firstItems[count] = item;
        }
        else
        {
            if (more is null || count == more.Length)
            {
                more = Grow(firstItems, more, count);
            }

            more[count] = item;
        }

        count++;
    }

    /// <summary>Moves the items collected so far to pooled scratch space twice their number.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static TItem[] Grow<TItem>(Span<TItem> firstItems, TItem[]? more, int count)
    {
        var larger = ArrayPool<TItem>.Shared.Rent(count * 2);
        (more is null ? firstItems : more.AsSpan(0, count)).CopyTo(larger);
        ReturnScratch(more, count);
        return larger;
    }

    /// <summary>The items collected by <see cref="Collect"/>.</summary>
    private static Span<TItem> Collected<TItem>(Span<TItem> firstItems, TItem[]? more, int count) =>
        more is null ? firstItems[..count] : more.AsSpan(0, count);

    private static TItem? NullItem<T, TItem>(ref T r)
        where T : IFormatTokens, allows ref struct
    {
        r.Problem("must not be null: a list holds no nulls.");
        return default;
    }

    private static void ReturnScratch<T>(T[]? scratch, int used)
    {
        if (scratch is not null)
        {
            // Cleared so that the pool does not keep the items alive.
            scratch.AsSpan(0, Math.Min(used, scratch.Length)).Clear();
            ArrayPool<T>.Shared.Return(scratch);
        }
    }

    /// <summary>The members of one object of the format as they are read.</summary>
    /// <typeparam name="TState">The state itself.</typeparam>
    /// <remarks>
    /// Apart from <see cref="IObjectState{TState, TValue}"/>, which adds the object made, so that these
    /// members do not depend on the object's type: <see cref="ReadObject{T, TState, TValue}"/> is compiled
    /// once for every reference type of object, and a static member of an interface over the object's
    /// type is called there through a lookup at run time, not inlined.
    /// </remarks>
    private interface IObjectMembers<TState>
        where TState : struct, IObjectMembers<TState>
    {
        /// <summary>The object's members.</summary>
        static abstract ObjectFormat Format { get; }

        /// <summary>The state before any member is read: the values of absent members.</summary>
        /// <remarks>Implementations that set a member are marked for inlining: a large state is otherwise returned through a copy.</remarks>
        static abstract TState Start();

        /// <summary>Reads the value of the member at <paramref name="index"/> of <see cref="Format"/>.</summary>
        /// <remarks>
        /// Implementations are marked for inlining into <see cref="ReadObject{T, TState, TValue}"/>: the
        /// state then stays a local of the reader, whose stores need no GC write barrier and whose
        /// members need no call each.
        /// </remarks>
        void Read<T>(ref T r, int index)
            where T : IFormatTokens, allows ref struct;
    }

    /// <summary>The members of one object of the format as they are read, and the object they make.</summary>
    /// <typeparam name="TState">The state itself.</typeparam>
    /// <typeparam name="TValue">The object.</typeparam>
    private interface IObjectState<TState, TValue> : IObjectMembers<TState>
        where TState : struct, IObjectState<TState, TValue>
    {
        /// <summary>Makes the object; the model's constructor checks it.</summary>
        TValue Build();
    }

    /// <summary>Room on the stack for the items of a short list.</summary>
    [InlineArray(8)]
    private struct ShortList<T>
    {
        private T _item;
    }
}
