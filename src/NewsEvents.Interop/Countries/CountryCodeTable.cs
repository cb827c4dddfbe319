using System.Collections.Frozen;

namespace NewsEvents.Interop.Countries;

/// <summary>A table from one country code system to ISO 3166-1 alpha-2 (see <see cref="CountryCodeTables"/>).</summary>
public sealed class CountryCodeTable
{
    private readonly FrozenDictionary<string, CountryCodeMapping> _byCode;
    private readonly FrozenDictionary<string, CountryCodeMapping>.AlternateLookup<ReadOnlySpan<char>> _bySpan;

    internal CountryCodeTable(string name, string rows)
    {
        Name = name;
        var mappings = new List<CountryCodeMapping>();
        foreach (var line in rows.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            // "CODE ISO2 note…", with "-" for a code that names no country.
            var parts = line.Split(' ', 3);
            mappings.Add(new CountryCodeMapping(parts[0], parts[1] == "-" ? null : parts[1], parts.Length > 2 ? parts[2] : null));
        }

        Mappings = [.. mappings];
        _byCode = mappings.ToFrozenDictionary(m => m.Code, StringComparer.Ordinal);
        _bySpan = _byCode.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The code system the table maps from, such as <c>CAMEO</c> or <c>FIPS 10-4</c>.</summary>
    public string Name { get; }

    /// <summary>Every row of the table, in its order.</summary>
    public IReadOnlyList<CountryCodeMapping> Mappings { get; }

    /// <summary>The row for <paramref name="code"/> (case-sensitive, as the sources write codes in capitals), or <see langword="null"/> for a code the table does not know.</summary>
    /// <param name="code">The source's code.</param>
    /// <returns>The mapping, or <see langword="null"/>.</returns>
    public CountryCodeMapping? Find(ReadOnlySpan<char> code) => _bySpan.TryGetValue(code, out var mapping) ? mapping : null;

    /// <summary>The ISO 3166-1 alpha-2 code for <paramref name="code"/>, or <see langword="null"/> when the code is unknown or names no country.</summary>
    /// <param name="code">The source's code.</param>
    /// <returns>The ISO code, or <see langword="null"/>.</returns>
    public string? ToIso2(ReadOnlySpan<char> code) => Find(code)?.Iso2;

    /// <summary>Returns the table's name and size.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Name} to ISO 3166-1 alpha-2 ({Mappings.Count} codes)";
}
