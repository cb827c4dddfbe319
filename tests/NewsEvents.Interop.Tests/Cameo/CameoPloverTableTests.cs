using NewsEvents.Interop.Cameo;

namespace NewsEvents.Interop.Tests.Cameo;

public class CameoPloverTableTests
{
    private static readonly CameoPloverTable Table = CameoPloverTable.Default;

    [Fact]
    public void The_table_is_versioned_by_its_own_heading()
    {
        Table.Version.Should().Be("PLOVER manual version Draft 0.8, 17-September-2021");
        Table.ToString().Should().Be($"CAMEO2PLOVER, {Table.Version} ({Table.Rows.Length} rows)");
    }

    [Fact]
    public void A_clean_row_maps_its_type_mode_and_contexts()
    {
        Table.Find("1411").Should().Be(new CameoPloverMapping("1411", "PROTEST", "demo", ["executive"], CameoPloverCaveats.None));
        Table.Find("043").Should().Be(new CameoPloverMapping("043", "CONSULT", "visit", [], CameoPloverCaveats.None));
        Table.Find("1124")!.Contexts.Should().Equal("military", "legal");
    }

    [Fact]
    public void Key_175_listed_twice_is_flagged_and_its_context_in_the_mode_column_read_as_a_context()
    {
        var row = Table.Find("175")!;
        row.EventType.Should().Be("ASSAULT");
        row.Mode.Should().BeNull();
        row.Contexts.Should().Equal("pro_autocracy", "military");
        row.Caveats.Should().HaveFlag(CameoPloverCaveats.DuplicateKey).And.HaveFlag(CameoPloverCaveats.ContextInModeColumn)
            .And.HaveFlag(CameoPloverCaveats.OutOfSection).And.HaveFlag(CameoPloverCaveats.DiffersFromRoot);
        Table.Rows.Count(r => r.CameoCode == "175").Should().Be(1);
    }

    [Fact]
    public void Roots_the_manual_maps_otherwise_are_flagged_on_every_code()
    {
        foreach (var code in new[] { "09", "091", "11", "1121", "19", "193", "20", "2041" })
        {
            Table.Find(code)!.Caveats.Should().HaveFlag(CameoPloverCaveats.DisputedByManual, code);
        }

        Table.Find("043")!.Caveats.Should().NotHaveFlag(CameoPloverCaveats.DisputedByManual);
    }

    [Fact]
    public void Root_08_given_two_types_and_codes_out_of_their_section_are_flagged()
    {
        Table.Find("08")!.Caveats.Should().HaveFlag(CameoPloverCaveats.AmbiguousRoot);
        Table.Find("0841")!.Caveats.Should().Be(CameoPloverCaveats.AmbiguousRoot);
        Table.Find("191")!.Should().Match<CameoPloverMapping>(r => r.EventType == "COERCE" && r.Caveats.HasFlag(CameoPloverCaveats.OutOfSection) && r.Caveats.HasFlag(CameoPloverCaveats.DiffersFromRoot));
        Table.Find("163")!.Caveats.Should().HaveFlag(CameoPloverCaveats.DiffersFromRoot).And.NotHaveFlag(CameoPloverCaveats.OutOfSection);
    }

    [Fact]
    public void A_code_without_a_row_inherits_from_its_base_or_root_and_says_so_and_roots_01_and_02_have_none()
    {
        Table.Find("0211").Should().BeNull("PLOVER has no type for appeals");
        Table.Find("010").Should().BeNull();
        var inherited = Table.Find("0431")!; // 043 has a row, 0431 none
        inherited.CameoCode.Should().Be("043");
        inherited.EventType.Should().Be("CONSULT");
        inherited.Caveats.Should().HaveFlag(CameoPloverCaveats.Inherited);
    }

    [Fact]
    public void Every_row_is_well_formed_for_the_models_code_schemes()
    {
        Table.Rows.Should().HaveCountGreaterThan(250);
        foreach (var row in Table.Rows)
        {
            _ = ExternalCode.Plover(row.EventType);
            if (row.Mode is { } mode)
            {
                _ = new ExternalCode(CodeScheme.PloverMode, mode);
            }

            _ = ExternalCode.Cameo(row.CameoCode);
        }
    }
}
