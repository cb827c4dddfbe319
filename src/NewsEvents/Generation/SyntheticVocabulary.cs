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

    public static readonly string[] Contents =
    [
        "the talks were constructive", "no agreement was reached", "the ceasefire must hold", "our forces will not withdraw",
        "the attack was a provocation", "humanitarian corridors will open on Monday", "переговоры были конструктивными",
        "the elections will go ahead as planned", "the sanctions are illegal", "لن نقبل أي تدخل أجنبي", "the situation remains tense",
        "sides agreed to meet again next week",
    ];

    public static readonly string[] Offices = ["foreign minister", "prime minister", "spokesperson", "commander", "president", "chairman"];

    public static readonly string[] MonthNames =
    [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    ];

    public static readonly (EventType Type, string Verb, string Cameo, string Plover)[] EventShapes =
    [
        (EventType.Meeting, "met", "043", "CONSULT"),
        (EventType.Negotiation, "held talks with", "046", "CONSULT"),
        (EventType.Agreement, "signed an agreement with", "057", "AGREE"),
        (EventType.Ceasefire, "agreed a ceasefire with", "0871", "AGREE"),
        (EventType.Appeal, "appealed to", "020", "REQUEST"),
        (EventType.Refusal, "rejected the proposal of", "120", "REJECT"),
        (EventType.Threat, "threatened", "130", "THREATEN"),
        (EventType.Demonstration, "protested against", "141", "PROTEST"),
        (EventType.Fighting, "clashed with", "190", "ASSAULT"),
        (EventType.Offensive, "launched an offensive against", "193", "ASSAULT"),
        (EventType.Deployment, "deployed troops alongside", "154", "MOBILIZE"),
        (EventType.Support, "pledged support to", "050", "SUPPORT"),
    ];
}
