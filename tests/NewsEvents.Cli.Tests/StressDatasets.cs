namespace NewsEvents.Cli.Tests;

/// <summary>Valid datasets of the shapes that once made outputs grow faster than their input.</summary>
internal static class StressDatasets
{
    /// <summary><paramref name="count"/> claims of one proposition by as many actors, asserting and denying by turns.</summary>
    public static Dataset OneProposition(int count) => new()
    {
        Id = new DatasetId("one-proposition"),
        Actors = [.. Enumerable.Range(0, count).Select(i => new Actor { Id = new ActorId($"a{i}"), Kind = ActorKind.Person, Name = $"Actor {i}" })],
        Claims =
        [
            .. Enumerable.Range(0, count).Select(i => new Claim
            {
                Id = new ClaimId($"c{i}"),
                Claimant = new ActorId($"a{i}"),
                Proposition = "Haftar will sign the ceasefire",
                Polarity = i % 2 == 0 ? ClaimPolarity.Positive : ClaimPolarity.Negative,
                Certainty = ClaimCertainty.Certain,
            }),
        ],
    };

    /// <summary>One event with <paramref name="count"/> participants, half of them mediators.</summary>
    public static Dataset OneCrowdedEvent(int count) => new()
    {
        Id = new DatasetId("one-crowded-event"),
        Actors = [.. Enumerable.Range(0, count).Select(i => new Actor { Id = new ActorId($"a{i}"), Kind = ActorKind.Organization, Name = $"Delegation {i}" })],
        Events =
        [
            new Event
            {
                Id = new EventId("conference"),
                Type = EventType.Summit,
                Status = EventStatus.Occurred,
                Participants = [.. Enumerable.Range(0, count).Select(i => new Participant(new ActorId($"a{i}"), i % 2 == 0 ? ParticipantRole.Attendee : ParticipantRole.Mediator))],
            },
        ],
    };
}
