using System.Globalization;
using NewsEvents.FuzzTests;

// The long run: dotnet run -c Release --project tests/NewsEvents.FuzzTests -- --minutes 10 [--seed 1] [--target cli] [--findings DIR]
var minutes = 1.0;
var seed = 1;
string? only = null;
var findings = Path.Combine(Environment.CurrentDirectory, "fuzz-findings");
for (var i = 0; i + 1 < args.Length; i += 2)
{
    switch (args[i])
    {
        case "--minutes":
            minutes = double.Parse(args[i + 1], CultureInfo.InvariantCulture);
            break;
        case "--seed":
            seed = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
            break;
        case "--target":
            only = args[i + 1];
            break;
        case "--findings":
            findings = args[i + 1];
            break;
        default:
            Console.Error.WriteLine($"unknown option {args[i]}; use --minutes N, --seed S, --target NAME, --findings DIR");
            return 2;
    }
}

IReadOnlyList<IFuzzTarget> targets = only is null ? FuzzCampaign.AllTargets : [FuzzCampaign.Target(only)];
var report = FuzzCampaign.Run(targets, TimeSpan.FromMinutes(minutes), seed, maxFindings: int.MaxValue);
Console.WriteLine(report);
foreach (var finding in report.Findings)
{
    Console.WriteLine($"saved {FindingStore.Save(findings, finding)}");
}

return report.Findings.Count == 0 ? 0 : 1;
