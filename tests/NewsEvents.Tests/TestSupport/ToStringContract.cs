using System.Globalization;

namespace NewsEvents.Tests.TestSupport;

/// <summary>
/// The ToString contract: the text names the value (its id or name), and it is the same under
/// every culture, including ones with other digits, separators and calendars.
/// </summary>
public static class ToStringContract
{
    public static readonly string[] Cultures = ["de-DE", "ar-SA", "th-TH", "fr-FR", "fa-IR"];

    public static void Verify(object value, IEnumerable<string> fragments)
    {
        // The check means something only with real culture data (the test project turns invariant globalization off).
        1.5.ToString(CultureInfo.GetCultureInfo("de-DE")).Should().Be("1,5", "the cultures must have their own formats for this test to prove anything");

        var invariant = Under(CultureInfo.InvariantCulture, value);
        invariant.Should().NotBeNullOrWhiteSpace();
        foreach (var fragment in fragments)
        {
            invariant.Should().Contain(fragment);
        }

        foreach (var name in Cultures)
        {
            Under(CultureInfo.GetCultureInfo(name), value).Should().Be(invariant, $"ToString must not depend on the culture ({name})");
        }
    }

    /// <summary>Runs ToString with <paramref name="culture"/> as the current culture and UI culture.</summary>
    public static string Under(CultureInfo culture, object value)
    {
        var (current, ui) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
            return value.ToString()!;
        }
        finally
        {
            CultureInfo.CurrentCulture = current;
            CultureInfo.CurrentUICulture = ui;
        }
    }
}
