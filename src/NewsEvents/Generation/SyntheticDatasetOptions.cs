using System.Globalization;
using NodaTime;

namespace NewsEvents.Generation;

/// <summary>The sizes and shapes of what <see cref="SyntheticDatasetGenerator"/> makes.</summary>
public sealed record SyntheticDatasetOptions
{
    /// <summary>The defaults: 1,000 events.</summary>
    public static SyntheticDatasetOptions Default { get; } = new();

    /// <summary>How many events to make; 1,000 by default. Documents, statements, claims and relations follow from it.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public int EventCount { get; init => field = NotNegative(value, nameof(EventCount)); } = 1000;

    /// <summary>
    /// How many actors to make; by default a fifth of the events, at least 40 and at most a million.
    /// The first eight are news agencies. Spokespersons come on top: one for each body that speaks
    /// through one.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 12.</exception>
    public int? ActorCount { get; init => field = AtLeast(value, 12, nameof(ActorCount), ": eight news agencies and four others"); }

    /// <summary>How many events each document reports (its last document may report fewer); 4 by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1 or more than 64.</exception>
    public int EventsPerDocument
    {
        get;
        init
        {
            if (value is < 1 or > 64)
            {
                Guard.OutOfRange("SyntheticDatasetOptions.EventsPerDocument must lie between 1 and 64.", nameof(EventsPerDocument));
            }

            field = value;
        }
    } = 4;

    /// <summary>The chance that an event comes with a statement by its initiator; 0.6 by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a probability.</exception>
    public double StatementRate { get; init => field = Probability(value, nameof(StatementRate)); } = 0.6;

    /// <summary>
    /// The chance that a statement carries a claim; 0.8 by default. It also sets how often the other
    /// claims come: a rival's denial, backing or repetition of it, rival figures, and claims for and
    /// against a disputed or denied event.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a probability.</exception>
    public double ClaimRate { get; init => field = Probability(value, nameof(ClaimRate)); } = 0.8;

    /// <summary>The chance that a document states a relation between two of its actors; 0.5 by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a probability.</exception>
    public double RelationRate { get; init => field = Probability(value, nameof(RelationRate)); } = 0.5;

    /// <summary>
    /// How many distinct propositions the claims are drawn from; by default a quarter of the events, at
    /// least 8. Few propositions make many claims about unrelated events share a wording; many make
    /// nearly every event's claims its own. The claims about one event always share its proposition.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int? PropositionCount { get; init => field = AtLeast(value, 1, nameof(PropositionCount)); }

    /// <summary>The first day documents are published on; 2019-01-01 by default.</summary>
    public LocalDate FirstDay { get; init; } = new(2019, 1, 1);

    /// <summary>How many days the documents spread over; 730 by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int Days
    {
        get;
        init
        {
            if (value < 1)
            {
                Guard.OutOfRange("SyntheticDatasetOptions.Days must be at least 1.", nameof(Days));
            }

            field = value;
        }
    } = 730;

    /// <summary>Whether documents carry their text (and evidence its quotes); true by default.</summary>
    public bool IncludeText { get; init; } = true;

    /// <summary>The options for <paramref name="eventCount"/> events, the rest by default.</summary>
    /// <param name="eventCount">How many events.</param>
    /// <returns>The options.</returns>
    public static SyntheticDatasetOptions ForEvents(int eventCount) => new() { EventCount = eventCount };

    /// <summary>The number of actors made: <see cref="ActorCount"/>, or its default.</summary>
    public int EffectiveActorCount => ActorCount ?? Math.Clamp(EventCount / 5, 40, 1_000_000);

    /// <summary>The number of distinct propositions: <see cref="PropositionCount"/>, or its default.</summary>
    public int EffectivePropositionCount => PropositionCount ?? Math.Max(EventCount / 4, 8);

    private static int NotNegative(int value, string member)
    {
        if (value < 0)
        {
            Guard.OutOfRange($"SyntheticDatasetOptions.{member} must not be negative.", member);
        }

        return value;
    }

    private static int? AtLeast(int? value, int minimum, string member, string reason = "")
    {
        if (value < minimum)
        {
            Guard.OutOfRange(string.Create(CultureInfo.InvariantCulture, $"SyntheticDatasetOptions.{member} must be at least {minimum}{reason}."), member);
        }

        return value;
    }

    private static double Probability(double value, string member)
    {
        if (!(value is >= 0 and <= 1))
        {
            Guard.OutOfRange($"SyntheticDatasetOptions.{member} must lie between 0 and 1.", member);
        }

        return value;
    }
}
