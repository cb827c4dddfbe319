using NewsEvents.Interop.Countries;

namespace NewsEvents.Interop.Tests.Countries;

public class CountryCodeTablesTests
{
    [Theory]
    [InlineData("CB", "KH")] // Cambodia: ISO CB does not exist
    [InlineData("LY", "LY")]
    [InlineData("SF", "ZA")]
    [InlineData("AS", "AU")] // FIPS AS is Australia; ISO AS is American Samoa (FIPS AQ)
    [InlineData("AQ", "AS")]
    [InlineData("GM", "DE")]
    [InlineData("UK", "GB")]
    [InlineData("RS", "RU")]
    [InlineData("RI", "RS")]
    [InlineData("CH", "CN")]
    [InlineData("SZ", "CH")]
    [InlineData("IS", "IL")]
    [InlineData("OD", "SS")]
    [InlineData("KV", "XK")]
    public void FIPS_codes_map_to_their_own_ISO_code(string fips, string iso) =>
        CountryCodeTables.Fips.ToIso2(fips).Should().Be(iso);

    [Theory]
    [InlineData("LBY", "LY")]
    [InlineData("IND", "IN")]
    [InlineData("KHM", "KH")]
    [InlineData("ROM", "RO")]
    [InlineData("ZAR", "CD")]
    [InlineData("SUN", "SU")]
    [InlineData("DDR", "DD")]
    [InlineData("KSV", "XK")]
    [InlineData("YUG", "YU")]
    public void CAMEO_country_codes_map_to_ISO_including_the_old_ones(string cameo, string iso) =>
        CountryCodeTables.Cameo.ToIso2(cameo).Should().Be(iso);

    [Fact]
    public void The_two_systems_collide_which_is_why_each_has_its_own_table()
    {
        CountryCodeTables.Fips.ToIso2("CB").Should().Be("KH");
        CountryCodeTables.Cameo.Find("CB").Should().BeNull("CB is no CAMEO code");
        CountryCodeTables.Fips.ToIso2("AU").Should().Be("AT", "FIPS AU is Austria");
    }

    [Fact]
    public void Historic_user_assigned_and_folded_codes_are_flagged_and_keep_the_original_code()
    {
        foreach (var code in new[] { "SUN", "DDR", "YUG", "KSV", "ROM", "ZAR", "TMP", "WSB", "GZS" })
        {
            var mapping = CountryCodeTables.Cameo.Find(code)!;
            mapping.Code.Should().Be(code);
            mapping.IsLossy.Should().BeTrue($"{code} is not a current ISO country one to one");
        }

        CountryCodeTables.Cameo.Find("LBY")!.IsLossy.Should().BeFalse();
        CountryCodeTables.Fips.Find("GZ")!.Should().Be(new CountryCodeMapping("GZ", "PS", "the Gaza Strip, folded into Palestine"));
    }

    [Fact]
    public void CAMEO_regions_and_disputed_territories_name_no_country()
    {
        CountryCodeTables.Cameo.Find("AFR")!.Iso2.Should().BeNull();
        CountryCodeTables.Cameo.ToIso2("WST").Should().BeNull();
        CountryCodeTables.Fips.ToIso2("PG").Should().BeNull("the Spratly Islands are disputed");
        CountryCodeTables.Cameo.ToIso2("XYZ").Should().BeNull("an unknown code maps to nothing");
    }

    [Fact]
    public void Every_ISO_code_is_reached_once_by_the_one_to_one_rows_of_each_table()
    {
        foreach (var table in new[] { CountryCodeTables.Cameo, CountryCodeTables.Fips })
        {
            table.Mappings.Select(m => m.Code).Should().OnlyHaveUniqueItems(table.Name);
            table.Mappings.Where(m => !m.IsLossy).Select(m => m.Iso2).Should().OnlyHaveUniqueItems(table.Name);
            table.Mappings.Where(m => m.Iso2 is not null).Should().OnlyContain(m => m.Iso2!.Length == 2 && m.Iso2.All(char.IsAsciiLetterUpper));
        }

        CountryCodeTables.Cameo.Mappings.Count(m => !m.IsLossy).Should().Be(249, "ISO 3166-1 has 249 codes");
        CountryCodeTables.Fips.ToString().Should().Be($"FIPS 10-4 to ISO 3166-1 alpha-2 ({CountryCodeTables.Fips.Mappings.Count} codes)");
    }
}
