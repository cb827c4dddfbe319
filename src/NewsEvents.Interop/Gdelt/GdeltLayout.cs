namespace NewsEvents.Interop.Gdelt;

/// <summary>The GDELT file layouts the importer reads, told apart by their number of columns.</summary>
public enum GdeltLayout
{
    /// <summary>GDELT 2.0 events (<c>export.CSV</c>, also the translingual <c>translation.export.CSV</c>): 61 columns.</summary>
    Events2,

    /// <summary>GDELT 1.0 events as in the historical backfiles: 57 columns, <c>DATEADDED</c> a day, no <c>SOURCEURL</c>.</summary>
    Events1,

    /// <summary>GDELT 1.0 daily events since April 2013: the 57 columns and <c>SOURCEURL</c>, 58.</summary>
    Events1WithSourceUrl,

    /// <summary>GDELT 2.0 mentions (<c>mentions.CSV</c>, also the translingual ones): 16 columns.</summary>
    Mentions2,

    /// <summary>
    /// The GDELT Global Knowledge Graph 2.1 (<c>gkg.csv</c>, also the translingual one): 27 columns, one record per
    /// document, told by its GKGRECORDID (<c>20150218230000-0</c>, <c>-T0</c> when translingual).
    /// </summary>
    Gkg21,
}
