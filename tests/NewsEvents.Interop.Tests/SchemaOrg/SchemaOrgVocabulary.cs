namespace NewsEvents.Interop.Tests.SchemaOrg;

/// <summary>
/// The part of schema.org (version 29) the JSON-LD export uses, written from schema.org's own definitions, not from
/// the exporter: each type with its parent, each enumeration member with its type, each property with its domain
/// ("used on these types") and range ("values expected to be one of these types"). Only the domain and range types
/// the export could meet are listed; a property's full lists on schema.org are longer.
/// </summary>
internal static class SchemaOrgVocabulary
{
    // Data types. URL is a subtype of Text in schema.org; Date and DateTime are ISO 8601 texts.
    public const string Text = "Text";
    public const string Url = "URL";
    public const string Date = "Date";
    public const string DateTime = "DateTime";
    public const string Number = "Number";

    public static readonly IReadOnlyDictionary<string, string?> Parents = new Dictionary<string, string?>
    {
        ["Thing"] = null,
        ["CreativeWork"] = "Thing",
        ["Article"] = "CreativeWork",
        ["NewsArticle"] = "Article",
        ["Claim"] = "CreativeWork",
        ["Dataset"] = "CreativeWork",
        ["DefinedTermSet"] = "CreativeWork",
        ["Event"] = "Thing",
        ["Place"] = "Thing",
        ["AdministrativeArea"] = "Place",
        ["Country"] = "AdministrativeArea",
        ["Organization"] = "Thing",
        ["GovernmentOrganization"] = "Organization",
        ["NewsMediaOrganization"] = "Organization",
        ["Person"] = "Thing",
        ["Intangible"] = "Thing",
        ["Role"] = "Intangible",
        ["DefinedTerm"] = "Intangible",
        ["StructuredValue"] = "Intangible",
        ["GeoCoordinates"] = "StructuredValue",
        ["ContactPoint"] = "StructuredValue",
        ["PostalAddress"] = "ContactPoint",
        ["PropertyValue"] = "StructuredValue",
        ["Enumeration"] = "Intangible",
        ["StatusEnumeration"] = "Enumeration",
        ["EventStatusType"] = "StatusEnumeration",
    };

    /// <summary>Enumeration members, named by their IRI, and the enumeration they belong to.</summary>
    public static readonly IReadOnlyDictionary<string, string> Members = new Dictionary<string, string>
    {
        ["https://schema.org/EventScheduled"] = "EventStatusType",
        ["https://schema.org/EventCancelled"] = "EventStatusType",
        ["https://schema.org/EventPostponed"] = "EventStatusType",
        ["https://schema.org/EventRescheduled"] = "EventStatusType",
        ["https://schema.org/EventMovedOnline"] = "EventStatusType",
    };

    public static readonly IReadOnlyDictionary<string, (string[] Domain, string[] Range)> Properties = new Dictionary<string, (string[], string[])>
    {
        ["name"] = (["Thing"], [Text]),
        ["alternateName"] = (["Thing"], [Text]),
        ["description"] = (["Thing"], [Text, "TextObject"]),
        ["url"] = (["Thing"], [Url]),
        ["sameAs"] = (["Thing"], [Url]),
        ["identifier"] = (["Thing"], ["PropertyValue", Text, Url]),
        ["subjectOf"] = (["Thing"], ["CreativeWork", "Event"]),
        ["about"] = (["CreativeWork", "Event", "CommunicateAction"], ["Thing"]),
        ["headline"] = (["CreativeWork"], [Text]),
        ["text"] = (["CreativeWork"], [Text]),
        ["author"] = (["CreativeWork", "Rating"], ["Organization", "Person"]),
        ["publisher"] = (["CreativeWork"], ["Organization", "Person"]),
        ["sourceOrganization"] = (["CreativeWork"], ["Organization"]),
        ["creditText"] = (["CreativeWork"], [Text]),
        ["datePublished"] = (["CreativeWork"], [Date, DateTime]),
        ["dateCreated"] = (["CreativeWork", "DataFeedItem"], [Date, DateTime]),
        ["citation"] = (["CreativeWork"], ["CreativeWork", Text]),
        ["isPartOf"] = (["CreativeWork"], ["CreativeWork", Url]),
        ["inLanguage"] = (["CreativeWork", "Event", "BroadcastService", "CommunicateAction", "LinkRole", "PronounceableText", "WriteAction"], ["Language", Text]),
        ["articleBody"] = (["Article"], [Text]),
        ["appearance"] = (["Claim"], ["CreativeWork"]),
        ["firstAppearance"] = (["Claim"], ["CreativeWork"]),
        ["startDate"] = (["Event", "Role", "CreativeWorkSeason", "CreativeWorkSeries", "DatedMoneySpecification", "EducationalOccupationalProgram", "Schedule"], [Date, DateTime]),
        ["endDate"] = (["Event", "Role", "CreativeWorkSeason", "CreativeWorkSeries", "DatedMoneySpecification", "EducationalOccupationalProgram", "Schedule"], [Date, DateTime]),
        ["eventStatus"] = (["Event"], ["EventStatusType"]),
        ["location"] = (["Event", "Action", "InteractionCounter", "Organization"], ["Place", "PostalAddress", Text, "VirtualLocation"]),
        ["organizer"] = (["Event"], ["Organization", "Person"]),
        ["attendee"] = (["Event"], ["Organization", "Person"]),
        ["sponsor"] = (["Event", "CreativeWork", "Grant", "MedicalStudy", "Organization", "Person"], ["Organization", "Person"]),
        ["roleName"] = (["Role"], [Text, Url]),
        ["geo"] = (["Place"], ["GeoCoordinates", "GeoShape"]),
        ["latitude"] = (["GeoCoordinates", "Place"], [Number, Text]),
        ["longitude"] = (["GeoCoordinates", "Place"], [Number, Text]),
        ["address"] = (["Place", "Organization", "Person", "GeoCoordinates", "GeoShape"], ["PostalAddress", Text]),
        ["addressCountry"] = (["PostalAddress", "GeoCoordinates", "GeoShape", "DefinedRegion"], ["Country", Text]),
        ["nationality"] = (["Person"], ["Country"]),
        ["propertyID"] = (["PropertyValue"], [Text, Url]),
        ["value"] = (["PropertyValue", "QuantitativeValue", "MonetaryAmount"], [Text, Number, "Boolean", "StructuredValue"]),
        ["termCode"] = (["DefinedTerm"], [Text]),
        ["inDefinedTermSet"] = (["DefinedTerm"], ["DefinedTermSet", Url]),
    };

    /// <summary>Whether <paramref name="type"/> is <paramref name="ancestor"/> or one of its subtypes.</summary>
    public static bool IsA(string type, string ancestor)
    {
        for (string? t = type; t is not null; t = Parents.GetValueOrDefault(t))
        {
            if (t == ancestor)
            {
                return true;
            }
        }

        return false;
    }
}
