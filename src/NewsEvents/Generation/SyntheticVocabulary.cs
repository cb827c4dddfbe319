namespace NewsEvents.Generation;

/// <summary>The words the generator builds from: names in several scripts, places with coordinates and zones, outlets, phrases.</summary>
internal static class SyntheticVocabulary
{
    public sealed record City(string Name, string Country, double Latitude, double Longitude, string Zone, string GeoNames);

    public sealed record Outlet(string Name, string Country, string? Wikidata);

    public static readonly City[] Cities =
    [
        new("Tripoli", "LY", 32.8872, 13.1913, "Africa/Tripoli", "2210247"),
        new("Benghazi", "LY", 32.1167, 20.0667, "Africa/Tripoli", "88319"),
        new("Moscow", "RU", 55.7558, 37.6173, "Europe/Moscow", "524901"),
        new("Казань", "RU", 55.7887, 49.1221, "Europe/Moscow", "551487"),
        new("Tokyo", "JP", 35.6895, 139.6917, "Asia/Tokyo", "1850147"),
        new("北京", "CN", 39.9075, 116.3972, "Asia/Shanghai", "1816670"),
        new("Paris", "FR", 48.8534, 2.3488, "Europe/Paris", "2988507"),
        new("Besançon", "FR", 47.2488, 6.0182, "Europe/Paris", "3033123"),
        new("New York", "US", 40.7143, -74.006, "America/New_York", "5128581"),
        new("بغداد", "IQ", 33.3406, 44.4009, "Asia/Baghdad", "98182"),
        new("Berlin", "DE", 52.5244, 13.4105, "Europe/Berlin", "2950159"),
        new("서울", "KR", 37.566, 126.9784, "Asia/Seoul", "1835848"),
        new("São Paulo", "BR", -23.5475, -46.6361, "America/Sao_Paulo", "3448439"),
        new("Cairo", "EG", 30.0626, 31.2497, "Africa/Cairo", "360630"),
        new("Mumbai", "IN", 19.0728, 72.8826, "Asia/Kolkata", "1275339"),
        new("Kathmandu", "NP", 27.7017, 85.3206, "Asia/Kathmandu", "1283240"),
    ];

    public static readonly Outlet[] Agencies =
    [
        new("Reuters", "GB", "Q130879"),
        new("TASS", "RU", "Q223799"),
        new("Agence France-Presse", "FR", "Q40464"),
        new("Xinhua", "CN", "Q204839"),
        new("Anadolu Agency", "TR", "Q379014"),
        new("РИА Новости", "RU", "Q1547356"),
        new("共同通信", "JP", "Q1138993"),
        new("연합뉴스", "KR", "Q482170"),
    ];

    public static readonly string[] Publishers =
    [
        "The Moscow Times", "Libya Observer", "Le Monde", "朝日新聞", "Al Jazeera", "Deutsche Welle", "Folha de S.Paulo", "The Hindu",
        "Новая газета", "الأهرام", "조선일보", "The New York Times",
    ];

    public static readonly string[][] FirstNames =
    [
        ["José", "François", "Zoë", "Łukasz", "Ana", "Søren", "Chloé", "Mehmet", "Nuño", "Ingrid", "John", "Amelia"],
        ["محمد", "فاطمة", "خالد", "ليلى", "عبد الحميد", "فايز"],
        ["Сергей", "Мария", "Алексей", "Ольга", "Дмитрий", "Анна"],
    ];

    public static readonly string[][] LastNames =
    [
        ["Martínez", "Dubois", "Müller", "Wójcik", "Conceição", "Kierkegård", "Lefèvre", "Yılmaz", "García", "Ødegård", "Smith", "O'Neill"],
        ["السراج", "حفتر", "المنصوري", "الدبيبة", "العبيدي", "الكبير"],
        ["Лавров", "Иванова", "Смирнов", "Кузнецова", "Попов", "Соколова"],
    ];

    /// <summary>Whole names in scripts written without a space, one with a character outside the BMP (𠮷).</summary>
    public static readonly string[] EastAsianNames =
    [
        "王伟", "李娜", "张敏", "刘洋", "山田太郎", "𠮷田花子", "佐藤健", "김민준", "이서연", "박지훈",
    ];

    public static readonly string[] Organizations =
    [
        "Red Crescent", "Human Rights Watch", "Médecins Sans Frontières", "Газпром", "الهلال الأحمر", "国家电网", "Central Bank",
    ];

    public static readonly string[] Governments =
    [
        "Government of National Accord", "Ministry of Foreign Affairs", "Министерство обороны", "وزارة الداخلية", "外务省", "Ministry of Health",
    ];

    public static readonly string[] ArmedGroups =
    [
        "Libyan National Army", "Wagner Group", "Tripoli Protection Force", "كتيبة النواصي", "Free Syrian Army", "Popular Mobilization Forces",
    ];

    public static readonly string[] States = ["Russia", "Turkey", "Libya", "France", "Egypt", "Japan", "Brazil", "Germany"];

    public static readonly string[] StateCodes = ["RU", "TR", "LY", "FR", "EG", "JP", "BR", "DE"];

    public static readonly string[] InternationalOrganizations = ["United Nations", "African Union", "European Union", "Arab League", "NATO"];

    public static readonly string[] Collectives =
    [
        "residents", "pro-LNA channels", "a website close to the force", "местные жители", "السكان", "witnesses", "protesters", "地元住民",
    ];

    /// <summary>A proposition worded as asserted and as negated, so that a quote can say either without a double negative.</summary>
    public sealed record Wording(string Positive, string Negative);

    /// <summary>The first propositions: whole wordings, some in other scripts.</summary>
    public static readonly Wording[] FixedWordings =
    [
        new("the ceasefire is holding", "the ceasefire is not holding"),
        new("the attack was a provocation", "the attack was not a provocation"),
        new("the elections will go ahead as planned", "the elections will not go ahead as planned"),
        new("the sanctions are lawful", "the sanctions are unlawful"),
        new("our forces will withdraw", "our forces will not withdraw"),
        new("the situation is calm", "the situation remains tense"),
        new("переговоры были конструктивными", "переговоры не были конструктивными"),
        new("سيتم فتح الممرات الإنسانية", "لن يتم فتح الممرات الإنسانية"),
    ];

    /// <summary>The further propositions: wordings with a place or issue in them ({0}), one for each topic.</summary>
    public static readonly Wording[] TopicWordings =
    [
        new("the talks on {0} were constructive", "the talks on {0} were not constructive"),
        new("an agreement on {0} was reached", "no agreement on {0} was reached"),
        new("humanitarian corridors to {0} will open on Monday", "humanitarian corridors to {0} will not open on Monday"),
        new("the sides will meet again next week to discuss {0}", "the sides will not meet again to discuss {0}"),
        new("foreign fighters are present in {0}", "no foreign fighters are present in {0}"),
        new("civilians were targeted in {0}", "no civilians were targeted in {0}"),
        new("the government controls {0}", "the government has lost control of {0}"),
    ];

    /// <summary>The named topics; after them come numbered sectors and districts, as many as asked for.</summary>
    public static readonly string[] Topics =
    [
        "the port of Tripoli", "the oil fields", "the airport", "the old city", "the coastal road", "the border crossing", "the dam",
        "the refinery", "the southern front", "the eastern districts", "Sirte", "Misrata",
    ];

    public static readonly string[] TopicAreas = ["sector", "district"];

    public static readonly string[] Offices = ["foreign minister", "prime minister", "spokesperson", "commander", "president", "chairman"];

    public static readonly string[] MonthNames =
    [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    ];

    /// <summary>An event type with its verb in the past (which is also its participle) and in the base form, and its codes.</summary>
    public sealed record EventShape(EventType Type, string Past, string Base, string Cameo, string Plover);

    public static readonly EventShape[] EventShapes =
    [
        new(EventType.Meeting, "met", "meet", "043", "CONSULT"),
        new(EventType.Negotiation, "held talks with", "hold talks with", "046", "CONSULT"),
        new(EventType.Agreement, "signed an agreement with", "sign an agreement with", "057", "AGREE"),
        new(EventType.Ceasefire, "agreed a ceasefire with", "agree a ceasefire with", "0871", "AGREE"),
        new(EventType.Appeal, "appealed to", "appeal to", "020", "REQUEST"),
        new(EventType.Refusal, "rejected the proposal of", "reject the proposal of", "120", "REJECT"),
        new(EventType.Threat, "threatened", "threaten", "130", "THREATEN"),
        new(EventType.Demonstration, "protested against", "protest against", "141", "PROTEST"),
        new(EventType.Fighting, "clashed with", "clash with", "190", "ASSAULT"),
        new(EventType.Offensive, "launched an offensive against", "launch an offensive against", "193", "ASSAULT"),
        new(EventType.Deployment, "deployed troops alongside", "deploy troops alongside", "154", "MOBILIZE"),
        new(EventType.Support, "pledged support to", "pledge support to", "050", "SUPPORT"),
    ];
}
