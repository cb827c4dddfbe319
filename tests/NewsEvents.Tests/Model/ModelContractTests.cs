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
    public void Every_type_of_the_format_has_a_case()
    {
        var covered = ModelCases.All.Select(c => c.Create().GetType()).ToHashSet();
        var reachable = new HashSet<Type>();
        Reach(typeof(Dataset), reachable);

        reachable.Should().Contain([typeof(Dataset), typeof(Evidence), typeof(TimeValue), typeof(ClaimSubjects), typeof(ActorId)]);
        reachable.Should().BeSubsetOf(covered, "every type a dataset is made of has an equality, ToString and JSON case");
    }

    /// <summary>Collects the model types reachable from <paramref name="type"/> through the serializer contract.</summary>
    private static void Reach(Type type, HashSet<Type> seen)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type.IsEnum || type == typeof(string) || type.IsPrimitive || type.Namespace is not ("NewsEvents.Model" or "NewsEvents.Time") && !type.IsGenericType)
        {
            return;
        }

        var info = NewsEventsJson.Options.GetTypeInfo(type);
        if (info.Kind == System.Text.Json.Serialization.Metadata.JsonTypeInfoKind.Enumerable)
        {
            Reach(info.ElementType!, seen);
            return;
        }

        if (!seen.Add(type))
        {
            return;
        }

        foreach (var property in info.Properties)
        {
            Reach(property.PropertyType, seen);
        }
    }
}
