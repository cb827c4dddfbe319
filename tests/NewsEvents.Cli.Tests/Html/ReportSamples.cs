using NewsEvents.Samples;

namespace NewsEvents.Cli.Tests.Html;

/// <summary>The datasets the report's tests render: the two samples, and one whose every text is markup.</summary>
internal static class ReportSamples
{
    public static TheoryData<string> Names => ["moscow", "dranmir"];

    public static Dataset Named(string name) => name switch
    {
        "moscow" => SampleDatasets.MoscowTalks,
        "dranmir" => SampleDatasets.DranmirClashes,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "moscow or dranmir"),
    };

    /// <summary>The markup every field of <see cref="Markup"/> is made of.</summary>
    public const string Script = "<script>alert(\"pwned\")</script>";

    /// <summary>
    /// A dataset whose names, summaries, propositions, quotes and text hold markup (a script, the end of a
    /// textarea, quotes, ampersands, a tag), a character outside the BMP (two UTF-16 units, one code point)
    /// before the spans, and spans that overlap and nest.
    /// </summary>
    public static Dataset Markup { get; } = CreateMarkup();

    private static Dataset CreateMarkup()
    {
        const string Text = "\U0001F600 Rebels of <b>Front & Co</b> said: \"" + Script + "\" </textarea> 'the army' fired first & fled.";
        var doc = new DocumentId("doc<&>");
        var rebels = new ActorId("rebels");
        var army = new ActorId("army");
        return new Dataset
        {
            Id = new DatasetId("markup"),
            Title = "Markup </title>" + Script,
            Documents = [new Document { Id = doc, Title = "<i>Title</i> & \"quotes\"", Publisher = "</textarea>", Text = Text, Url = "https://example.org/news?id=1&lang=en" }],
            Actors =
            [
                new Actor { Id = rebels, Kind = ActorKind.ArmedGroup, Name = Script + " & Co", Evidence = [Evidence.Find(doc, Text, "Rebels of <b>Front & Co</b>")] },
                new Actor { Id = army, Kind = ActorKind.Organization, Name = "'army' </textarea>", Evidence = [Evidence.Find(doc, Text, "'the army'")] },
            ],
            Events =
            [
                new Event
                {
                    Id = new EventId("fire"), Type = EventType.Fighting, Status = EventStatus.Disputed,
                    Summary = "<img src=x onerror=alert(1)> fired first", Time = TimeValue.Day(2025, 3, 13),
                    Participants = [new Participant(army, ParticipantRole.Initiator)],
                    Evidence = [Evidence.Find(doc, Text, "'the army' fired first & fled")],
                },
            ],
            Statements =
            [
                new Statement
                {
                    Id = new StatementId("said"), Speaker = rebels, Channel = StatementChannel.ToldReporters,
                    Mode = SpeechMode.DirectQuote, Content = Script + " </textarea>",
                    Evidence = [Evidence.Find(doc, Text, "said: \"" + Script + "\"")],
                },
            ],
            Claims =
            [
                new Claim
                {
                    Id = new ClaimId("claim"), Claimant = rebels, Proposition = "</textarea><b>The army</b> fired \"first\" & fled",
                    Polarity = ClaimPolarity.Positive, Certainty = ClaimCertainty.Certain, Statement = new StatementId("said"),
                    Evidence = [Evidence.Find(doc, Text, Script + "\" </textarea> 'the army'")],
                },
            ],
        };
    }
}
