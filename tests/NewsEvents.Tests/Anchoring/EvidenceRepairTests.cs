using NewsEvents.Anchoring;
using NewsEvents.Samples;
using NewsEvents.Validation;

namespace NewsEvents.Tests.Anchoring;

public class EvidenceRepairTests
{
    /// <summary>The sample with one character inserted into its article after <paramref name="at"/> UTF-16 units: every later span is off by one.</summary>
    private static Dataset Edited(int at)
    {
        var sample = SampleDatasets.MoscowTalks;
        var document = sample.Documents[0];
        return sample with { Documents = sample.Documents.SetItem(0, document with { Text = document.Text!.Insert(at, "¶") }) };
    }

    [Fact]
    public void One_inserted_character_breaks_every_later_quote_and_repair_moves_them_all_back()
    {
        var edited = Edited(at: 1);
        var broken = DatasetValidator.Validate(edited).Violations;
        broken.Should().HaveCountGreaterThan(50).And.OnlyContain(v => v.Kind == ViolationKind.QuoteMismatch);
        broken.Should().OnlyContain(v => v.Message.Contains("The quoted words occur at", StringComparison.Ordinal), "each mismatch says where the words are");

        var result = EvidenceRepair.Repair(edited);

        result.Moved.Should().HaveCount(broken.Length);
        result.NotFound.Should().BeEmpty();
        result.IsComplete.Should().BeTrue();
        result.Moved.Should().OnlyContain(m => m.After!.Start == m.Before.Start + 1 && m.After.End == m.Before.End + 1 && m.After.Quote == m.Before.Quote);
        result.Moved.Select(m => m.Path).Should().Equal(broken.Select(v => v.Path[..^".quote".Length]));
        DatasetValidator.Validate(result.Dataset).IsValid.Should().BeTrue();
        result.Dataset.Documents.Should().Equal(edited.Documents);
    }

    [Fact]
    public void A_dataset_whose_quotes_match_is_left_as_it_is()
    {
        var result = EvidenceRepair.Repair(SampleDatasets.MoscowTalks);

        result.Moved.Should().BeEmpty();
        result.NotFound.Should().BeEmpty();
        result.Dataset.Should().Be(SampleDatasets.MoscowTalks);
    }

    [Fact]
    public void A_quote_that_no_longer_occurs_is_reported_and_left_where_it_was()
    {
        var document = new Document { Id = new DocumentId("d"), Text = "😀 Haftar left Moscow. Haftar" };
        var gone = new Evidence(document.Id, 2, 8, "Hafter");
        var shifted = new Evidence(document.Id, 3, 9, "Haftar");
        var withoutText = new Evidence(new DocumentId("nowhere"), 0, 4, "Anka");
        var unquoted = new Evidence(document.Id, 100, 104);
        var dataset = new Dataset
        {
            Id = new DatasetId("x"),
            Documents = [document],
            Actors = [new Actor { Id = new ActorId("a"), Kind = ActorKind.Person, Name = "Haftar", Evidence = [gone, shifted, withoutText, unquoted] }],
            Relations = [new Relation { Id = new RelationId("r"), Type = RelationType.Opposes, Source = new ActorId("a"), Target = new ActorId("b"), Evidence = [new Evidence(document.Id, 20, 26, "Haftar")] }],
        };

        var result = EvidenceRepair.Repair(dataset);

        result.Moved.Should().Equal(
            new EvidenceMove("$.actors[0].evidence[1]", shifted, new Evidence(document.Id, 2, 8, "Haftar")),
            new EvidenceMove("$.relations[0].evidence[0]", new Evidence(document.Id, 20, 26, "Haftar"), new Evidence(document.Id, 22, 28, "Haftar")));
        result.NotFound.Should().Equal(new EvidenceMove("$.actors[0].evidence[0]", gone, null));
        result.IsComplete.Should().BeFalse();
        result.Dataset.Actors[0].Evidence.Should().Equal(gone, new Evidence(document.Id, 2, 8, "Haftar"), withoutText, unquoted);
        result.NotFound[0].ToString().Should().Be("$.actors[0].evidence[0]: \"Hafter\" not found in document 'd'");
        result.Moved[0].ToString().Should().Be("$.actors[0].evidence[1]: 3..9 → 2..8 \"Haftar\"");
    }

    [Fact]
    public void A_null_dataset_is_an_argument_error() =>
        FluentActions.Invoking(() => EvidenceRepair.Repair(null!)).Should().ThrowExactly<ArgumentNullException>();
}
