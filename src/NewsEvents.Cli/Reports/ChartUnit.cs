namespace NewsEvents.Cli.Reports;

/// <summary>
/// What one bar of the events-per-month chart (<see cref="EventsPerMonth"/>) counts: a month, or, when
/// the dataset spans more months than a section shows whole, a year, and past that a decade.
/// </summary>
internal enum ChartUnit
{
    Month,
    Year,
    Decade,
}
