#:project ../src/NewsEvents/NewsEvents.csproj

// Prints a readable summary of the sample dataset: run `dotnet run seeds/summary.cs` from the repository root.
using NewsEvents;
using NewsEvents.Samples;

var dataset = SampleDatasets.MoscowTalks;
var document = dataset.Documents[0];
var names = dataset.Actors.ToDictionary(a => a.Id, a => a.Name);

Console.WriteLine(dataset);
Console.WriteLine($"{document.Title} - {document.Publisher} ({document.Agency}), {document.Published} {document.Published?.Zone?.Id}");

Console.WriteLine();
Console.WriteLine("Timeline:");
foreach (var e in dataset.Events.Where(e => e.Time is not null).OrderBy(e => e.Time!.FirstDate ?? e.Time!.LastDate))
{
    Console.WriteLine($"  {e.Time,-34} {e.Status,-12} {e.Summary}");
}

Console.WriteLine();
Console.WriteLine("Who said what:");
foreach (var s in dataset.Statements)
{
    var words = s.Mode == SpeechMode.DirectQuote ? $"\"{s.Content}\"" : s.Content;
    Console.WriteLine($"  {names[s.Speaker]} ({s.Channel}): {words}");
}

Console.WriteLine();
Console.WriteLine("Claims that contradict each other:");
var claims = dataset.Claims.ToDictionary(c => c.Id);
foreach (var c in dataset.Claims)
{
    foreach (var link in c.Links.Where(l => l.Type == ClaimLinkType.Contradicts && string.CompareOrdinal(c.Id.Value, l.Target.Value) < 0))
    {
        var other = claims[link.Target];
        Console.WriteLine($"  {names[c.Claimant]}: {c.Proposition} ({c.Polarity})");
        Console.WriteLine($"    vs {names[other.Claimant]}: {other.Proposition} ({other.Polarity})");
    }
}
