namespace ClusterRegistry.Api.OpenData;

/// <summary>
/// A column of an open-data file: its name, Frictionless type (string, integer, number, date) and meaning. The
/// exporters write exactly these columns and the data package describes exactly these, so the two cannot drift.
/// </summary>
public record OpenDataColumn(string Name, string Type, string Title, string Description, string? Unit = null, string? References = null);

/// <summary>A column together with how a row of <typeparamref name="TRow"/> gives its value.</summary>
public sealed record OpenDataColumn<TRow>(string Name, string Type, string Title, string Description, Func<TRow, object?> Value,
    string? Unit = null, string? References = null) : OpenDataColumn(Name, Type, Title, Description, Unit, References)
{
    /// <summary>The id of a row of another table (a foreign key).</summary>
    public static OpenDataColumn<TRow> Reference(string name, string title, string table, Func<TRow, string> value) =>
        new(name, "string", title, $"The global id of a row of {table} (its id column).", value, References: table);

    public static OpenDataColumn<TRow> Text(string name, string title, string description, Func<TRow, string?> value) =>
        new(name, "string", title, description, value);

    public static OpenDataColumn<TRow> Integer(string name, string title, string description, Func<TRow, int?> value, string? unit = null) =>
        new(name, "integer", title, description, row => value(row), unit);

    public static OpenDataColumn<TRow> Date(string name, string title, string description, Func<TRow, DateOnly?> value) =>
        new(name, "date", title, description, row => value(row));
}
