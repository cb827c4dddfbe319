namespace NewsEvents.Tests.Model;

public class ExternalCodeTests
{
    [Theory]
    [InlineData(CodeScheme.Cameo, "046")]
    [InlineData(CodeScheme.Cameo, "04")]
    [InlineData(CodeScheme.Cameo, "0461")]
    [InlineData(CodeScheme.Cameo, "190")]
    [InlineData(CodeScheme.CameoActor, "LBY")]
    [InlineData(CodeScheme.CameoActor, "LBYMILREB")]
    [InlineData(CodeScheme.Plover, "CONSULT")]
    [InlineData(CodeScheme.Plover, "SANCTION_X")]
    [InlineData(CodeScheme.PloverMode, "air-strike")]
    [InlineData(CodeScheme.PloverMode, "peaceful_protest")]
    [InlineData(CodeScheme.AcledEventType, "Violence against civilians")]
    [InlineData(CodeScheme.Wikidata, "Q42")]
    [InlineData(CodeScheme.Wikidata, "Q1405440")]
    [InlineData(CodeScheme.Iso3166, "LY")]
    [InlineData(CodeScheme.GeoNames, "2210247")]
    public void Well_formed_codes_keep_their_text(CodeScheme scheme, string value)
    {
        var code = new ExternalCode(scheme, value);

        (code.Scheme, code.Value).Should().Be((scheme, value));
    }

    [Theory]
    [InlineData(CodeScheme.Cameo, "46a", "two to four digits")]
    [InlineData(CodeScheme.Cameo, "04621", "two to four digits")]
    [InlineData(CodeScheme.Cameo, "4", "two to four digits")]
    [InlineData(CodeScheme.Cameo, "٠٤٦", "two to four digits")]
    [InlineData(CodeScheme.Cameo, " 046", "two to four digits")]
    [InlineData(CodeScheme.CameoActor, "LB", "groups of three capital letters")]
    [InlineData(CodeScheme.CameoActor, "lby", "groups of three capital letters")]
    [InlineData(CodeScheme.Plover, "consult", "capital letters and underscores")]
    [InlineData(CodeScheme.Plover, "_CONSULT", "capital letters and underscores")]
    [InlineData(CodeScheme.PloverMode, "Verbal", "lower-case letters")]
    [InlineData(CodeScheme.AcledEventType, " Battles", "without leading or trailing spaces")]
    [InlineData(CodeScheme.Wikidata, "Q0", "Q followed by digits")]
    [InlineData(CodeScheme.Wikidata, "Q", "Q followed by digits")]
    [InlineData(CodeScheme.Wikidata, "Q042", "Q followed by digits")]
    [InlineData(CodeScheme.Wikidata, "q42", "Q followed by digits")]
    [InlineData(CodeScheme.Wikidata, "Q42a", "Q followed by digits")]
    [InlineData(CodeScheme.Iso3166, "LBY", "two capital letters")]
    [InlineData(CodeScheme.Iso3166, "ly", "two capital letters")]
    [InlineData(CodeScheme.Iso3166, "XV", "in use")]
    [InlineData(CodeScheme.Iso3166, "YU", "in use")]
    [InlineData(CodeScheme.GeoNames, "0123", "digits")]
    [InlineData(CodeScheme.GeoNames, "12a", "digits")]
    public void Malformed_codes_are_rejected_with_the_schemes_rule(CodeScheme scheme, string value, string rule) =>
        FluentActions.Invoking(() => new ExternalCode(scheme, value)).Should().ThrowExactly<ArgumentException>()
            .Which.Message.Should().Contain($"'{value}' is not a well-formed").And.Contain(rule);

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData(null)]
    public void Blank_codes_are_rejected(string? value) =>
        FluentActions.Invoking(() => new ExternalCode(CodeScheme.Cameo, value!)).Should().Throw<ArgumentException>().WithMessage("*must not be empty*");

    [Fact]
    public void An_undefined_scheme_is_rejected() =>
        FluentActions.Invoking(() => new ExternalCode((CodeScheme)42, "046")).Should().Throw<ArgumentException>().WithMessage("*CodeScheme*");

    [Fact]
    public void The_shortcuts_use_their_scheme()
    {
        ExternalCode.Cameo("046").Should().Be(new ExternalCode(CodeScheme.Cameo, "046"));
        ExternalCode.Plover("CONSULT").Scheme.Should().Be(CodeScheme.Plover);
        ExternalCode.Wikidata("Q42").Scheme.Should().Be(CodeScheme.Wikidata);
        ExternalCode.Cameo("046").ToString().Should().Be("cameo:046");
    }
}
