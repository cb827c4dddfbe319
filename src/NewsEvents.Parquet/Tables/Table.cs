using System.Globalization;
using Parquet.Schema;

namespace NewsEvents.Parquet.Tables;

/// <summary>A table that is not yet typed by its rows: its name, file and columns, as the writer, the reader and the documentation see it.</summary>
internal interface ITable
{
    string Name { get; }

    /// <summary>The table's first file, the only one unless the table has more row groups than a file holds.</summary>
    string FileName => Name + ".parquet";

    /// <summary>
    /// The files of a table that has more row groups than a file holds: <c>events.parquet</c>, then
    /// <c>events-2.parquet</c>, <c>events-3.parquet</c>…, numbered from 2 without a gap.
    /// </summary>
    string PartFileName(int part) => part == 1 ? FileName : string.Create(CultureInfo.InvariantCulture, $"{Name}-{part}.parquet");

    /// <summary>The glob that matches every file of the table, and no other table's: the engines read it as one table.</summary>
    string FilePattern => Name + "*.parquet";

    /// <summary>What one row of the table is, as docs/parquet.md states it.</summary>
    string RowMeaning { get; }

    IEnumerable<(string Name, string Type, bool Required, string Meaning)> ColumnDescriptions { get; }
}

/// <summary>
/// A table of rows of type <typeparamref name="TRow"/>: the one statement of its columns' names, types and
/// values. The writer writes the columns in this order, the reader finds them by name and checks their type.
/// </summary>
internal sealed class Table<TRow>(string name, string rowMeaning) : ITable
{
    private readonly List<Column<TRow>> _columns = [];

    public string Name { get; } = name;

    public string RowMeaning { get; } = rowMeaning;

    public IReadOnlyList<Column<TRow>> Columns => _columns;

    /// <summary>
    /// The table's Parquet schema, made once whichever thread asks first: Parquet.Net's schema takes the columns' own
    /// fields and sets their place in it, so two schemas made at once over the same fields mixed up their columns.
    /// </summary>
    public ParquetSchema Schema
    {
        get
        {
            lock (_columns)
            {
                return field ??= new ParquetSchema(_columns.Select(c => (Field)c.Field));
            }
        }
    }

    public IEnumerable<(string Name, string Type, bool Required, string Meaning)> ColumnDescriptions =>
        _columns.Select(c => (c.Name, c.TypeName, c.IsRequired, c.Meaning));

    public TextColumn<TRow> Text(string name, Func<TRow, string?> value, string meaning) => Add(new TextColumn<TRow>(name, value, required: false, meaning));

    public TextColumn<TRow> RequiredText(string name, Func<TRow, string> value, string meaning) => Add(new TextColumn<TRow>(name, value, required: true, meaning));

    /// <summary>A required text column whose values are a few constant names (an owner's kind), which every row shares.</summary>
    public TextColumn<TRow> KindName(string name, Func<TRow, string> value, string meaning) => Add(new TextColumn<TRow>(name, value, required: true, meaning, fixedValues: true));

    public TextColumn<TRow> EnumName<TEnum>(string name, Func<TRow, TEnum> value, string meaning)
        where TEnum : struct, Enum =>
        Add(new TextColumn<TRow>(name, row => FormatNames<TEnum>.NameOf(value(row)), required: true, $"{meaning} ({FormatNames<TEnum>.List})", fixedValues: true));

    public TextColumn<TRow> OptionalEnumName<TEnum>(string name, Func<TRow, TEnum?> value, string meaning)
        where TEnum : struct, Enum =>
        Add(new TextColumn<TRow>(name, row => value(row) is { } v ? FormatNames<TEnum>.NameOf(v) : null, required: false, $"{meaning} ({FormatNames<TEnum>.List})", fixedValues: true));

    public ValueColumn<TRow, int> Int(string name, Func<TRow, int> value, string meaning) =>
        Add(new ValueColumn<TRow, int>(new DataField<int>(name, nullable: false), "INTEGER", value, meaning));

    public OptionalColumn<TRow, int> OptionalInt(string name, Func<TRow, int?> value, string meaning) =>
        Add(new OptionalColumn<TRow, int>(new DataField<int>(name, nullable: true), "INTEGER", value, meaning));

    public OptionalColumn<TRow, bool> Bool(string name, Func<TRow, bool?> value, string meaning) =>
        Add(new OptionalColumn<TRow, bool>(new DataField<bool>(name, nullable: true), "BOOLEAN", value, meaning));

    public OptionalColumn<TRow, double> Double(string name, Func<TRow, double?> value, string meaning) =>
        Add(new OptionalColumn<TRow, double>(new DataField<double>(name, nullable: true), "DOUBLE", value, meaning));

    public OptionalColumn<TRow, decimal> Decimal(string name, Func<TRow, decimal?> value, string meaning) =>
        Add(new OptionalColumn<TRow, decimal>(
            new DecimalDataField(name, DecimalDigits.Precision, DecimalDigits.Scale, isNullable: true),
            $"DECIMAL({DecimalDigits.Precision},{DecimalDigits.Scale})", value, meaning));

    public OptionalColumn<TRow, DateTime> Timestamp(string name, Func<TRow, DateTime?> value, string meaning) =>
        Add(new OptionalColumn<TRow, DateTime>(
            new DateTimeDataField(name, DateTimeFormat.Timestamp, isAdjustedToUTC: true, unit: DateTimeTimeUnit.Millis, isNullable: true),
            "TIMESTAMP WITH TIME ZONE", value, meaning));

    private TColumn Add<TColumn>(TColumn column)
        where TColumn : Column<TRow>
    {
        _columns.Add(column);
        return column;
    }
}
