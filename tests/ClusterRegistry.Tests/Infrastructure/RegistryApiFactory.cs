using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace ClusterRegistry.Tests.Infrastructure;

/// <summary>
/// The real API over real HTTP, on its own SQLite file with the real data files loaded at start-up
/// (<see cref="Postgres.PostgresApiFactory"/> puts it on PostgreSQL instead).
/// </summary>
public class RegistryApiFactory : WebApplicationFactory<Program>
{
    private readonly string _databasePath = Path.Combine(Path.GetTempPath(), $"cluster-registry-test-{Guid.NewGuid():N}.db");

    protected virtual IDictionary<string, string?> Settings => new Dictionary<string, string?>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        ConfigureDatabase(builder);
        foreach (var (key, value) in Settings) builder.UseSetting(key, value);
        builder.ConfigureTestServices(services => services.AddSingleton<IInterceptor>(SqlStatements));
    }

    protected virtual void ConfigureDatabase(IWebHostBuilder builder) =>
        builder.UseSetting("ConnectionStrings:Registry", $"Data Source={_databasePath}");

    public SqlStatementCounter SqlStatements { get; } = new();

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            File.Delete(_databasePath + suffix);
    }
}
