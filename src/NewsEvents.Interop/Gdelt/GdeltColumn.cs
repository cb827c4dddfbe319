namespace NewsEvents.Interop.Gdelt;

/// <summary>One column of a GDELT layout and where its value goes (see <see cref="GdeltColumns"/>).</summary>
/// <param name="Number">The column's number in the row, from 1 as GDELT's codebooks count.</param>
/// <param name="Name">GDELT's name for the column.</param>
/// <param name="MapsTo">Where the value goes in the NewsEvents model, or <see langword="null"/> when the model has no place for it.</param>
/// <param name="AttributeOf">
/// The item that keeps the value, exactly as written, as the source attribute <see cref="AttributeName"/> (<c>event</c>,
/// <c>evidence</c> or <c>document</c>), or <see langword="null"/> when the exporter gives the value back from the model alone.
/// </param>
public sealed record GdeltColumn(int Number, string Name, string? MapsTo, string? AttributeOf)
{
    /// <summary>The source attribute's name, <c>gdelt:</c> and the column name, or <see langword="null"/>.</summary>
    public string? AttributeName { get; } = AttributeOf is null ? null : "gdelt:" + Name;
}
