namespace NewsEvents.Interop.Countries;

/// <summary>One row of a country code table: a source's code and the ISO 3166-1 alpha-2 code it stands for.</summary>
/// <param name="Code">The source's code as written in the data (kept: the mapping never replaces it).</param>
/// <param name="Iso2">The ISO 3166-1 alpha-2 code, or <see langword="null"/> when the code names no country (a region such as CAMEO <c>AFR</c>, a disputed territory).</param>
/// <param name="Note">Why the mapping is not one-to-one onto a current ISO code (a historic code, a user-assigned code, a territory folded into a country), or <see langword="null"/> when it is.</param>
public sealed record CountryCodeMapping(string Code, string? Iso2, string? Note)
{
    /// <summary>Whether something is lost or assumed on the way to ISO: see <see cref="Note"/>.</summary>
    public bool IsLossy => Note is not null;
}
