using System.Collections.Frozen;
using System.Collections.Immutable;

namespace NewsEvents.Interop.Cameo;

/// <summary>
/// The CAMEO→PLOVER conversion table, read from the CAMEO2PLOVER file shipped in this package (draft 0.8 of
/// 17 September 2021, CC BY-SA 4.0: see the package's NOTICE.md). The file is not clean, so every row is
/// flagged with what makes it doubtful (<see cref="CameoPloverCaveats"/>) instead of being silently trusted;
/// docs/interop.md documents each choice.
/// </summary>
public sealed class CameoPloverTable
{
    private const string ResourceName = "NewsEvents.Interop.Cameo.cameo2plover_2021.txt";

    private const string VersionLine = "# PLOVER manual version";

    // The roots whose mapping the PLOVER manual gives otherwise than the file does.
    private static readonly FrozenSet<string> RootsDisputedByManual = FrozenSet.Create(StringComparer.Ordinal, "09", "11", "19", "20");

    private static readonly Lazy<CameoPloverTable> Shipped = new(() =>
    {
        using var stream = typeof(CameoPloverTable).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The resource {ResourceName} is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return new CameoPloverTable(reader.ReadToEnd());
    });

    private readonly FrozenDictionary<string, CameoPloverMapping> _byCode;
    private readonly FrozenDictionary<string, CameoPloverMapping>.AlternateLookup<ReadOnlySpan<char>> _bySpan;

    private CameoPloverTable(string text)
    {
        var rows = new Dictionary<string, CameoPloverMapping>(StringComparer.Ordinal);
        var rootTypes = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var section = string.Empty;
        var order = new List<string>();
        Version = string.Empty;
        foreach (var rawLine in text.Split('\n'))
        {
            if (rawLine.StartsWith(VersionLine, StringComparison.Ordinal))
            {
                Version = rawLine[2..].Trim();
            }

            var line = rawLine.Split('#', 2)[0].Trim();
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon < 0)
            {
                continue;
            }

            var code = line[..colon].Trim();
            var fields = line[(colon + 1)..].Split(',').Select(f => f.Trim()).ToArray();
            if (code.Length == 2 && fields.Length == 1)
            {
                section = code;
                if (!rootTypes.TryGetValue(code, out var types))
                {
                    rootTypes[code] = types = [];
                }

                types.Add(fields[0]);
                continue;
            }

            var caveats = CameoPloverCaveats.None;
            var mode = fields.Length > 1 && fields[1].Length > 0 ? fields[1] : null;
            var contexts = fields.Length > 2 ? SplitContexts(fields[2]) : [];
            if (mode is not null && mode.Contains('_', StringComparison.Ordinal))
            {
                caveats |= CameoPloverCaveats.ContextInModeColumn;
                contexts = [mode, .. contexts];
                mode = null;
            }

            if (!code.StartsWith(section, StringComparison.Ordinal))
            {
                caveats |= CameoPloverCaveats.OutOfSection;
            }

            if (rows.TryGetValue(code, out var first))
            {
                rows[code] = first with { Caveats = first.Caveats | CameoPloverCaveats.DuplicateKey };
                continue;
            }

            rows[code] = new CameoPloverMapping(code, fields[0], mode, contexts, caveats);
            order.Add(code);
        }

        foreach (var (root, types) in rootTypes)
        {
            var caveats = types.Distinct(StringComparer.Ordinal).Count() > 1 ? CameoPloverCaveats.AmbiguousRoot : CameoPloverCaveats.None;
            rows[root] = new CameoPloverMapping(root, types[0], null, [], caveats);
            order.Add(root);
        }

        foreach (var code in order)
        {
            var row = rows[code];
            var root = code[..2];
            var caveats = row.Caveats;
            if (rootTypes.TryGetValue(root, out var types))
            {
                if (types.Distinct(StringComparer.Ordinal).Count() > 1)
                {
                    caveats |= CameoPloverCaveats.AmbiguousRoot;
                }

                if (!types.Contains(row.EventType, StringComparer.Ordinal))
                {
                    caveats |= CameoPloverCaveats.DiffersFromRoot;
                }
            }

            if (RootsDisputedByManual.Contains(root))
            {
                caveats |= CameoPloverCaveats.DisputedByManual;
            }

            rows[code] = row with { Caveats = caveats };
        }

        Rows = [.. order.Order(StringComparer.Ordinal).Select(code => rows[code])];
        _byCode = rows.ToFrozenDictionary(StringComparer.Ordinal);
        _bySpan = _byCode.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The table shipped in this package.</summary>
    public static CameoPloverTable Default => Shipped.Value;

    /// <summary>The version of the table, from the file's own heading: <c>PLOVER manual version Draft 0.8, 17-September-2021</c>.</summary>
    public string Version { get; }

    /// <summary>Every row the file gives (roots from their headings), ordered by CAMEO code.</summary>
    public ImmutableArray<CameoPloverMapping> Rows { get; }

    /// <summary>
    /// The PLOVER mapping of a CAMEO event code: the file's row for the code, or else for its base (three
    /// digits) or root (two digits) code, flagged <see cref="CameoPloverCaveats.Inherited"/>; <see langword="null"/>
    /// when the file has none (roots 01 and 02: PLOVER has no type for public statements and appeals).
    /// </summary>
    /// <param name="cameoCode">The CAMEO event code, leading zeros kept (<c>"0871"</c>).</param>
    /// <returns>The mapping, or <see langword="null"/>.</returns>
    public CameoPloverMapping? Find(ReadOnlySpan<char> cameoCode)
    {
        if (_bySpan.TryGetValue(cameoCode, out var exact))
        {
            return exact;
        }

        for (var length = Math.Min(cameoCode.Length - 1, 3); length >= 2; length--)
        {
            if (_bySpan.TryGetValue(cameoCode[..length], out var broader))
            {
                return broader with { Caveats = broader.Caveats | CameoPloverCaveats.Inherited };
            }
        }

        return null;
    }

    private static ImmutableArray<string> SplitContexts(string field) =>
        [.. field.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    /// <summary>Returns the version and size.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"CAMEO2PLOVER, {Version} ({Rows.Length} rows)";
}
