namespace NewsEvents.Benchmarks;

// Plain classes shaped like the JSON, as a user of Newtonsoft.Json would write them: strings for
// ids, enums and times, lists for arrays, no validation.
#pragma warning disable CA1002, CA1056, CA2227 // plain data classes, on purpose

public sealed class PlainDataset
{
    public string? SchemaVersion { get; set; }
    public string? Id { get; set; }
    public string? Title { get; set; }
    public PlainMetadata? Metadata { get; set; }
    public List<PlainDocument>? Documents { get; set; }
    public List<PlainActor>? Actors { get; set; }
    public List<PlainEvent>? Events { get; set; }
    public List<PlainStatement>? Statements { get; set; }
    public List<PlainClaim>? Claims { get; set; }
    public List<PlainRelation>? Relations { get; set; }
}

public sealed class PlainMetadata
{
    public string? Description { get; set; }
    public List<string>? Coders { get; set; }
    public PlainTime? Coded { get; set; }
    public string? License { get; set; }
    public List<PlainCodebook>? Codebooks { get; set; }
    public List<string>? SourceFiles { get; set; }
    public string? Citation { get; set; }
}

public sealed class PlainCodebook
{
    public string? Name { get; set; }
    public string? Version { get; set; }
}

public sealed class PlainTime
{
    public string? Value { get; set; }
    public string? Zone { get; set; }
    public string? Expression { get; set; }
    public string? Anchor { get; set; }
    public bool? Approximate { get; set; }
    public string? Duration { get; set; }
}

public sealed class PlainDocument
{
    public string? Id { get; set; }
    public string? Url { get; set; }
    public string? Title { get; set; }
    public string? Publisher { get; set; }
    public string? Agency { get; set; }
    public string? Byline { get; set; }
    public List<string>? Credits { get; set; }
    public PlainTime? Published { get; set; }
    public string? Language { get; set; }
    public string? Text { get; set; }
}

public sealed class PlainCode
{
    public string? Scheme { get; set; }
    public string? Value { get; set; }
}

public sealed class PlainEvidence
{
    public string? Document { get; set; }
    public int Start { get; set; }
    public int End { get; set; }
    public string? Quote { get; set; }
}

public sealed class PlainActor
{
    public string? Id { get; set; }
    public string? Kind { get; set; }
    public string? Name { get; set; }
    public List<string>? Aliases { get; set; }
    public string? Country { get; set; }
    public List<PlainCode>? Codes { get; set; }
    public List<PlainEvidence>? Evidence { get; set; }
}

public sealed class PlainPoint
{
    public double Latitude { get; set; }
    public double Longitude { get; set; }
}

public sealed class PlainPlace
{
    public string? Name { get; set; }
    public string? Country { get; set; }
    public string? Precision { get; set; }
    public PlainPoint? Coordinates { get; set; }
    public List<PlainCode>? Codes { get; set; }
}

public sealed class PlainParticipant
{
    public string? Actor { get; set; }
    public string? Role { get; set; }
}

public sealed class PlainQuantity
{
    public string? Kind { get; set; }
    public decimal? Value { get; set; }
    public decimal? Min { get; set; }
    public decimal? Max { get; set; }
    public string? Qualifier { get; set; }
    public string? Unit { get; set; }
    public string? Text { get; set; }
}

public sealed class PlainLink
{
    public string? Type { get; set; }
    public string? Target { get; set; }
}

public sealed class PlainEvent
{
    public string? Id { get; set; }
    public string? Type { get; set; }
    public string? Status { get; set; }
    public string? Summary { get; set; }
    public PlainTime? Time { get; set; }
    public PlainPlace? Place { get; set; }
    public List<PlainParticipant>? Participants { get; set; }
    public List<PlainCode>? Codes { get; set; }
    public List<PlainQuantity>? Quantities { get; set; }
    public List<PlainLink>? Links { get; set; }
    public List<PlainEvidence>? Evidence { get; set; }
}

public sealed class PlainStatement
{
    public string? Id { get; set; }
    public string? Speaker { get; set; }
    public string? Channel { get; set; }
    public string? Mode { get; set; }
    public string? Content { get; set; }
    public PlainTime? Time { get; set; }
    public PlainPlace? Place { get; set; }
    public List<string>? Audience { get; set; }
    public List<string>? About { get; set; }
    public List<PlainEvidence>? Evidence { get; set; }
}

public sealed class PlainSubjects
{
    public List<string>? Events { get; set; }
    public List<string>? Actors { get; set; }
}

public sealed class PlainClaim
{
    public string? Id { get; set; }
    public string? Claimant { get; set; }
    public string? Proposition { get; set; }
    public string? Polarity { get; set; }
    public string? Certainty { get; set; }
    public string? Statement { get; set; }
    public PlainSubjects? About { get; set; }
    public List<string>? Attribution { get; set; }
    public List<PlainQuantity>? Quantities { get; set; }
    public List<PlainLink>? Links { get; set; }
    public List<PlainEvidence>? Evidence { get; set; }
}

public sealed class PlainRelation
{
    public string? Id { get; set; }
    public string? Type { get; set; }
    public string? Source { get; set; }
    public string? Target { get; set; }
    public string? Role { get; set; }
    public PlainTime? Time { get; set; }
    public List<PlainEvidence>? Evidence { get; set; }
}
