namespace NewsEvents.Interop.Acled;

/// <summary>An ACLED file layout (see <see cref="AcledColumns"/>).</summary>
public enum AcledLayout
{
    /// <summary>The current export (export tool and API): 31 columns, a header, comma-separated UTF-8, dates YYYY-MM-DD.</summary>
    Current,

    /// <summary>The legacy 2016 realtime file: 25 named columns and 7 empty ones, a header, comma-separated windows-1252, dates dd/mm/yyyy.</summary>
    Legacy2016,
}
