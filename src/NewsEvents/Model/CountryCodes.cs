namespace NewsEvents.Model;

/// <summary>
/// The country codes the format accepts: the ISO 3166-1 alpha-2 codes assigned to countries and
/// territories, and the user-assigned <c>XK</c> (Kosovo), which has no assigned code yet is what
/// the European Commission, the IMF and most data sets use.
/// </summary>
/// <remarks>
/// Codes that are well formed but not assigned ("XV", "AA"), exceptionally reserved ("UK", "EU")
/// or withdrawn ("YU", "AN") are refused: a country must be one a reader can look up. This is the
/// one table of country codes; actors, places and <see cref="CodeScheme.Iso3166"/> codes all draw on it.
/// </remarks>
public static class CountryCodes
{
    /// <summary>The user-assigned codes accepted beside the assigned ones.</summary>
    public const string UserAssigned = "XK";

    // As published by the ISO 3166 Maintenance Agency: 249 codes.
    private const string Assigned =
        "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ " +
        "CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR " +
        "GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP " +
        "KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT " +
        "MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW " +
        "SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ " +
        "UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW";

    private static readonly bool[] Accepted = Build();

    /// <summary>Every accepted code, in alphabetical order.</summary>
    public static IReadOnlyList<string> All { get; } = [.. (Assigned + " " + UserAssigned).Split(' ').Order(StringComparer.Ordinal)];

    /// <summary>Whether <paramref name="code"/> is an assigned ISO 3166-1 alpha-2 code or <see cref="UserAssigned"/>.</summary>
    /// <param name="code">The code, two capital letters.</param>
    /// <returns>True when the format accepts it.</returns>
    public static bool IsAccepted(string? code) =>
        code is { Length: 2 } && char.IsAsciiLetterUpper(code[0]) && char.IsAsciiLetterUpper(code[1]) && Accepted[Slot(code[0], code[1])];

    private static int Slot(char first, char second) => ((first - 'A') * 26) + (second - 'A');

    private static bool[] Build()
    {
        var accepted = new bool[26 * 26];
        foreach (var code in (Assigned + " " + UserAssigned).Split(' '))
        {
            accepted[Slot(code[0], code[1])] = true;
        }

        return accepted;
    }
}
