namespace NewsEvents.Interop.Gdelt;

/// <summary>One column of a GDELT layout and where its value goes (see <see cref="GdeltColumns"/>).</summary>
/// <param name="Number">The column's number in the row, from 1 as GDELT's codebooks count.</param>
/// <param name="Name">GDELT's name for the column.</param>
/// <param name="MapsTo">Where the value goes in the NewsEvents model, or <see langword="null"/> when the model has no place for it.</param>
/// <param name="AttributeOf">
/// The entity that keeps the value as the source attribute <see cref="AttributeName"/> (<c>event</c>, <c>document</c> or
/// <c>evidence</c>) once the format has source attributes (format 1.1), or <see langword="null"/> when the model holds the
/// value whole. Until then such values are read and checked but not written.
/// </param>
public sealed record GdeltColumn(int Number, string Name, string? MapsTo, string? AttributeOf)
{
    /// <summary>The source attribute's name, <c>gdelt:</c> and the column name, or <see langword="null"/>.</summary>
    public string? AttributeName => AttributeOf is null ? null : "gdelt:" + Name;
}
