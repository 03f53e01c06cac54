using ClusterRegistry.Api.Regions;
using ClusterRegistry.Data;
using ClusterRegistry.Data.Import;
using ClusterRegistry.Migrations.Postgres;
using ClusterRegistry.Migrations.Sqlite;
using ClusterRegistry.Migrations.SqlServer;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ClusterRegistry.Api.Data;

/// <summary>Chooses the database provider and its migrations assembly from configuration.</summary>
public static class RegistryDatabase
{
    public const string ConnectionStringName = "Registry";
    private const string DefaultSqliteConnection = "Data Source=cluster-registry.db";

    public static IServiceCollection AddRegistryDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        services.AddSingleton(options);
        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        // Interceptors registered in DI (e.g. a SQL statement counter in tests and the benchmark) see every command.
        services.AddPooledDbContextFactory<RegistryDbContext>((sp, db) =>
        {
            Configure(db, options.Provider, connectionString);
            db.AddInterceptors(sp.GetServices<IInterceptor>());
        });
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<RegistryDbContext>>().CreateDbContext());
        services.AddScoped<RegistrySeeder>();
        return services;
    }

    public static void Configure(DbContextOptionsBuilder db, DatabaseProvider provider, string? connectionString)
    {
        switch (provider)
        {
            case DatabaseProvider.SqlServer:
                db.UseSqlServer(connectionString ?? throw new InvalidOperationException(
                        $"Database:Provider is SqlServer but ConnectionStrings:{ConnectionStringName} is not set."),
                    sql => sql.MigrationsAssembly(typeof(SqlServerDesignTimeFactory).Assembly.GetName().Name));
                break;
            case DatabaseProvider.Postgres:
                db.UseNpgsql(connectionString ?? throw new InvalidOperationException(
                        $"Database:Provider is Postgres but ConnectionStrings:{ConnectionStringName} is not set."),
                    pg => pg.MigrationsAssembly(typeof(PostgresDesignTimeFactory).Assembly.GetName().Name));
                break;
            default:
                db.UseSqlite(connectionString ?? DefaultSqliteConnection,
                    sqlite => sqlite.MigrationsAssembly(typeof(SqliteDesignTimeFactory).Assembly.GetName().Name));
                break;
        }
    }

    public static async Task MigrateAndSeedAsync(this IServiceProvider services, CancellationToken ct = default)
    {
        if (!services.GetRequiredService<DatabaseOptions>().MigrateAndSeedOnStartup) return;
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistryDbContext>();
        await db.Database.MigrateAsync(ct);
        // Write-ahead logging lets readers go on while an official's change commits (the setting is kept in the file).
        if (db.Database.IsSqlite()) await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        await scope.ServiceProvider.GetRequiredService<RegistrySeeder>().SeedAsync(ct);
        await services.GetRequiredService<RegionCatalog>().LoadAsync(ct);
    }
}
