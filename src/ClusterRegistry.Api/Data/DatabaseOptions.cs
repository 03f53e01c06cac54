namespace ClusterRegistry.Api.Data;

/// <summary>Configuration section <c>Database</c>: which provider serves the registry.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary><c>Sqlite</c> (default: an embedded file), <c>SqlServer</c> or <c>Postgres</c>.</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Apply migrations and load the registry's data files at start-up.</summary>
    public bool MigrateAndSeedOnStartup { get; set; } = true;
}

public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
    Postgres,
}
