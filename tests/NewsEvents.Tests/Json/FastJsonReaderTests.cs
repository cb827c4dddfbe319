using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NewsEvents.Generation;
using NewsEvents.Json;
using NewsEvents.Streaming;
using NewsEvents.Tests.TestSupport;

namespace NewsEvents.Tests.Json;

/// <summary>
/// The fast reader's tokenizer against <see cref="Utf8JsonReader"/>: whatever it accepts, the
/// reference accepts too, with the same tokens, the same text and the same numbers; and it accepts
/// what the library writes.
/// </summary>
public class FastJsonReaderTests
{
    private static readonly byte[] Valid = Encoding.UTF8.GetBytes(HostileJson.Valid);

    /// <summary>One token as both readers describe it: kind, raw bytes, escaping, text, and the number conversions.</summary>
    private sealed record Token(JsonTokenType Type, string Raw, bool Escaped, string? Text, (string Int32, string Double, string Decimal) Numbers);

    private static string Show<T>(bool converted, T value)
        where T : IFormattable =>
        converted ? value.ToString(typeof(T) == typeof(double) ? "R" : null, System.Globalization.CultureInfo.InvariantCulture) : "-";

    private static (string, string, string) Numbers(ref FastJsonReader reader) =>
        reader.TokenType != JsonTokenType.Number ? default
            : (Show(reader.TryGetInt32(out var i), i), Show(reader.TryGetDouble(out var d), d), Show(reader.TryGetDecimal(out var m), m));

    private static (string, string, string) Numbers(ref Utf8JsonReader reader) =>
        reader.TokenType != JsonTokenType.Number ? default
            : (Show(reader.TryGetInt32(out var i), i), Show(reader.TryGetDouble(out var d), d), Show(reader.TryGetDecimal(out var m), m));

    private static bool IsText(JsonTokenType type) => type is JsonTokenType.String or JsonTokenType.PropertyName;

    /// <summary>The tokens of the whole input, or null when the fast reader refuses it.</summary>
    private static List<Token>? Fast(byte[] utf8Json)
    {
        var reader = new FastJsonReader(utf8Json);
        var tokens = new List<Token>();
        try
        {
            while (reader.Read())
            {
                var text = IsText(reader.TokenType) ? TextOf(ref reader) : null;
                tokens.Add(new Token(reader.TokenType, Convert.ToHexString(reader.ValueSpan), text is not null && reader.ValueIsEscaped, text, Numbers(ref reader)));
            }
        }
        catch (JsonException)
        {
            return null;
        }

        return tokens;
    }

    /// <summary>The tokens as <see cref="Utf8JsonReader"/> gives them with the format's options, or null when it refuses the input.</summary>
    private static List<Token>? Reference(byte[] utf8Json)
    {
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = 64 });
        var tokens = new List<Token>();
        try
        {
            while (reader.Read())
            {
                var text = IsText(reader.TokenType) ? TextOf(ref reader) : null;
                tokens.Add(new Token(reader.TokenType, Convert.ToHexString(reader.ValueSpan), text is not null && reader.ValueIsEscaped, text, Numbers(ref reader)));
            }
        }
        catch (JsonException)
        {
            return null;
        }

        return tokens;
    }

    // The decoded text, or a marker where it is ill-formed: both readers throw InvalidOperationException then.
    private const string IllFormed = "<ill-formed>";

    private static string TextOf(ref FastJsonReader reader)
    {
        try
        {
            return reader.GetString();
        }
        catch (InvalidOperationException)
        {
            return IllFormed;
        }
    }

    private static string TextOf(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException)
        {
            return IllFormed;
        }
    }

    /// <summary>Checks the fast reader against the reference; returns whether the fast reader accepted.</summary>
    private static bool Agrees(byte[] utf8Json)
    {
        var fast = Fast(utf8Json);
        if (fast is null)
        {
            return false;
        }

        var reference = Reference(utf8Json);
        reference.Should().NotBeNull("the fast tokenizer accepted bytes Utf8JsonReader refuses: {0}", Convert.ToHexString(utf8Json));
        fast.Should().Equal(reference, "input: {0}", Encoding.UTF8.GetString(utf8Json));
        return true;
    }

    private static void Accepts(byte[] utf8Json) =>
        Agrees(utf8Json).Should().BeTrue("valid input must not be refused: {0}", Encoding.UTF8.GetString(utf8Json));

    [Fact]
    public async Task What_the_library_writes_is_read_token_for_token_as_the_reference_reads_it()
    {
        var dataset = new SyntheticDatasetGenerator(5, SyntheticDatasetOptions.ForEvents(60)).GenerateDataset();
        Accepts(NewsEventsJson.SerializeToUtf8Bytes(dataset));
        Accepts(Valid);
        foreach (var name in new[] { "minimal.json", "rich.json", "generated.json" })
        {
            Accepts(Golden.Bytes(name));
        }

        var lines = new MemoryStream();
        await JsonLinesWriter.WriteDatasetAsync(lines, dataset);
        foreach (var line in Encoding.UTF8.GetString(lines.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            Accepts(Encoding.UTF8.GetBytes(line));
        }
    }

    [Theory]
    [MemberData(nameof(JsonConformanceTests.MayAccept), MemberType = typeof(JsonConformanceTests))]
    [MemberData(nameof(JsonConformanceTests.MustReject), MemberType = typeof(JsonConformanceTests))]
    public void The_conformance_corpus_is_judged_alike(string file)
    {
        var content = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Json", "Fixtures", "jsontestsuite", file));
        var accepted = Agrees(content);
        if (file.StartsWith("n_", StringComparison.Ordinal))
        {
            accepted.Should().BeFalse("{0} is not JSON", file);
        }
    }

    [Fact]
    public void Most_of_the_valid_corpus_is_accepted_not_just_refused()
    {
        // Refusing is always safe, so a tokenizer that refused everything would pass the test above.
        var accepted = JsonConformanceTests.Files("y_")
            .Count(file => Agrees(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Json", "Fixtures", "jsontestsuite", file))));
        accepted.Should().BeGreaterThan(JsonConformanceTests.Files("y_").Length * 3 / 4);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-0")]
    [InlineData("7")]
    [InlineData("-12")]
    [InlineData("2147483647")]
    [InlineData("2147483648")]
    [InlineData("-2147483648")]
    [InlineData("-2147483649")]
    [InlineData("1.5")]
    [InlineData("1.0")]
    [InlineData("-0.000001")]
    [InlineData("3.141592653589793238462643383279")]
    [InlineData("1e3")]
    [InlineData("1E+3")]
    [InlineData("2.5e-3")]
    [InlineData("1e400")]
    [InlineData("-1e400")]
    [InlineData("1e-400")]
    [InlineData("79228162514264337593543950335")]
    [InlineData("79228162514264337593543950336")]
    [InlineData("123456789012345678901234567890123456789")]
    [InlineData("55.7558")]
    [InlineData("-179.99999999")]
    public void Numbers_convert_as_the_reference_converts_them(string number)
    {
        Accepts(Encoding.UTF8.GetBytes(number));
        Accepts(Encoding.UTF8.GetBytes($"[{number},{number} ]"));
        Accepts(Encoding.UTF8.GetBytes($"{{\"n\":{number}}}"));
    }

    [Theory]
    [InlineData("01")]
    [InlineData("-")]
    [InlineData("1.")]
    [InlineData(".5")]
    [InlineData("+1")]
    [InlineData("1e")]
    [InlineData("1e+")]
    [InlineData("0x10")]
    [InlineData("1 2")]
    [InlineData("[1,]")]
    [InlineData("{\"a\":1,}")]
    [InlineData("{\"a\" 1}")]
    [InlineData("{1:1}")]
    [InlineData("[1}")]
    [InlineData("{\"a\":1]")]
    [InlineData("truex")]
    [InlineData("nul")]
    [InlineData("\"unterminated")]
    [InlineData("\"bad \\x escape\"")]
    [InlineData("\"bad \\u12G4 escape\"")]
    [InlineData("\"tab\tinside\"")]
    [InlineData("[")]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("{}}")]
    [InlineData("[] []")]
    public void Malformed_json_is_refused(string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        Fast(bytes).Should().BeNull(json);
        Reference(bytes).Should().BeNull(json);
    }

    [Theory]
    [InlineData("\"plain ASCII\"")]
    [InlineData("\"Chloé García — Yılmaz, 東京, 😀\"")]
    [InlineData("\"quote \\\" backslash \\\\ slash \\/ controls \\b\\f\\n\\r\\t\"")]
    [InlineData("\"escaped \\u00e9 and a pair \\ud83d\\ude00\"")]
    [InlineData("\"a lone escaped surrogate \\ud83d here\"")]
    [InlineData("{\"na\\u006de\" : \"v\" , \"n2\":[true,false,null] }")]
    [InlineData(" \r\n\t[ { } , [ ] ] \n")]
    public void Text_and_white_space_read_as_the_reference_reads_them(string json) =>
        Accepts(Encoding.UTF8.GetBytes(json));

    [Fact]
    public void Ill_formed_utf8_in_a_string_fails_when_decoded_as_in_the_reference()
    {
        byte[] bytes = [(byte)'"', (byte)'a', 0xC3, (byte)'"'];
        Accepts(bytes);
        Fast(bytes)![0].Text.Should().Be(IllFormed);
    }

    [Fact]
    public void Nesting_is_read_to_depth_64_and_refused_past_it()
    {
        Accepts(Encoding.UTF8.GetBytes(new string('[', 64) + new string(']', 64)));
        var tooDeep = Encoding.UTF8.GetBytes(new string('[', 65) + new string(']', 65));
        Fast(tooDeep).Should().BeNull();
        Reference(tooDeep).Should().BeNull();
    }

    [Fact]
    public void A_byte_order_mark_is_refused_not_skipped() =>
        Fast([0xEF, 0xBB, 0xBF, (byte)'{', (byte)'}']).Should().BeNull("a refusal leaves the bytes to the generated reader");

    [Property(MaxTest = 3000)]
    public Property Damaged_json_is_never_accepted_where_the_reference_refuses_it() =>
        Prop.ForAll(MutationFuzzProperties.Damaged(Valid).ToArbitrary(), bytes => { Agrees(bytes); });
}
