namespace NewsEvents.Interop.Gdelt;

/// <summary>Where each value sits in an events row of one layout: the positions of <see cref="GdeltColumns"/>, from 0.</summary>
internal sealed class GdeltEventColumns
{
    private GdeltEventColumns(GdeltLayout layout)
    {
        int At(string name) => GdeltColumns.NumberOf(layout, name) - 1;
        Id = At("GLOBALEVENTID");
        SqlDate = At("SQLDATE");
        MonthYear = At("MonthYear");
        Year = At("Year");
        FractionDate = At("FractionDate");
        Actors = [Actor(layout, "Actor1"), Actor(layout, "Actor2")];
        IsRootEvent = At("IsRootEvent");
        EventCode = At("EventCode");
        EventBaseCode = At("EventBaseCode");
        EventRootCode = At("EventRootCode");
        QuadClass = At("QuadClass");
        GoldsteinScale = At("GoldsteinScale");
        NumMentions = At("NumMentions");
        NumSources = At("NumSources");
        NumArticles = At("NumArticles");
        AvgTone = At("AvgTone");
        Geos = [Geo(layout, "Actor1Geo"), Geo(layout, "Actor2Geo"), Geo(layout, "ActionGeo")];
        DateAdded = At("DATEADDED");
        SourceUrl = At("SOURCEURL");
        DateAddedIsMoment = layout == GdeltLayout.Events2;
    }

    public static GdeltEventColumns Events2 { get; } = new(GdeltLayout.Events2);

    public static GdeltEventColumns Events1 { get; } = new(GdeltLayout.Events1);

    public static GdeltEventColumns Events1WithSourceUrl { get; } = new(GdeltLayout.Events1WithSourceUrl);

    public int Id { get; }
    public int SqlDate { get; }
    public int MonthYear { get; }
    public int Year { get; }
    public int FractionDate { get; }
    public ActorColumns[] Actors { get; }
    public int IsRootEvent { get; }
    public int EventCode { get; }
    public int EventBaseCode { get; }
    public int EventRootCode { get; }
    public int QuadClass { get; }
    public int GoldsteinScale { get; }
    public int NumMentions { get; }
    public int NumSources { get; }
    public int NumArticles { get; }
    public int AvgTone { get; }

    /// <summary>Actor1Geo, Actor2Geo, ActionGeo: the last is the event's place.</summary>
    public GeoColumns[] Geos { get; }

    public int DateAdded { get; }

    /// <summary>-1 in the backfile layout, which has none.</summary>
    public int SourceUrl { get; }

    /// <summary>GDELT 2.0 writes DATEADDED to the second; 1.0 writes a day.</summary>
    public bool DateAddedIsMoment { get; }

    public static GdeltEventColumns For(GdeltLayout layout) => layout switch
    {
        GdeltLayout.Events2 => Events2,
        GdeltLayout.Events1 => Events1,
        _ => Events1WithSourceUrl,
    };

    private static ActorColumns Actor(GdeltLayout layout, string prefix)
    {
        int At(string name) => GdeltColumns.NumberOf(layout, prefix + name) - 1;
        return new ActorColumns(At("Code"), At("Name"), At("CountryCode"), At("Type1Code"), prefix + "Code", prefix + "Name");
    }

    private static GeoColumns Geo(GdeltLayout layout, string prefix)
    {
        int At(string name) => GdeltColumns.NumberOf(layout, prefix + name) - 1;
        return new GeoColumns(At("_Type"), At("_FullName"), At("_CountryCode"), At("_Lat"), At("_Long"), prefix);
    }

    internal sealed record ActorColumns(int Code, int Name, int CountryCode, int Type1Code, string CodeName, string NameName);

    internal sealed record GeoColumns(int Type, int FullName, int CountryCode, int Lat, int Long, string Prefix)
    {
        public string TypeName { get; } = Prefix + "_Type";
        public string LatName { get; } = Prefix + "_Lat";
        public string LongName { get; } = Prefix + "_Long";
        public string FullNameName { get; } = Prefix + "_FullName";
    }
}
