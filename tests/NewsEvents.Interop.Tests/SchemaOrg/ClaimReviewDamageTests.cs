using FsCheck;
using FsCheck.Fluent;
using NewsEvents.Interop.SchemaOrg;

namespace NewsEvents.Interop.Tests.SchemaOrg;

/// <summary>Damaged ClaimReview files: whatever the bytes, the import reads them or refuses them with a format error, never anything else.</summary>
public class ClaimReviewDamageTests
{
    private static readonly byte[][] Files =
    [
        .. new[] { "claimreview_defacto_afp_factuel_2022.json", "claimreview_eg-0324.jsonld", "claimreview_eg-0325.jsonld", "claimreview_legacy_2016_issue1061.jsonld" }
            .Select(f => File.ReadAllBytes(Fixtures.PathOf("schemaorg/" + f))),
    ];

    // Bytes that matter to JSON and to the importer: structure, quotes, escapes, digits, a non-ASCII lead byte.
    private static readonly byte[] Interesting = "{}[]\":,\\u0d1 -.Ee\x00\xC3\xED\xF0"u8.ToArray();

    private static Gen<byte[]> Damaged =>
        from file in Gen.Elements(Files)
        from edits in Gen.Choose(1, 6)
        from positions in Gen.ArrayOf(Gen.Choose(0, file.Length - 1), edits)
        from bytes in Gen.ArrayOf(Gen.Elements(Interesting), edits)
        from kinds in Gen.ArrayOf(Gen.Choose(0, 2), edits)
        select Damage(file, positions, bytes, kinds);

    [Fact]
    public void Damaged_files_are_read_or_refused_with_a_format_error() =>
        Prop.ForAll(Damaged.ToArbitrary(), bytes =>
        {
            try
            {
                new ClaimReviewImporter().Read([ImportSource.FromBytes("damaged.json", bytes)], new DatasetId("d"));
            }
            catch (NewsEventsFormatException e)
            {
                e.Message.Should().StartWith("damaged.json: ");
            }
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(500));

    private static byte[] Damage(byte[] file, int[] positions, byte[] bytes, int[] kinds)
    {
        var damaged = file.ToList();
        for (var i = 0; i < positions.Length; i++)
        {
            var at = Math.Min(positions[i], damaged.Count - 1);
            switch (kinds[i])
            {
                case 0:
                    damaged[at] = bytes[i];
                    break;
                case 1:
                    damaged.Insert(at, bytes[i]);
                    break;
                default:
                    damaged.RemoveAt(at);
                    break;
            }
        }

        return [.. damaged];
    }
}
