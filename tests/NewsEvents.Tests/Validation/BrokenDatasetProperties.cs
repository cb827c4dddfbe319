using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NewsEvents.Streaming;
using NewsEvents.Tests.TestSupport;
using NewsEvents.Validation;

namespace NewsEvents.Tests.Validation;

/// <summary>
/// Generated datasets broken in random ways: validation reports every problem (never throws),
/// reading their JSON throws NewsEventsFormatException carrying exactly the validator's violations,
/// and validating their JSON Lines form reports the same violations, line by line.
/// </summary>
public partial class BrokenDatasetProperties
{
    private static readonly ActorId Ghost = new("ghost");

    private static Dataset Break(Dataset d, int how) => how switch
    {
        0 when !d.Actors.IsEmpty => d with { Actors = d.Actors.Add(d.Actors[0]) },
        1 when !d.Events.IsEmpty => d with { Events = d.Events.SetItem(0, d.Events[0] with { Participants = [.. d.Events[0].Participants, new Participant(Ghost, ParticipantRole.Witness)] }) },
        2 when !d.Events.IsEmpty => d with { Events = d.Events.SetItem(0, d.Events[0] with { Links = [new EventLink(EventLinkType.PartOf, d.Events[0].Id)] }) },
        3 when !d.Statements.IsEmpty => d with { Statements = d.Statements.SetItem(0, d.Statements[0] with { Speaker = Ghost }) },
        4 when !d.Claims.IsEmpty => d with { Claims = d.Claims.SetItem(0, d.Claims[0] with { Attribution = [Ghost], Links = [new ClaimLink(ClaimLinkType.Repeats, d.Claims[0].Id)] }) },
        5 when d.Claims.Length >= 2 => d with
        {
            Claims = d.Claims
                .SetItem(0, d.Claims[0] with { Links = [new ClaimLink(ClaimLinkType.Repeats, d.Claims[1].Id)] })
                .SetItem(1, d.Claims[1] with { Links = [new ClaimLink(ClaimLinkType.Repeats, d.Claims[0].Id)] }),
        },
        6 when !d.Relations.IsEmpty => d with { Relations = d.Relations.SetItem(0, d.Relations[0] with { Target = d.Relations[0].Source }) },
        7 when !d.Actors.IsEmpty && d.Documents.Any(x => x.Text is { Length: > 0 }) =>
            d with { Actors = d.Actors.SetItem(0, d.Actors[0] with { Evidence = [new Evidence(d.Documents.First(x => x.Text is { Length: > 0 }).Id, 0, 1, "\u2603")] }) },
        8 when !d.Actors.IsEmpty && d.Documents.Any(x => x.Text is not null) =>
            d with { Actors = d.Actors.SetItem(0, d.Actors[0] with { Evidence = [new Evidence(d.Documents.First(x => x.Text is not null).Id, 100_000, 100_001)] }) },
        9 when !d.Actors.IsEmpty => d with { Actors = d.Actors.SetItem(0, d.Actors[0] with { Evidence = [new Evidence(new DocumentId("nowhere"), 0, 0)] }) },
        10 when !d.Events.IsEmpty => d with { Events = d.Events.SetItem(0, d.Events[0] with { Quantities = [.. d.Events[0].Quantities, new Quantity(QuantityKind.Killed, value: -1)] }) },
        11 when !d.Claims.IsEmpty => d with { Claims = d.Claims.SetItem(0, d.Claims[0] with { Quantities = [new Quantity(QuantityKind.Count, min: 1, qualifier: QuantityQualifier.AtMost)] }) },
        12 when !d.Actors.IsEmpty && !d.Documents.IsEmpty => d with { Actors = d.Actors.SetItem(0, d.Actors[0] with { Evidence = [new Evidence(d.Documents[^1].Id, 0, 3, "ab")] }) },
        13 when d.Claims.FirstOrDefault(c => c.Statement is not null) is { } claim
            && d.Statements.FirstOrDefault(s => s.Id == claim.Statement) is { } statement
            && d.Actors.FirstOrDefault(a => a.Id != statement.Speaker) is { } other =>
            d with { Claims = d.Claims.SetItem(d.Claims.IndexOf(claim), claim with { Claimant = other.Id, Attribution = [] }) },
        _ => d with { SchemaVersion = "3.0" },
    };

    private static Gen<Dataset> Broken =>
        from dataset in DatasetGenerators.Dataset
        from hows in Gen.Choose(0, 14).ArrayOf(3)
        select hows.Aggregate(dataset, Break);

    [Property(MaxTest = 300)]
    public Property Validation_reports_and_reading_rejects_with_the_same_violations() =>
        Prop.ForAll(Arb.From(Broken), dataset =>
        {
            var report = DatasetValidator.Validate(dataset);
            report.IsValid.Should().BeFalse("every way of breaking the dataset breaks a rule");
            report.Violations.Should().OnlyContain(v => v.Path.StartsWith('$') && v.Message.Length > 0);

            var json = NewsEventsJson.Serialize(dataset);
            var thrown = FluentActions.Invoking(() => NewsEventsJson.Deserialize(json)).Should().ThrowExactly<NewsEventsFormatException>().Which;
            if (dataset.SchemaVersion == "3.0")
            {
                thrown.Violations.Should().ContainSingle().Which.Kind.Should().Be(ViolationKind.UnsupportedSchemaVersion);
            }
            else
            {
                thrown.Violations.Select(v => v with { LineNumber = null }).Should().Equal(report.Violations);
                thrown.Violations.Should().OnlyContain(v => v.LineNumber >= 1, "a violation found in a document carries its line");
                NewsEventsJson.Deserialize(json, new NewsEventsReaderOptions { Validate = false }).Should().Be(dataset);
            }
        });

    [Property(MaxTest = 300)]
    public Property The_dataset_and_its_json_lines_form_break_the_same_rules_in_the_same_words() =>
        Prop.ForAll(Arb.From(Broken), dataset =>
        {
            var whole = DatasetValidator.Validate(dataset).Violations.Select(v => AsLine(dataset, v));
            using var stream = new MemoryStream();
            JsonLinesWriter.Write(stream, JsonLinesWriter.ToRecords(dataset));
            stream.Position = 0;
            var lines = JsonLinesValidator.ValidateAsync(stream).GetAwaiter().GetResult().Violations;

            lines.Should().OnlyContain(v => v.LineNumber > 0 && v.Path.StartsWith("$.record", StringComparison.Ordinal));
            Ordered(lines).Should().Equal(Ordered(whole), "each violation of the dataset is found on the line that holds its item");
        });

    private static IEnumerable<string> Ordered(IEnumerable<Violation> violations) =>
        violations.Select(v => v.ToString()).Order(StringComparer.Ordinal);

    /// <summary>
    /// A violation of a dataset as it reads in the dataset's JSON Lines form: on the line of its item
    /// (the header first, then the documents, actors, events, statements, claims and relations), with
    /// its path within the record, and an item that a message points to named by its line.
    /// </summary>
    private static Violation AsLine(Dataset dataset, Violation violation)
    {
        var match = ItemPath().Match(violation.Path);
        var (line, rest) = match.Success && match.Index == 0 ? (LineOf(dataset, match), violation.Path[match.Length..]) : (1L, violation.Path[1..]);
        var message = ItemPath().Replace(violation.Message, m => $"line {LineOf(dataset, m)}");
        return new Violation("$.record" + rest, violation.Kind, message) { LineNumber = line };
    }

    private static long LineOf(Dataset dataset, Match item)
    {
        int[] lengths = [dataset.Documents.Length, dataset.Actors.Length, dataset.Events.Length, dataset.Statements.Length, dataset.Claims.Length, dataset.Relations.Length];
        var collection = Array.IndexOf(["documents", "actors", "events", "statements", "claims", "relations"], item.Groups[1].Value);
        return 2 + lengths.Take(collection).Sum() + long.Parse(item.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"\$\.(documents|actors|events|statements|claims|relations)\[(\d+)\]")]
    private static partial Regex ItemPath();
}
