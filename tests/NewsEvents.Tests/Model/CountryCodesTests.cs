namespace NewsEvents.Tests.Model;

public class CountryCodesTests
{
    [Fact]
    public void The_table_holds_the_249_assigned_codes_and_kosovo()
    {
        CountryCodes.All.Should().HaveCount(250).And.OnlyHaveUniqueItems().And.BeInAscendingOrder(StringComparer.Ordinal);
        CountryCodes.All.Should().Contain(["LY", "RU", "GB", "SS", "BQ", "CW", "SX", "AX", CountryCodes.UserAssigned]);
        CountryCodes.All.Should().OnlyContain(code => code.Length == 2 && char.IsAsciiLetterUpper(code[0]) && char.IsAsciiLetterUpper(code[1]));
    }

    [Theory]
    [InlineData("LY")]
    [InlineData("XK")]
    [InlineData("ZW")]
    [InlineData("AD")]
    public void Codes_in_use_are_accepted(string code) => CountryCodes.IsAccepted(code).Should().BeTrue();

    [Theory]
    [InlineData("XV")]
    [InlineData("AA")]
    [InlineData("UK")]
    [InlineData("EU")]
    [InlineData("YU")]
    [InlineData("AN")]
    [InlineData("ly")]
    [InlineData("LBY")]
    [InlineData("L")]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("Ly")]
    [InlineData("Ł1")]
    public void Other_codes_are_refused(string? code) => CountryCodes.IsAccepted(code).Should().BeFalse();

    [Fact]
    public void Actors_places_and_iso_codes_draw_on_the_one_table()
    {
        foreach (var code in CountryCodes.All)
        {
            new Actor { Id = new ActorId("a"), Kind = ActorKind.State, Name = "x", Country = code }.Country.Should().Be(code);
            new Place { Name = "x", Country = code }.Country.Should().Be(code);
            new ExternalCode(CodeScheme.Iso3166, code).Value.Should().Be(code);
        }

        FluentActions.Invoking(() => new Place { Name = "x", Country = "XV" }).Should().ThrowExactly<ArgumentException>().WithMessage("*not 'XV'*");
        FluentActions.Invoking(() => new ExternalCode(CodeScheme.Iso3166, "XV")).Should().ThrowExactly<ArgumentException>().WithMessage("*in use*");
    }

    [Fact]
    public void Reading_an_unassigned_country_is_an_invalid_value_at_its_path()
    {
        const string json = """{"schemaVersion":"1.0","id":"x","actors":[{"id":"a","kind":"state","name":"X","country":"XV"}]}""";

        var thrown = TestSupport.Reject.Json(json);

        thrown.Path.Should().Be("$.actors[0].country");
        thrown.Message.Should().Contain("not 'XV'");
    }
}
