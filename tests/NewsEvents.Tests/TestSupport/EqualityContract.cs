using System.Reflection;

namespace NewsEvents.Tests.TestSupport;

/// <summary>
/// The equality contract of a model type: reflexive, symmetric, consistent across Equals(object),
/// IEquatable, == and !=, with equal hash codes for equal values, a with-copy equal to its source,
/// content (not reference) comparison of collections, and every member taking part.
/// </summary>
public static class EqualityContract
{
    public static void Verify(ModelCase model)
    {
        var sample = model.Create();
        var twin = model.Create();

        AssertEqual(sample, sample, "a value equals itself");
        AssertEqual(sample, twin, "two values built alike (from distinct arrays) are equal");
        AssertEqual(twin, sample, "equality is symmetric");
        AssertEqual(sample, WithCopy(sample), "a with-copy equals its source");
        var nothing = (object?)null;
        sample.Equals(nothing).Should().BeFalse("no value equals null");
        sample.Equals(new object()).Should().BeFalse("no value equals an object of another type");

        model.Variants.Should().NotBeEmpty();
        foreach (var (member, variant) in model.Variants)
        {
            var changed = variant();
            changed.GetType().Should().Be(sample.GetType());
            AssertUnequal(sample, changed, $"changing {model.Name}.{member} must make the value unequal");
            AssertUnequal(changed, sample, $"changing {model.Name}.{member} must make the value unequal (symmetric)");
            AssertEqual(changed, variant(), $"two copies with the same change to {model.Name}.{member} are equal");
        }
    }

    /// <summary>Calls the record's compiler-generated clone, which is what <c>with { }</c> does.</summary>
    public static object WithCopy(object value)
    {
        var clone = value.GetType().GetMethod("<Clone>$", BindingFlags.Public | BindingFlags.Instance);
        return clone is null ? value : clone.Invoke(value, null)!;
    }

    public static void AssertEqual(object left, object right, string because)
    {
        left.Equals(right).Should().BeTrue(because);
        Equatable(left, right).Should().BeTrue(because);
        Operator(left, right, "op_Equality").Should().BeTrue(because);
        Operator(left, right, "op_Inequality").Should().BeFalse(because);
        left.GetHashCode().Should().Be(right.GetHashCode(), because + ", so their hash codes are equal");
    }

    public static void AssertUnequal(object left, object right, string because)
    {
        left.Equals(right).Should().BeFalse(because);
        Equatable(left, right).Should().BeFalse(because);
        Operator(left, right, "op_Equality").Should().BeFalse(because);
        Operator(left, right, "op_Inequality").Should().BeTrue(because);
    }

    private static bool Equatable(object left, object right)
    {
        var type = left.GetType();
        var equals = typeof(IEquatable<>).MakeGenericType(type).GetMethod(nameof(IEquatable<object>.Equals))!;
        type.GetInterfaces().Should().Contain(typeof(IEquatable<>).MakeGenericType(type));
        return (bool)equals.Invoke(left, [right])!;
    }

    private static bool Operator(object left, object right, string name)
    {
        var type = left.GetType();
        var method = type.GetMethod(name, BindingFlags.Public | BindingFlags.Static, [type, type]);
        method.Should().NotBeNull($"{type.Name} declares {name}");
        return (bool)method!.Invoke(null, [left, right])!;
    }
}
