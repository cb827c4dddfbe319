namespace NewsEvents.FuzzTests;

/// <summary>
/// Every input kept in Findings/ (found by the campaign, or by hand in issue reports) runs again
/// through its target's checks and the watchdog: what was fixed stays fixed.
/// </summary>
public sealed class FindingReplayTests
{
    public static TheoryData<string, string> Findings()
    {
        var data = new TheoryData<string, string>();
        foreach (var (target, path) in FindingStore.Load(FindingStore.Folder))
        {
            data.Add(target, Path.GetFileName(path));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Findings))]
    public void A_kept_finding_passes_every_check(string target, string file)
    {
        var input = File.ReadAllBytes(Path.Combine(FindingStore.Folder, target, file));

        var finding = Watchdog.Run(FuzzCampaign.Target(target), input, seed: 1);

        finding.Should().BeNull(finding?.Message);
    }

    [Fact]
    public void Findings_are_kept_for_every_kind_of_target_that_had_one()
    {
        FindingStore.Load(FindingStore.Folder).Select(f => f.Target).Distinct().Should().Contain(["cli", "jsonlines"]);
    }
}
