using NewsEvents.Samples;
using NewsEvents.Time;
using NodaTime;

namespace NewsEvents.Tests.Samples;

/// <summary>
/// Every time expression stored in the sample dataset, resolved again by <see cref="TimeExpressionResolver"/>
/// against the publication day, gives the value stored with it.
/// </summary>
public class MoscowTalksTimeResolutionTests
{
    private static readonly LocalDate PublicationDay = new(2020, 1, 13);

    // The tense of the verb around each expression that points one way in the past and another in the future.
    private static readonly Dictionary<string, TenseHint> Tenses = new(StringComparer.Ordinal)
    {
        ["sunday-lull"] = TenseHint.Past,
        ["truce-skirmishes"] = TenseHint.Past,
        ["berlin-summit"] = TenseHint.Future,
        ["benghazi-rally"] = TenseHint.Future,
        ["haftar-decision"] = TenseHint.Future,
        ["tripoli-offensive"] = TenseHint.Past,
        ["merkel-host-summit"] = TenseHint.Past,
    };

    // Times anchored on another event rather than on the publication: the resolver reads their date part.
    private static readonly Dictionary<string, string> EventAnchored = new(StringComparer.Ordinal)
    {
        ["since the toppling of Muammar Gaddafi in 2011"] = "since 2011",
    };

    public static TheoryData<string> ItemsWithExpressions() => StoredTimes.IdsOf(SampleDatasets.MoscowTalks);

    [Fact]
    public void The_dataset_stores_every_kind_of_expression_the_article_uses()
    {
        StoredTimes.Of(SampleDatasets.MoscowTalks).Select(t => t.Time.Expression).Distinct().Should().Contain(
        [
            "on Monday", "until Tuesday morning", "on Sunday", "on Saturday", "on Tuesday", "in February 2019", "in April",
            "in 2011", "since the toppling of Muammar Gaddafi in 2011", "earlier this month", "in recent weeks",
            "nine-month war", "late at night",
        ]);
    }

    [Theory]
    [MemberData(nameof(ItemsWithExpressions))]
    public void Stored_time_is_what_the_resolver_reads(string id)
    {
        var stored = StoredTimes.Of(SampleDatasets.MoscowTalks).Single(t => t.Id == id).Time;
        var expression = EventAnchored.GetValueOrDefault(stored.Expression!, stored.Expression!);

        StoredTimes.ShouldResolveAsStored(stored, PublicationDay, Tenses.GetValueOrDefault(id, TenseHint.None), expression);
    }
}
