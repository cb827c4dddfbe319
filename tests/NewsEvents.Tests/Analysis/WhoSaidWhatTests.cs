using NewsEvents.Analysis;
using static NewsEvents.Tests.Analysis.AnalysisData;

namespace NewsEvents.Tests.Analysis;

public sealed class WhoSaidWhatTests
{
    [Fact]
    public void Groups_statements_by_speaker_with_channel_mode_and_claims()
    {
        var dataset = Of(
            actors: [Actor("lavrov", "Sergei Lavrov"), Actor("tass", "TASS")],
            statements:
            [
                Statement("later", "lavrov", TimeValue.Day(2020, 1, 14), mode: SpeechMode.DirectQuote),
                Statement("earlier", "lavrov", TimeValue.Day(2020, 1, 13)),
                Statement("undated", "lavrov", channel: StatementChannel.Interview),
                Statement("tass-report", "tass", channel: StatementChannel.NewsAgencyReport),
            ],
            claims:
            [
                Claim("signed", "lavrov", "Serraj signed", statement: "earlier"),
                Claim("progress", "lavrov", "Some progress was made", statement: "earlier"),
                Claim("left", "tass", "Haftar has left Moscow", statement: "tass-report"),
                Claim("aside", "tass", "Something without a statement"),
                Claim("quiet", "residents", "It was quiet"),
            ]);

        var who = WhoSaidWhat.Build(dataset);

        who.Speakers.Select(s => s.Speaker.Value).Should().Equal("lavrov", "residents", "tass");
        var lavrov = who.Of(A("lavrov"))!;
        lavrov.Name.Should().Be("Sergei Lavrov");
        lavrov.Statements.Select(s => s.Statement.Id.Value).Should().Equal("earlier", "later", "undated");
        lavrov.Statements[0].Claims.Select(c => c.Id.Value).Should().Equal("signed", "progress");
        lavrov.Statements[1].IsDirectQuote.Should().BeTrue();
        lavrov.Statements[0].Mode.Should().Be(SpeechMode.ReportedSpeech);
        lavrov.Channels.Should().Equal(StatementChannel.ToldReporters, StatementChannel.Interview);
        who.Of(A("tass"))!.OtherClaims.Select(c => c.Id.Value).Should().Equal("aside");
        who.Of(A("residents"))!.Statements.Should().BeEmpty();
        who.Of(A("residents"))!.OtherClaims.Should().ContainSingle();
        who.Of(A("nobody")).Should().BeNull();
    }

    [Fact]
    public void An_empty_dataset_has_no_speakers()
    {
        WhoSaidWhat.Build(Empty).Speakers.Should().BeEmpty();
    }
}
