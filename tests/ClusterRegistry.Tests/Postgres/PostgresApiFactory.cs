using ClusterRegistry.Api.Regions;
using ClusterRegistry.Data;
using ClusterRegistry.Data.Import;
using ClusterRegistry.Migrations.Postgres;
using ClusterRegistry.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace ClusterRegistry.Tests.Postgres;

/// <summary>
/// The real API on PostgreSQL: a fresh database per test class on the run's shared server, copied from a template
/// that was migrated and loaded with the real data files once per run.
/// </summary>
public class PostgresApiFactory : RegistryApiFactory
{
    private const string Template = "registry_template";
    private static readonly SemaphoreSlim TemplateLock = new(1, 1);
    private static readonly HashSet<PostgresServer> ServersWithTemplate = [];

    private readonly string _database = $"registry_{Guid.NewGuid():N}";
    private readonly Lazy<PostgresServer> _server;

    public PostgresApiFactory() => _server = new(() => PrepareAsync().GetAwaiter().GetResult());

    public PostgresServer PostgresServer => _server.Value;
    public string ConnectionString => PostgresServer.ConnectionString(_database);

    /// <summary>The server this factory's database lives on (the shared one unless a test brings its own).</summary>
    protected virtual Task<PostgresServer> ServerAsync() => PostgresServer.SharedAsync();

    protected override void ConfigureDatabase(IWebHostBuilder builder)
    {
        builder.UseSetting("Database:Provider", "Postgres");
        builder.UseSetting("ConnectionStrings:Registry", ConnectionString);
    }

    private async Task<PostgresServer> PrepareAsync()
    {
        var server = await ServerAsync();
        await CreateRegistryDatabaseAsync(server, _database);
        return server;
    }

    /// <summary>A new database on <paramref name="server"/>, migrated and loaded with the real data files.</summary>
    public static async Task CreateRegistryDatabaseAsync(PostgresServer server, string name)
    {
        await EnsureTemplateAsync(server);
        await server.CreateDatabaseAsync(name, Template);
    }

    private static async Task EnsureTemplateAsync(PostgresServer server)
    {
        await TemplateLock.WaitAsync();
        try
        {
            if (ServersWithTemplate.Contains(server)) return;
            await server.CreateDatabaseAsync(Template);
            // Unpooled: a template must have no open connections when a database is copied from it.
            var connection = new NpgsqlConnectionStringBuilder(server.ConnectionString(Template)) { Pooling = false }.ConnectionString;
            var options = new DbContextOptionsBuilder<RegistryDbContext>()
                .UseNpgsql(connection, o => o.MigrationsAssembly(typeof(PostgresDesignTimeFactory).Assembly.GetName().Name))
                .Options;
            await using (var db = new RegistryDbContext(options))
            {
                await db.Database.MigrateAsync();
                await new RegistrySeeder(db, NullLogger<RegistrySeeder>.Instance).SeedAsync();
            }
            ServersWithTemplate.Add(server);
        }
        finally
        {
            TemplateLock.Release();
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (_server.IsValueCreated) _server.Value.DropDatabaseAsync(_database).GetAwaiter().GetResult();
    }
}
