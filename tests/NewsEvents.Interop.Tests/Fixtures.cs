using NewsEvents.Interop;

namespace NewsEvents.Interop.Tests;

/// <summary>The GDELT sample files (see Fixtures/ATTRIBUTION.md), and rows taken from them to break on purpose.</summary>
internal static class Fixtures
{
    public const string Events2 = "gdelt2_events_sample.tsv";
    public const string Mentions2 = "gdelt2_mentions_sample.tsv";
    public const string TranslationEvents = "gdelt2_translation_events_sample.tsv";
    public const string TranslationMentions = "gdelt2_translation_mentions_sample.tsv";
    public const string Events1Mixed = "gdelt1_events_sample_mixed.tsv";
    public const string Gkg21 = "gdelt2_gkg21_sample_first40.tsv";
    public const string Gkg1 = "gdelt1_gkg_sample_first3.tsv";

    public static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    public static ImportSource Source(string name) => ImportSource.FromFile(PathOf(name));

    public static string[] Lines(string name) => File.ReadAllText(PathOf(name)).Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public static string[] Columns(string line) => line.Split('\t');

    public static ImportSource Text(string name, string text) => ImportSource.FromBytes(name, System.Text.Encoding.UTF8.GetBytes(text));

    /// <summary>The first line of an events file with one column replaced.</summary>
    public static string EventRowWith(int columnNumber, string value)
    {
        var columns = Columns(Lines(Events2)[0]);
        columns[columnNumber - 1] = value;
        return string.Join('\t', columns);
    }
}
