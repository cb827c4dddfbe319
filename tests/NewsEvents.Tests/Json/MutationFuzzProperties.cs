using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace NewsEvents.Tests.Json;

/// <summary>
/// Random damage to valid JSON (flipped, deleted, inserted and duplicated bytes, swapped tokens):
/// reading either succeeds or throws <see cref="NewsEventsFormatException"/>, in the strict mode and
/// in the newer-minor-version mode, and never throws anything else.
/// </summary>
public class MutationFuzzProperties
{
    private static readonly byte[] Strict = Encoding.UTF8.GetBytes(HostileJson.Valid);

    private static readonly byte[] Newer = Encoding.UTF8.GetBytes(HostileJson.Replace("\"schemaVersion\": \"1.0\"", "\"schemaVersion\": \"1.2\""));

    private static readonly string[] Tokens =
    [
        "null", "true", "0", "-1", "1e400", "046", "\"\"", "\" \"", "\"\\ud800\"", "\"\\udc00x\"", "{}", "[]", "[null]", ",", ":", "\"x\":1,", "\"id\"", "{\"a\":",
        "\"2.0\"", "\"1.2\"", "\"State\"", "\"cameo\"", "\"46a\"", "99999999999", "1.5", "\"\\u0000\"", "\"a b\"", "\"http://\"", "\"Europe/Nowhere\"",
    ];

    internal static Gen<byte[]> Damaged(byte[] valid) =>
        from edits in Gen.Choose(1, 4)
        from operations in Gen.Choose(0, 4).Zip(Gen.Choose(0, valid.Length - 1)).Zip(Gen.Choose(0, 255).Zip(Gen.Elements(Tokens))).ArrayOf(edits)
        select operations.Aggregate(valid, (bytes, op) => Apply(bytes, op.Item1.Item1, op.Item1.Item2 % Math.Max(bytes.Length, 1), (byte)op.Item2.Item1, op.Item2.Item2));

    private static byte[] Apply(byte[] bytes, int operation, int at, byte value, string token)
    {
        if (bytes.Length == 0)
        {
            return [value];
        }

        return operation switch
        {
            0 => [.. bytes[..at], value, .. bytes[(at + 1)..]],
            1 => [.. bytes[..at], .. bytes[(at + 1)..]],
            2 => [.. bytes[..at], value, .. bytes[at..]],
            3 => [.. bytes[..at], .. Encoding.UTF8.GetBytes(token), .. bytes[at..]],
            _ => [.. bytes[..at], .. Encoding.UTF8.GetBytes(token), .. bytes[Math.Min(bytes.Length, at + token.Length)..]],
        };
    }

    private static void ReadOrReject(byte[] json, NewsEventsReaderOptions options)
    {
        try
        {
            NewsEventsJson.Deserialize(json, options);
        }
        catch (NewsEventsFormatException e)
        {
            e.Violations.Should().NotBeEmpty();
            e.Message.Should().NotBeNullOrWhiteSpace();
        }
    }

    [Property(MaxTest = 1500)]
    public Property Damaged_JSON_is_read_or_rejected_with_the_format_exception() =>
        Prop.ForAll(Arb.From(Damaged(Strict)), json => ReadOrReject(json, NewsEventsReaderOptions.Default));

    [Property(MaxTest = 1500)]
    public Property Damaged_JSON_of_a_newer_minor_version_is_read_or_rejected_with_the_format_exception() =>
        Prop.ForAll(Arb.From(Damaged(Newer)), json => ReadOrReject(json, new NewsEventsReaderOptions { AllowNewerMinorVersion = true, Warning = _ => { } }));

    [Property(MaxTest = 500)]
    public Property Damaged_JSON_is_rejected_the_same_way_as_text() =>
        Prop.ForAll(Arb.From(Damaged(Strict)), json =>
        {
            var text = Encoding.UTF8.GetString(json);
            try
            {
                NewsEventsJson.Deserialize(text);
            }
            catch (NewsEventsFormatException)
            {
            }
        });
}
