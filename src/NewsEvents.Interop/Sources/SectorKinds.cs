namespace NewsEvents.Interop.Sources;

/// <summary>
/// The actor kind of the sector words POLECAT and ICEWS give an actor ("Government,Executive", "Rebels"), looked for
/// in this order of precedence: international organisations, rebels, insurgents and separatists, NGOs and business,
/// government bodies (government, military, police, executive, legislative, judicial), media; any other actor
/// (citizens, "Men (India)") is a collective. The sectors themselves are kept as source attributes.
/// </summary>
internal static class SectorKinds
{
    private static readonly (string[] Words, ActorKind Kind)[] Rules =
    [
        (["International"], ActorKind.InternationalOrganization),
        (["Rebel", "Insurgent", "Separatist"], ActorKind.ArmedGroup),

        // Before government: "Non-Governmental" holds the word.
        (["Non-Governmental", "NGO", "Business"], ActorKind.Organization),
        (["Government", "Military", "Police", "Executive", "Legislative", "Judicial"], ActorKind.Government),
        (["Media"], ActorKind.MediaOutlet),
    ];

    public static ActorKind Of(string sectors)
    {
        foreach (var (words, kind) in Rules)
        {
            if (words.Any(w => sectors.Contains(w, StringComparison.OrdinalIgnoreCase)))
            {
                return kind;
            }
        }

        return ActorKind.Collective;
    }
}
