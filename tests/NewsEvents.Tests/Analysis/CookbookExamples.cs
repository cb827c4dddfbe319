using System.Collections.Immutable;
using NewsEvents.Analysis;
using NewsEvents.Samples;
using NodaTime;

namespace NewsEvents.Tests.Analysis;

/// <summary>
/// The code of docs/analyses.md, compiled and run: the recipes inside test methods, the two
/// analyses of one's own at file level, as the document shows them. <see cref="CookbookDocTests"/>
/// checks that every code block of the document appears here.
/// </summary>
public sealed class CookbookExamples
{
    [Fact]
    public void Index_recipe()
    {
        Dataset dataset = SampleDatasets.MoscowTalks; // or NewsEventsJson.Deserialize(utf8Json)
        DatasetIndex index = DatasetIndex.Build(dataset); // once: O(n log n)

        ImmutableArray<Event> withHaftar = index.EventsOf(new ActorId("haftar"));
        ImmutableArray<Event> fighting = index.EventsOfType(EventType.Fighting);
        ImmutableArray<Event> planned = index.EventsWithStatus(EventStatus.Planned);
        ImmutableArray<Event> inTripoli = index.EventsAt("Tripoli");
        ImmutableArray<Event> onMonday = index.EventsDuring(TimeValue.Day(2020, 1, 13));
        ImmutableArray<Claim> byTass = index.ClaimsBy(new ActorId("tass"));
        ImmutableArray<Claim> relayedByReuters = index.ClaimsRelayedBy(new ActorId("reuters"));
        ImmutableArray<Citation> citing = index.Citing(new DocumentId("mt-2020-01-13-a68886"), 1612, 1699);

        withHaftar.Should().Contain(e => e.Id == new EventId("moscow-talks"));
        fighting.Should().NotBeEmpty();
        planned.Should().Contain(e => e.Id == new EventId("berlin-summit"));
        inTripoli.Should().NotBeEmpty();
        onMonday.Should().Contain(e => e.Id == new EventId("moscow-talks"));
        byTass.Should().HaveCount(3);
        relayedByReuters.Should().NotBeEmpty();
        citing.Should().Contain(c => c.Id == "tass-haftar-left");
    }

    [Fact]
    public void Timeline_recipe()
    {
        DatasetIndex index = DatasetIndex.Build(SampleDatasets.MoscowTalks);

        Timeline timeline = Timeline.Build(index, new TimelineFilter
        {
            Actors = [new ActorId("haftar")],
            Period = TimeValue.Month(2020, 1),
            IncludeStatements = true,
        });

        IEnumerable<string> lines = timeline.Dated.Select(entry => entry.ToString());
        // 2020-01-13[Europe/Moscow] [occurred] Haftar asks for time to decide on the ceasefire
        // 2020-01-13[Europe/Moscow] [occurred] Haftar leaves Moscow
        // ...
        // 2020-01-13/2020-01-14T12:00[Europe/Moscow] [planned] Haftar's decision on the ceasefire, due by Tuesday morning
        // 2020-01-14[Africa/Tripoli] [planned] Rally in support of Haftar in Benghazi

        ImmutableArray<TimelineEntry> happened = timeline.Realized;
        ImmutableArray<TimelineEntry> notHappened = timeline.Unrealized; // planned, failed, denied...
        ImmutableArray<TimelineEntry> undated = Timeline.Build(index).Undated; // never guessed into the order

        lines.Should().HaveCount(9).And.StartWith("2020-01-13[Europe/Moscow] [occurred] Haftar asks for time to decide on the ceasefire")
            .And.EndWith("2020-01-14[Africa/Tripoli] [planned] Rally in support of Haftar in Benghazi");
        happened.Should().OnlyContain(e => e.IsRealized);
        notHappened.Should().Contain(e => e.Id == "haftar-decision");
        undated.Should().OnlyContain(e => e.Time == null);
    }

    [Fact]
    public void Network_recipe()
    {
        DatasetIndex index = DatasetIndex.Build(SampleDatasets.MoscowTalks);

        ActorNetwork network = ActorNetwork.Build(index);
        ImmutableArray<ActorId> turkeysNeighbours = network.Neighbours(new ActorId("turkey"));
        int degree = network.Degree(new ActorId("haftar"));
        ImmutableArray<ActorTie> strongest = network.StrongestTies(3);
        // lna -- tripoli-government (13), russia -- turkey (8), haftar -- serraj (7)

        ActorSides sides = network.Sides;
        Coalition? haftarsSide = sides.SideOf(new ActorId("haftar"));
        // side 1: egypt, haftar, jordan, lna, russian-contractors, uae (opposes 2)
        Mediator? turkey = sides.MediatorOf(new ActorId("turkey"));
        // turkey mediates between haftar, lna, serraj, tripoli-government (itself on side 2)

        string dot = network.ToDot();         // dot -Tsvg actors.dot > actors.svg
        string mermaid = network.ToMermaid(); // paste into a mermaid code block

        turkeysNeighbours.Should().Contain(new ActorId("serraj"));
        degree.Should().BePositive();
        strongest.Should().HaveCount(3);
        haftarsSide!.Members.Should().Contain(new ActorId("uae"));
        turkey!.IsPartisan.Should().BeTrue();
        dot.Should().StartWith("digraph");
        mermaid.Should().StartWith("graph LR");
    }

    [Fact]
    public void Who_said_what_recipe()
    {
        DatasetIndex index = DatasetIndex.Build(SampleDatasets.MoscowTalks);

        WhoSaidWhat said = WhoSaidWhat.Build(index);
        var quoted =
            from speaker in said.Speakers
            from statement in speaker.Statements
            where statement.IsDirectQuote
            select (speaker.Name, statement.Channel, statement.Statement.Content, Claims: statement.Claims.Length);

        SpeakerStatements? lavrov = said.Of(new ActorId("lavrov"));

        quoted.Should().Contain(q => q.Name == "Sergei Lavrov");
        lavrov!.Statements.Should().HaveCount(2);
    }

    [Fact]
    public void Claims_recipe()
    {
        DatasetIndex index = DatasetIndex.Build(SampleDatasets.MoscowTalks);

        ClaimsAnalysis claims = ClaimsAnalysis.Build(index);

        PropositionGroup? left = claims.Proposition("Haftar has left Moscow");
        // two claims, AssertedBy: pro-lna-channels, tass — both relayed by The Moscow Times and Reuters

        var corroborated = claims.Claims.Where(c => c.Status == ClaimStatus.Corroborated);
        var contested = claims.Claims.Where(c => c.Status == ClaimStatus.Contested)
            .Select(c => (c.Claim.Proposition, Against: c.ContradictedBy.Select(other => other.Claimant)));
        ImmutableArray<Contradiction> contradictions = claims.Contradictions; // groups, with the claims themselves
        ImmutableArray<RepeatCycle> cycles = claims.RepeatCycles; // reported, never followed forever

        left!.AssertedBy.Should().HaveCount(2);
        corroborated.Should().HaveCount(2);
        contested.Should().HaveCountGreaterThanOrEqualTo(4);
        contradictions.Should().NotBeEmpty();
        cycles.Should().BeEmpty();
    }

    [Fact]
    public void Disputed_figures_recipe()
    {
        FiguresAnalysis figures = FiguresAnalysis.Build(SampleDatasets.DranmirClashes);

        var disputed =
            from toll in figures.Disputed
            select $"{toll.Event} {toll.Kind}: " +
                   string.Join(" vs ", toll.Figures.Select(f => $"{f.Quantity.Value} ({f.Origin})")) +
                   (toll.RangesOverlap ? ", may both hold" : ", cannot both hold");
        // dranmir-clashes Killed: 12 (brannick) vs 31 (nlf), cannot both hold

        var singleSource =
            from figure in figures.Groups
            where figure.IsSingleSource
            select $"{figure.Event} {figure.Kind}: {figure.Figures[0].Quantity.Text}, only {figure.Sources[0]}";
        // dranmir-clashes Injured: more than 40 wounded people, only solt
        // morvania-conflict Displaced: about 200,000 people, only aid-agencies
        // reporters-turned-back Count: two of its reporters, only radio-castrel

        ImmutableArray<DisputedEvent> events = ClaimsAnalysis.Build(SampleDatasets.DranmirClashes).DisputedEvents;
        // first-shots: brannick vs varsh — each side blames the other

        disputed.Should().Equal("dranmir-clashes Killed: 12 (brannick) vs 31 (nlf), cannot both hold");
        singleSource.Should().Equal(
            "dranmir-clashes Injured: more than 40 wounded people, only solt",
            "morvania-conflict Displaced: about 200,000 people, only aid-agencies",
            "reporters-turned-back Count: two of its reporters, only radio-castrel");
        events.Select(e => e.ToString()).Should().Equal("first-shots: brannick vs varsh");
    }

    [Fact]
    public void How_independent_is_this_story_recipe()
    {
        ClaimsAnalysis claims = ClaimsAnalysis.Build(SampleDatasets.DranmirClashes);

        int voices = claims.IndependentSources.Length; // 8 for 17 claims
        var whoTheyAre = claims.IndependentSources.Select(source => source.ToString());
        // nlf, varsh (5 claim(s)); brannick (4 claim(s)); kestland-foreign-ministry, orsk (2 claim(s)); mpa (2 claim(s)); ...

        // The state agency is the government's voice once outlets count with their owners:
        ClaimsAnalysis strict = ClaimsAnalysis.Build(SampleDatasets.DranmirClashes, new IndependenceOptions { JoinOutletsToOwners = true });
        int strictVoices = strict.IndependentSources.Length; // 7

        ClaimAssessment bridge = claims.Assess(new ClaimId("bridge-via-mrt"))!;
        // SingleSource: two broadcasters relaying one agency are one source

        voices.Should().Be(8);
        whoTheyAre.Take(2).Should().Equal("nlf, varsh (5 claim(s))", "brannick (4 claim(s))");
        strictVoices.Should().Be(7);
        bridge.Status.Should().Be(ClaimStatus.SingleSource);
    }

    [Fact]
    public void Contested_claims_with_their_entities_recipe()
    {
        DatasetIndex index = DatasetIndex.Build(SampleDatasets.MoscowTalks);

        var contestedLines =
            from contested in ClaimsAnalysis.Build(index).Claims
            where contested.IsContested
            let firstAgainst = contested.ContradictedBy.First() // a Claim, not an id
            select $"{contested.Claim.Id} ({contested.SourceActors.Length} sources) against " +
                   $"{contested.ContradictedByCount}, e.g. {firstAgainst.Proposition}";

        contestedLines.Should().Contain("lna-violated-truce (1 sources) against 1, e.g. Forces of the Tripoli government violated the truce");
    }

    [Fact]
    public void Source_profile_recipe()
    {
        DatasetIndex index = DatasetIndex.Build(SampleDatasets.MoscowTalks);

        var profiles =
            from profile in ClaimsAnalysis.Build(index).Sources
            orderby profile.TotalClaims descending
            select $"{profile.Name}: {profile.AsClaimant.Claims} own, {profile.AsRelay.Claims} relayed, " +
                   $"{profile.AsClaimant.Contested} contested, via {string.Join("/", profile.Channels)}";

        profiles.First().Should().StartWith("The Moscow Times:");
    }

    [Fact]
    public void The_first_analysis_of_ones_own_runs_on_the_seed()
    {
        var bySide = ClaimsBySide.Build(DatasetIndex.Build(SampleDatasets.MoscowTalks));

        bySide.Should().HaveCount(2);
        bySide.Should().OnlyContain(s => s.Claims > 0);
        bySide.Sum(s => s.Contested).Should().BePositive();
    }

    [Fact]
    public void The_second_analysis_of_ones_own_runs_on_the_seed()
    {
        var days = BusiestDays.For(DatasetIndex.Build(SampleDatasets.MoscowTalks), new ActorId("haftar"));

        days[0].Day.Should().Be(new LocalDate(2020, 1, 13));
        days.Should().BeInDescendingOrder(d => d.Events);
    }
}

/// <summary>How many claims are made by or about each side, and how many of them are contested or corroborated.</summary>
public static class ClaimsBySide
{
    public static ImmutableArray<SideClaims> Build(DatasetIndex index)
    {
        ActorSides sides = ActorSides.Build(index);
        ClaimsAnalysis claims = ClaimsAnalysis.Build(index);

        return
        [
            .. from side in sides.Coalitions
               let mine = claims.Claims
                   .Where(c => side.Contains(c.Claim.Claimant) || c.Claim.About.Actors.Any(side.Contains))
                   .ToImmutableArray()
               select new SideClaims(
                   side.Number,
                   mine.Length,
                   mine.Count(c => c.Status == ClaimStatus.Contested),
                   mine.Count(c => c.IsCorroborated)),
        ];
    }
}

/// <summary>One row of <see cref="ClaimsBySide"/>.</summary>
public sealed record SideClaims(int Side, int Claims, int Contested, int Corroborated);

/// <summary>The days on which an actor took part in most events that happened.</summary>
public static class BusiestDays
{
    public static ImmutableArray<(LocalDate Day, int Events)> For(DatasetIndex index, ActorId actor) =>
    [
        .. from entry in Timeline.Build(index, new TimelineFilter { Actors = [actor] }).Dated
           where entry.IsRealized && entry.Time.Precision == TimePrecision.Day
           group entry by entry.Time.FirstDate!.Value into day
           orderby day.Count() descending, day.Key
           select (day.Key, day.Count()),
    ];
}
