using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NewsEvents.Tests.TestSupport;
using NewsEvents.Validation;

namespace NewsEvents.Tests.Validation;

/// <summary>
/// Generated datasets broken in random ways: validation reports every problem (never throws), and
/// reading their JSON throws NewsEventsFormatException carrying exactly the validator's violations.
/// </summary>
public class BrokenDatasetProperties
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
        _ => d with { SchemaVersion = "3.0" },
    };

    private static Gen<Dataset> Broken =>
        from dataset in DatasetGenerators.Dataset
        from hows in Gen.Choose(0, 10).ArrayOf(3)
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
                thrown.Violations.Should().Equal(report.Violations);
                NewsEventsJson.Deserialize(json, new NewsEventsReaderOptions { Validate = false }).Should().Be(dataset);
            }
        });
}
