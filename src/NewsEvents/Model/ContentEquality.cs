using System.Collections.Immutable;

namespace NewsEvents.Model;

/// <summary>
/// Content equality for immutable arrays: records compare <see cref="ImmutableArray{T}"/> by
/// reference, which would make a dataset unequal to its own JSON round trip.
/// </summary>
internal static class ContentEquality
{
    public static bool Equal<T>(ImmutableArray<T> left, ImmutableArray<T> right) =>
        left.IsDefaultOrEmpty ? right.IsDefaultOrEmpty : !right.IsDefault && left.AsSpan().SequenceEqual(right.AsSpan(), EqualityComparer<T>.Default);

    public static void Add<T>(ref HashCode hash, ImmutableArray<T> items)
    {
        hash.Add(items.IsDefault ? 0 : items.Length);
        if (!items.IsDefault)
        {
            foreach (var item in items)
            {
                hash.Add(item);
            }
        }
    }
}
