using NewsEvents.Generation;
using NewsEvents.Streaming;
using NewsEvents.Tests.TestSupport;
using NewsEvents.Validation;

namespace NewsEvents.Tests.Streaming;

/// <summary>
/// A stream that can seek is validated in flat memory, its ids sorted on disk as fingerprints: whatever the
/// fingerprints, even when they are made to collide, and whatever the memory of the sorts (so little that the
/// ids take hundreds of runs), the result is the exact one-pass result, and the temporary folder is left empty
/// however the validation ends.
/// </summary>
public sealed class JsonLinesValidatorFlatMemoryTests : IDisposable
{
    private const ulong LowBits = (1UL << 48) - 1;

    private static readonly Dataset Generated = new SyntheticDatasetGenerator(7, SyntheticDatasetOptions.ForEvents(300)).GenerateDataset();

    private readonly ScratchDirectory _temporary = new();

    /// <summary>
    /// Fingerprints that collide: every id alike, or every id that starts with the same two characters (a13 and a17, e1 and e100);
    /// or that nearly do, every id with the same top 16 bits or the same 48 bits below them, so that sorted ids are told apart
    /// by one part of their fingerprint only.
    /// </summary>
    public static TheoryData<string> Collisions => ["all alike", "two characters", "one bucket", "same low 48 bits", "none forced"];

    [Theory]
    [MemberData(nameof(Collisions))]
    public async Task Colliding_fingerprints_of_a_valid_stream_give_no_violation(string collisions)
    {
        var bytes = Lines(Generated);

        var (report, validator) = await Flat(bytes, collisions);

        report.Violations.Should().BeEmpty("a shared fingerprint is confirmed by the ids themselves before anything is reported");
        (await Exact(bytes)).Violations.Should().BeEmpty();
        validator.RunCount.Should().BeGreaterThan(20, "4 KiB holds a few hundred ids: the sorts spill to many runs and merge them in several steps");
        _temporary.Entries.Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(Collisions))]
    public async Task Colliding_fingerprints_of_a_broken_stream_give_the_exact_violations(string collisions)
    {
        var statement = Generated.Statements[0];
        var claim = Generated.Claims.First(c => c.Statement == statement.Id);
        var other = Generated.Actors.First(a => a.Id != statement.Speaker && a.Id.Value.StartsWith(statement.Speaker.Value[..2], StringComparison.Ordinal));
        var last = Generated.Events[^1];
        var span = last.Evidence[0];
        var misquoted = new Evidence(span.Document, span.Start, span.End, new string('x', span.Length));
        var broken = Generated with
        {
            Actors = Generated.Actors.Add(Generated.Actors[5]),
            Events = Generated.Events
                .SetItem(0, Generated.Events[0] with { Participants = [.. Generated.Events[0].Participants, new Participant(new ActorId("ghost"), ParticipantRole.Witness)] })
                .SetItem(Generated.Events.Length - 1, last with { Evidence = last.Evidence.SetItem(0, misquoted) }),
            Claims = Generated.Claims.SetItem(Generated.Claims.IndexOf(claim), claim with { Claimant = other.Id, Attribution = [] }),
        };
        var bytes = Lines(broken);

        var (flat, validator) = await Flat(bytes, collisions);
        var exact = await Exact(bytes);

        exact.Violations.Select(v => v.Kind).Should().BeEquivalentTo([ViolationKind.DuplicateId, ViolationKind.UnknownReference, ViolationKind.StatementNotByClaimant, ViolationKind.QuoteMismatch]);
        flat.Violations.Should().Equal(exact.Violations);
        flat.Count.Should().Be(exact.Count);
        validator.RecordCount.Should().Be(JsonLinesWriter.ToRecords(broken).Count());
        validator.RunCount.Should().BeGreaterThan(20);
        _temporary.Entries.Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(Collisions))]
    public async Task A_statement_given_to_someone_who_made_none_of_its_claims_is_named_exactly(string collisions)
    {
        // The statement's speaker, not a claim, is what changed; and a claim is attributed to nobody known.
        var statement = Generated.Statements.First(s => Generated.Claims.Any(c => c.Statement == s.Id));
        var speaker = Generated.Actors.First(a => a.Id != statement.Speaker && a.Id.Value.StartsWith(statement.Speaker.Value[..2], StringComparison.Ordinal)
            && !Generated.Claims.Any(c => c.Statement == statement.Id && (c.Claimant == a.Id || c.Attribution.Contains(a.Id))));
        var unrelated = Generated.Claims.First(c => c.Statement != statement.Id);
        var bytes = Lines(Generated with
        {
            Statements = Generated.Statements.Replace(statement, statement with { Speaker = speaker.Id }),
            Claims = Generated.Claims.Replace(unrelated, unrelated with { Attribution = [.. unrelated.Attribution, new ActorId("nobody")] }),
        });

        var (flat, _) = await Flat(bytes, collisions);
        var exact = await Exact(bytes);

        exact.Violations.Select(v => v.Kind).Distinct().Should().BeEquivalentTo([ViolationKind.UnknownReference, ViolationKind.StatementNotByClaimant]);
        flat.Violations.Should().Equal(exact.Violations);
    }

    [Theory]
    [MemberData(nameof(Collisions))]
    public async Task Circles_of_repeats_are_reported_as_in_one_pass(string collisions)
    {
        // Claims far apart repeat each other in a circle, and a later claim with the first one's id leads into it.
        var claims = Generated.Claims;
        var (first, middle, last) = (claims[3], claims[claims.Length / 2], claims[^2]);
        var broken = Generated with
        {
            Claims = claims
                .SetItem(3, first with { Links = [new ClaimLink(ClaimLinkType.Supports, middle.Id), new ClaimLink(ClaimLinkType.Repeats, middle.Id)] })
                .SetItem(claims.Length / 2, middle with { Links = [new ClaimLink(ClaimLinkType.Repeats, last.Id)] })
                .SetItem(claims.Length - 2, last with { Links = [new ClaimLink(ClaimLinkType.Repeats, first.Id)] })
                .Add(claims[^1] with { Id = first.Id, Links = [new ClaimLink(ClaimLinkType.Repeats, middle.Id)] }),
        };
        var bytes = Lines(broken);

        var (flat, _) = await Flat(bytes, collisions);
        var exact = await Exact(bytes);

        exact.Violations.Where(v => v.Kind == ViolationKind.RepeatCycle).Should().ContainSingle();
        flat.Violations.Should().Equal(exact.Violations);
        _temporary.Entries.Should().BeEmpty();
    }

    [Fact]
    public async Task Texts_are_held_while_near_records_may_cite_them_not_for_the_whole_stream()
    {
        var records = new SyntheticDatasetGenerator(7, SyntheticDatasetOptions.ForEvents(10_000)).GenerateRecords().ToList();
        var texts = records.Select(r => r.Value).OfType<Document>().Sum(d => d.Text!.Length);
        var bytes = Lines(records);

        var (report, flat) = await Flat(bytes, "none forced");
        var exact = new JsonLinesValidator(texts);
        await exact.ValidateStreamAsync(new ForwardOnly(bytes));

        report.Violations.Should().BeEmpty();
        exact.MostTextChars.Should().Be(texts, "without knowing which records cite a text, every text is kept while the budget allows");
        flat.MostTextChars.Should().BeLessThan(texts / 4, "the generator writes each document shortly before the records that cite it");
    }

    [Fact]
    public async Task A_quote_far_from_its_document_is_checked_against_its_text()
    {
        var dataset = new SyntheticDatasetGenerator(7, SyntheticDatasetOptions.ForEvents(2_000)).GenerateDataset();
        var last = dataset.Claims[^1];
        var span = last.Evidence[0];
        var broken = dataset with { Claims = dataset.Claims.SetItem(dataset.Claims.Length - 1, last with { Evidence = [new Evidence(span.Document, span.Start, span.End, new string('x', span.Length))] }) };
        var records = JsonLinesWriter.ToRecords(broken).ToList();
        var distance = records.Count - records.FindIndex(r => r.Document?.Id == span.Document);
        var bytes = Lines(records);

        var (flat, _) = await Flat(bytes, "none forced");

        distance.Should().BeGreaterThan(SortedIdBook.TextWindow, "every document comes first in a dataset's records");
        flat.Violations.Should().ContainSingle().Which.Kind.Should().Be(ViolationKind.QuoteMismatch);
        flat.Violations.Should().Equal((await Exact(bytes)).Violations);
    }

    [Fact]
    public async Task Records_read_twice_are_validated_with_the_exact_result_and_handed_on_once_each()
    {
        var records = JsonLinesWriter.ToRecords(Generated with { Actors = Generated.Actors.RemoveAt(3) }).ToList();
        var handed = new List<JsonLinesRecord>();
        var reads = 0;

        var flat = await new JsonLinesValidator { TemporaryFolder = _temporary.Root }.ValidateRecordsAsync(
            () => { reads++; return records.ToAsyncEnumerable(); },
            (record, _) => { handed.Add(record); return ValueTask.CompletedTask; });

        flat.Violations.Should().NotBeEmpty().And.Equal(JsonLinesValidator.Validate(records).Violations);
        handed.Should().Equal(records);
        reads.Should().Be(2, "the ids are sorted on disk, then every record is checked");
        _temporary.Entries.Should().BeEmpty();
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

    [Fact]
    public async Task Records_that_change_between_the_passes_stop_the_validation_and_leave_no_runs()
    {
        var records = JsonLinesWriter.ToRecords(Generated).ToList();
        var changed = JsonLinesWriter.ToRecords(Generated with { Events = Generated.Events.SetItem(4, Generated.Events[4] with { Id = new EventId("elsewhere") }) }).ToList();
        var reads = 0;
        var validator = new JsonLinesValidator { SortMemoryBytes = JsonLinesValidator.LeastSortMemoryBytes, TemporaryFolder = _temporary.Root };

        var act = () => validator.ValidateRecordsAsync(() => (++reads == 1 ? records : changed).ToAsyncEnumerable());

        await act.Should().ThrowAsync<InvalidOperationException>().WithMessage("*records changed between the passes*");
        _temporary.Entries.Should().BeEmpty();
    }

    [Fact]
    public async Task A_validation_cancelled_with_runs_on_disk_leaves_none()
    {
        using var cancel = new CancellationTokenSource();
        var records = JsonLinesWriter.ToRecords(Generated).ToList();
        var reads = 0;
        var validator = new JsonLinesValidator { SortMemoryBytes = JsonLinesValidator.LeastSortMemoryBytes, TemporaryFolder = _temporary.Root };

        var act = () => validator.ValidateRecordsAsync(() => ++reads == 2 ? RecordStreams.CancelHalfway(records, cancel) : records.ToAsyncEnumerable(), cancellationToken: cancel.Token);

        await act.Should().ThrowAsync<OperationCanceledException>();
        reads.Should().Be(2, "the validation was cancelled in its second pass, with the runs of the first on disk");
        validator.RunCount.Should().BeGreaterThan(20);
        _temporary.Entries.Should().BeEmpty();
    }

    [Fact]
    public async Task A_temporary_folder_that_cannot_be_written_is_an_IO_error()
    {
        var file = Path.Combine(_temporary.Root, "a file");
        await File.WriteAllTextAsync(file, "not a folder");
        var validator = new JsonLinesValidator { TemporaryFolder = file };

        var act = () => validator.ValidateStreamAsync(new MemoryStream(Lines(Generated)));

        await act.Should().ThrowAsync<IOException>();
    }

    [Fact]
    public void Less_than_the_least_sort_memory_is_refused_with_the_rule()
    {
        var act = () => new JsonLinesValidator { SortMemoryBytes = JsonLinesValidator.LeastSortMemoryBytes - 1 };

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*at least 4096 bytes*");
    }

    public void Dispose() => _temporary.Dispose();

    private static Func<string, ulong> Fingerprint(string collisions) => collisions switch
    {
        "all alike" => _ => 7,
        "two characters" => id => IdFingerprint.Of(id[..Math.Min(2, id.Length)]),
        "one bucket" => id => (7UL << 48) | (IdFingerprint.Of(id) & LowBits),
        "same low 48 bits" => id => (IdFingerprint.Of(id) & ~LowBits) | 7,
        _ => IdFingerprint.Of,
    };

    private async Task<(ValidationReport Report, JsonLinesValidator Validator)> Flat(byte[] bytes, string collisions)
    {
        var validator = new JsonLinesValidator(_ => { }, keep: int.MaxValue)
        {
            Fingerprint = Fingerprint(collisions),
            SortMemoryBytes = JsonLinesValidator.LeastSortMemoryBytes,
            TemporaryFolder = _temporary.Root,
        };
        return (await validator.ValidateStreamAsync(new MemoryStream(bytes)), validator);
    }

    /// <summary>The one-pass result, every id held: what a stream that cannot seek gets.</summary>
    private static Task<ValidationReport> Exact(byte[] bytes) => JsonLinesValidator.ValidateAsync(new ForwardOnly(bytes));

    private static byte[] Lines(Dataset dataset) => Lines(JsonLinesWriter.ToRecords(dataset));

    private static byte[] Lines(IEnumerable<JsonLinesRecord> records)
    {
        using var stream = new MemoryStream();
        JsonLinesWriter.Write(stream, records);
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
