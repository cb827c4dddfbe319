using NewsEvents.Tests.TestSupport;

namespace NewsEvents.Tests.Model;

/// <summary>The shared contracts (equality, ToString, JSON) applied to every model type.</summary>
public class ModelContractTests
{
    [Theory]
    [MemberData(nameof(ModelCases.Names), MemberType = typeof(ModelCases))]
    public void Equality_contract(string type) => EqualityContract.Verify(ModelCases.Get(type));

    [Theory]
    [MemberData(nameof(ModelCases.Names), MemberType = typeof(ModelCases))]
    public void ToString_names_the_value_and_ignores_the_culture(string type)
    {
        var model = ModelCases.Get(type);
        ToStringContract.Verify(model.Create(), model.ToStringFragments);
        foreach (var (_, variant) in model.Variants)
        {
            ToStringContract.Verify(variant(), []);
        }
    }

    [Theory]
    [MemberData(nameof(ModelCases.JsonNames), MemberType = typeof(ModelCases))]
    public void Json_round_trip(string type)
    {
        var model = ModelCases.Get(type);
        JsonContract.RoundTripValue(model.Create());
        foreach (var (_, variant) in model.Variants)
        {
            JsonContract.RoundTripValue(variant());
        }
    }

    [Fact]
    public void Every_public_model_type_has_a_case()
    {
        var covered = ModelCases.All.Select(c => c.Create().GetType()).ToHashSet();
        var modelTypes = typeof(Dataset).Assembly.GetExportedTypes()
            .Where(t => t.Namespace is "NewsEvents" or "NewsEvents.Validation")
            .Where(t => t != typeof(NewsEventsReaderOptions))
            .Where(t => !t.IsEnum && !t.IsInterface && !t.IsAbstract && !(t.IsSealed && t.IsAbstract))
            .Where(t => t.GetMethod("<Clone>$") is not null || (t.IsValueType && t.Name.EndsWith("Id", StringComparison.Ordinal)));
        modelTypes.Should().BeSubsetOf(covered);
    }
}
