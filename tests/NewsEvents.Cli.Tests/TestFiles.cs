using System.Collections.Immutable;
using System.Text;

namespace NewsEvents.Cli.Tests;

/// <summary>A temporary directory of test inputs, deleted afterwards.</summary>
public sealed class TestFiles : IDisposable
{
    private readonly DirectoryInfo _directory = System.IO.Directory.CreateTempSubdirectory("newsevents-cli-tests-");

    /// <summary>A small valid dataset: one article, three actors, a held and a planned event, a statement and two contradicting claims.</summary>
    public static Dataset Small { get; } = CreateSmall();

    public string Directory => _directory.FullName;

    public string Write(string name, string text)
    {
        var path = Path.Combine(_directory.FullName, name);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }

    public string Write(string name, Dataset dataset) => Write(name, NewsEventsJson.Serialize(dataset));

    public string Missing(string name) => Path.Combine(_directory.FullName, name);

    /// <summary>The small dataset with two references to nothing: an event participant and a claimant.</summary>
    public static Dataset WithBrokenReferences()
    {
        var small = Small;
        return small with
        {
            Events = small.Events.SetItem(0, small.Events[0] with { Participants = [new Participant(new ActorId("nobody"), ParticipantRole.Initiator)] }),
            Claims = small.Claims.SetItem(1, small.Claims[1] with { Claimant = new ActorId("ghost") }),
        };
    }

    public void Dispose() => _directory.Delete(recursive: true);

    private static Dataset CreateSmall()
    {
        const string Text = "Talks in Moscow ended on Monday. Haftar left without signing. A summit is planned in Berlin.";
        var doc = new DocumentId("d1");
        return new Dataset
        {
            Id = new DatasetId("small"),
            Title = "Small test dataset",
            Documents = [new Document { Id = doc, Title = "Talks end", Publisher = "The Test Times", Text = Text }],
            Actors =
            [
                new Actor { Id = new ActorId("haftar"), Kind = ActorKind.Person, Name = "Khalifa Haftar", Country = "LY" },
                new Actor { Id = new ActorId("russia"), Kind = ActorKind.State, Name = "Russia", Country = "RU" },
                new Actor { Id = new ActorId("germany"), Kind = ActorKind.State, Name = "Germany", Country = "DE" },
            ],
            Events =
            [
                new Event
                {
                    Id = new EventId("talks"), Type = EventType.Negotiation, Status = EventStatus.Occurred,
                    Summary = "Talks in Moscow", Time = TimeValue.Day(2020, 1, 13) with { Expression = "on Monday" },
                    Place = new Place { Name = "Moscow", Country = "RU" },
                    Participants = [new Participant(new ActorId("haftar"), ParticipantRole.Attendee), new Participant(new ActorId("russia"), ParticipantRole.Mediator)],
                    Evidence = [new Evidence(doc, 0, 32, "Talks in Moscow ended on Monday.")],
                },
                new Event
                {
                    Id = new EventId("summit"), Type = EventType.Summit, Status = EventStatus.Planned,
                    Summary = "Berlin summit", Time = TimeValue.Day(2020, 1, 19),
                    Place = new Place { Name = "Berlin", Country = "DE" },
                    Participants = [new Participant(new ActorId("germany"), ParticipantRole.Host)],
                },
            ],
            Statements =
            [
                new Statement
                {
                    Id = new StatementId("s1"), Speaker = new ActorId("russia"), Channel = StatementChannel.ToldReporters,
                    Mode = SpeechMode.DirectQuote, Content = "Some progress was made",
                },
            ],
            Claims =
            [
                new Claim
                {
                    Id = new ClaimId("c1"), Claimant = new ActorId("russia"), Proposition = "Haftar asked for time to consider the deal",
                    Polarity = ClaimPolarity.Positive, Certainty = ClaimCertainty.Certain, Statement = new StatementId("s1"),
                },
                new Claim
                {
                    Id = new ClaimId("c2"), Claimant = new ActorId("haftar"), Proposition = "Haftar will sign the deal",
                    Polarity = ClaimPolarity.Negative, Certainty = ClaimCertainty.Certain,
                    Links = [new ClaimLink(ClaimLinkType.Contradicts, new ClaimId("c1"))],
                },
            ],
            Relations = ImmutableArray<Relation>.Empty,
        };
    }
}
