using NewsEvents.Generation;
using NewsEvents.Streaming;
using NewsEvents.Validation;

namespace NewsEvents.Tests.Streaming;

/// <summary>
/// A stream that can seek is validated in flat memory, its ids held as fingerprints: whatever the
/// fingerprints, even when they are made to collide, the result is the exact one-pass result.
/// </summary>
public class JsonLinesValidatorFlatMemoryTests
{
    private static readonly Dataset Generated = new SyntheticDatasetGenerator(7, SyntheticDatasetOptions.ForEvents(300)).GenerateDataset();

    /// <summary>Fingerprints that collide: every id alike, or every id that starts with the same two characters (a13 and a17, e1 and e100).</summary>
    public static TheoryData<string> Collisions => ["all alike", "two characters", "none forced"];

    [Theory]
    [MemberData(nameof(Collisions))]
    public async Task Colliding_fingerprints_of_a_valid_stream_give_no_violation(string collisions)
    {
        var bytes = Lines(Generated);

        var (report, _) = await Flat(bytes, collisions);

        report.Violations.Should().BeEmpty("a shared fingerprint is confirmed by the ids themselves before anything is reported");
        (await Exact(bytes)).Violations.Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(Collisions))]
    public async Task Colliding_fingerprints_of_a_broken_stream_give_the_exact_violations(string collisions)
    {
        var statement = Generated.Statements[0];
        var claim = Generated.Claims.First(c => c.Statement == statement.Id);
        var other = Generated.Actors.First(a => a.Id != statement.Speaker && a.Id.Value.StartsWith(statement.Speaker.Value[..2], StringComparison.Ordinal));
        var broken = Generated with
        {
            Actors = Generated.Actors.Add(Generated.Actors[5]),
            Events = Generated.Events.SetItem(0, Generated.Events[0] with { Participants = [.. Generated.Events[0].Participants, new Participant(new ActorId("ghost"), ParticipantRole.Witness)] }),
            Claims = Generated.Claims.SetItem(Generated.Claims.IndexOf(claim), claim with { Claimant = other.Id, Attribution = [] }),
        };
        var bytes = Lines(broken);

        var (flat, validator) = await Flat(bytes, collisions);
        var exact = await Exact(bytes);

        exact.Violations.Select(v => v.Kind).Should().BeEquivalentTo([ViolationKind.DuplicateId, ViolationKind.UnknownReference, ViolationKind.StatementNotByClaimant]);
        flat.Violations.Should().Equal(exact.Violations);
        flat.Count.Should().Be(exact.Count);
        validator.RecordCount.Should().Be(JsonLinesWriter.ToRecords(broken).Count());
    }

    [Fact]
    public async Task A_stream_that_cannot_seek_is_validated_in_one_pass_with_the_same_result()
    {
        var bytes = Lines(Generated with { Actors = Generated.Actors.RemoveAt(3) });

        var exact = await Exact(bytes);

        exact.Violations.Should().NotBeEmpty().And.OnlyContain(v => v.Kind == ViolationKind.UnknownReference);
        (await JsonLinesValidator.ValidateAsync(new MemoryStream(bytes))).Violations.Should().Equal(exact.Violations);
    }

    [Fact]
    public async Task A_validator_given_records_cannot_validate_a_whole_stream()
    {
        var validator = new JsonLinesValidator();
        validator.Add(JsonLinesRecord.From(Generated.Actors[0]));

        var act = () => validator.ValidateStreamAsync(new MemoryStream(Lines(Generated)));

        await act.Should().ThrowAsync<InvalidOperationException>().WithMessage("*fresh one*");
    }

    private static Func<string, ulong> Fingerprint(string collisions) => collisions switch
    {
        "all alike" => _ => 7,
        "two characters" => id => FingerprintIdBook.Fingerprint(id[..Math.Min(2, id.Length)]),
        _ => FingerprintIdBook.Fingerprint,
    };

    private static async Task<(ValidationReport Report, JsonLinesValidator Validator)> Flat(byte[] bytes, string collisions)
    {
        var validator = new JsonLinesValidator(_ => { }, keep: int.MaxValue) { Fingerprint = Fingerprint(collisions) };
        return (await validator.ValidateStreamAsync(new MemoryStream(bytes)), validator);
    }

    /// <summary>The one-pass result, every id held: what a stream that cannot seek gets.</summary>
    private static Task<ValidationReport> Exact(byte[] bytes) => JsonLinesValidator.ValidateAsync(new ForwardOnly(bytes));

    private static byte[] Lines(Dataset dataset)
    {
        using var stream = new MemoryStream();
        JsonLinesWriter.Write(stream, JsonLinesWriter.ToRecords(dataset));
        return stream.ToArray();
    }

    private sealed class ForwardOnly(byte[] bytes) : ReadOnlyTestStream
    {
        private int _at;

        public override long Length => bytes.Length;

        public override long Position
        {
            get => _at;
            set => throw new NotSupportedException();
        }

        public override int Read(Span<byte> buffer)
        {
            var count = Math.Min(buffer.Length, bytes.Length - _at);
            bytes.AsSpan(_at, count).CopyTo(buffer);
            _at += count;
            return count;
        }
    }
}
