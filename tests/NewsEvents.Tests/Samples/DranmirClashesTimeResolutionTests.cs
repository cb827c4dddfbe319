using NewsEvents.Samples;
using NewsEvents.Time;
using NodaTime;

namespace NewsEvents.Tests.Samples;

/// <summary>
/// Every time expression stored in the Dranmir sample, resolved again by <see cref="TimeExpressionResolver"/>
/// against the publication day, gives the value stored with it.
/// </summary>
public class DranmirClashesTimeResolutionTests
{
    private static readonly LocalDate PublicationDay = new(2025, 3, 14);

    // The tense of the verb around each expression that points one way in the past and another in the future.
    private static readonly Dictionary<string, TenseHint> Tenses = new(StringComparer.Ordinal)
    {
        ["dranmir-clashes"] = TenseHint.Past,
        ["first-shots"] = TenseHint.Past,
        ["bridge-retaken"] = TenseHint.Past,
        ["reporters-turned-back"] = TenseHint.Past,
        ["brannick-toll"] = TenseHint.Past,
        ["nlf-toll"] = TenseHint.Past,
        ["nlf-decision"] = TenseHint.Future,
    };

    public static TheoryData<string> ItemsWithExpressions() => StoredTimes.IdsOf(SampleDatasets.DranmirClashes);

    [Fact]
    public void The_dataset_stores_every_kind_of_expression_the_article_uses()
    {
        StoredTimes.Of(SampleDatasets.DranmirClashes).Select(t => t.Time.Expression).Distinct().Should().BeEquivalentTo(
        [
            "on Thursday", "early on Thursday", "by Thursday evening", "on Friday", "on Monday", "next month", "last year",
            "in 2022", "now in its third year",
        ]);
    }

    [Fact]
    public void Every_stored_time_is_anchored_on_the_publication_day_in_UTC()
    {
        StoredTimes.Of(SampleDatasets.DranmirClashes).Should().OnlyContain(t =>
            t.Time.Anchor == TimeValue.Day(PublicationDay) && t.Time.Zone!.Id == "Etc/UTC");
    }

    [Theory]
    [MemberData(nameof(ItemsWithExpressions))]
    public void Stored_time_is_what_the_resolver_reads(string id)
    {
        var stored = StoredTimes.Of(SampleDatasets.DranmirClashes).Single(t => t.Id == id).Time;

        StoredTimes.ShouldResolveAsStored(stored, PublicationDay, Tenses.GetValueOrDefault(id, TenseHint.None), stored.Expression!);
    }
}
