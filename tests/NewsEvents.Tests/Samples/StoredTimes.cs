using NewsEvents.Time;
using NodaTime;

namespace NewsEvents.Tests.Samples;

/// <summary>The time values a sample stores with their expressions, and the check that the resolver reads each one back.</summary>
internal static class StoredTimes
{
    public static IEnumerable<(string Id, TimeValue Time)> Of(Dataset dataset) =>
        dataset.Events.Select(e => (e.Id.Value, e.Time))
            .Concat(dataset.Statements.Select(s => (s.Id.Value, s.Time)))
            .Concat(dataset.Relations.Select(r => (r.Id.Value, r.Time)))
            .Where(t => t.Time?.Expression is not null)
            .Select(t => (t.Item1, t.Time!));

    /// <summary>The ids of the items that store a time with its expression, for a theory.</summary>
    public static TheoryData<string> IdsOf(Dataset dataset) => [.. Of(dataset).Select(t => t.Id)];

    /// <summary>
    /// Resolves <paramref name="expression"/> at noon of <paramref name="publicationDay"/> in the stored zone and
    /// checks that it gives the stored value (or, for an expression that names a length, the stored duration).
    /// </summary>
    public static void ShouldResolveAsStored(TimeValue stored, LocalDate publicationDay, TenseHint tense, string expression)
    {
        var anchor = publicationDay.At(new LocalTime(12, 0)).InZoneStrictly(stored.Zone!);

        var resolution = TimeExpressionResolver.Resolve(expression, anchor, tense);

        if (resolution.Kind == TimeResolutionKind.Duration)
        {
            resolution.Duration.Should().Be(stored.Duration, "'{0}' names a duration", expression);
            return;
        }

        resolution.Kind.Should().Be(TimeResolutionKind.Value, resolution.Message);
        resolution.Value.Should().Be(stored with { Expression = expression });
    }
}
