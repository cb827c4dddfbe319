using System.CommandLine;

namespace NewsEvents.Cli.Commands;

/// <summary>The <c>--format text|json</c> option that every command with a report shares.</summary>
internal static class FormatOption
{
    /// <summary>Creates the option: text (the default) for people, json for scripts.</summary>
    /// <param name="what">What the option shapes, for the help text ("The report's form").</param>
    public static Option<string> TextOrJson(string what)
    {
        var format = new Option<string>("--format", "-f")
        {
            Description = $"{what}: text for people, json for scripts.",
            DefaultValueFactory = _ => "text",
            HelpName = "text|json",
        };
        format.AcceptOnlyFromAmong("text", "json");
        return format;
    }
}
