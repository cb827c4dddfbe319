using System.Globalization;

namespace NewsEvents.Validation;

/// <summary>
/// A member of an item, relative to the item: <c>.claimant</c>, or an entry of a list member and
/// what follows it (<c>.participants[0].actor</c>). It is written out only for a violation, so that
/// checking a valid item allocates no path.
/// </summary>
internal readonly record struct MemberPath(string Name, int Item = -1, string Rest = "")
{
    /// <summary>Returns <c>.name[item]rest</c>.</summary>
    public override string ToString() => Item < 0
        ? string.Concat(".", Name, Rest)
        : string.Create(CultureInfo.InvariantCulture, $".{Name}[{Item}]{Rest}");
}
