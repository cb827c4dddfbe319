namespace NewsEvents.Parquet.Tables;

/// <summary>The columns of a place (<c>place_name</c>, <c>place_latitude</c>…); its codes are rows of the codes table.</summary>
internal sealed class PlaceColumns<TRow>
{
    public PlaceColumns(Table<TRow> table, Func<TRow, Place?> place)
    {
        Name = table.Text("place_name", r => place(r)?.Name, "Where: the place's name as the report gives it; null when there is no place");
        Country = table.Text("place_country", r => place(r)?.Country, "The place's country (ISO 3166-1 alpha-2)");
        Precision = table.OptionalEnumName("place_precision", r => place(r)?.Precision, "How precisely the place is known");
        Latitude = table.Double("place_latitude", r => place(r)?.Coordinates?.Latitude, "Degrees north");
        Longitude = table.Double("place_longitude", r => place(r)?.Coordinates?.Longitude, "Degrees east");
    }

    public TextColumn<TRow> Name { get; }

    public TextColumn<TRow> Country { get; }

    public TextColumn<TRow> Precision { get; }

    public OptionalColumn<TRow, double> Latitude { get; }

    public OptionalColumn<TRow, double> Longitude { get; }

    /// <summary>The place of a row with its codes, or null when the row has no place (its codes are then not taken, so a code row for it is reported).</summary>
    public Place? Read(TableData<TRow> data, int row, Func<System.Collections.Immutable.ImmutableArray<ExternalCode>> codes)
    {
        if (data.Text(Name, row) is not { } name)
        {
            return null;
        }

        var latitude = data.Optional(Latitude, row);
        var longitude = data.Optional(Longitude, row);
        if (latitude.HasValue != longitude.HasValue)
        {
            throw data.Error(latitude.HasValue ? Longitude : Latitude, row, "has no value while the other coordinate has one; a place has both or neither.");
        }

        var country = data.Text(Country, row);
        var precision = data.OptionalName<PlacePrecision>(Precision, row);
        var placeCodes = codes();
        return data.Make(row, () => new Place
        {
            Name = name,
            Country = country,
            Precision = precision,
            Coordinates = latitude is { } lat ? new GeoPoint(lat, longitude!.Value) : null,
            Codes = placeCodes,
        });
    }
}
