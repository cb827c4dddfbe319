using NewsEvents.Interop.Cameo;

namespace NewsEvents.Interop.Tests.Cameo;

public class CameoEventTypesTests
{
    [Theory]
    [InlineData("043", EventType.Meeting)]
    [InlineData("042", EventType.Travel)]
    [InlineData("046", EventType.Negotiation)]
    [InlineData("057", EventType.Agreement)]
    [InlineData("0871", EventType.Ceasefire)]
    [InlineData("0872", EventType.Other)]
    [InlineData("1431", EventType.Demonstration)]
    [InlineData("193", EventType.Fighting)]
    [InlineData("120", EventType.Refusal)]
    [InlineData("138", EventType.Threat)]
    public void A_code_takes_its_own_entry_else_its_base_else_its_root(string code, EventType type) =>
        CameoEventTypes.For(code).Should().Be(type);

    [Fact]
    public void Every_CAMEO_root_has_a_type()
    {
        for (var root = 1; root <= 20; root++)
        {
            CameoEventTypes.Table.Should().ContainKey(root.ToString("00", System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    [Theory]
    [InlineData("GOV", "LBYGOV", ActorKind.Government)]
    [InlineData("REB", "SYRREB", ActorKind.ArmedGroup)]
    [InlineData("IGO", "IGOUNO", ActorKind.InternationalOrganization)]
    [InlineData("MED", "USAMED", ActorKind.MediaOutlet)]
    [InlineData("", "LBY", ActorKind.State)]
    [InlineData("", "AFR", ActorKind.Collective)] // a region is no state
    [InlineData("CVL", "USACVL", ActorKind.Collective)]
    public void An_actor_kind_comes_from_its_first_role_code(string role, string code, ActorKind kind) =>
        CameoActorKinds.For(role, code).Should().Be(kind);
}
