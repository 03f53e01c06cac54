using System.Net;
using System.Text.Json.Nodes;
using ClusterRegistry.Tests.Infrastructure;

namespace ClusterRegistry.Tests.Operations;

public sealed class HealthTests(RegistryApiFactory factory) : IClassFixture<RegistryApiFactory>
{
    [Fact]
    public async Task Live_answers_healthy()
    {
        var (status, body) = await factory.CreateClient().GetHealthAsync("/health/live");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Healthy", body["status"]?.GetValue<string>());
    }

    [Fact]
    public async Task Ready_answers_healthy_when_the_database_is_migrated_and_answers()
    {
        var (status, body) = await factory.CreateClient().GetHealthAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Healthy", body["status"]?.GetValue<string>());
        Assert.Equal("Healthy", body["checks"]?["database"]?["status"]?.GetValue<string>());
    }
}

/// <summary>The API on a fresh database file that nothing has migrated.</summary>
public sealed class UnmigratedApiFactory : RegistryApiFactory
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Database:MigrateAndSeedOnStartup"] = "false",
    };
}

public sealed class NotReadyTests(UnmigratedApiFactory factory) : IClassFixture<UnmigratedApiFactory>
{
    [Fact]
    public async Task Ready_answers_503_while_migrations_are_pending()
    {
        var (status, body) = await factory.CreateClient().GetHealthAsync("/health/ready");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("Unhealthy", body["status"]?.GetValue<string>());
        Assert.Equal("Unhealthy", body["checks"]?["database"]?["status"]?.GetValue<string>());
        Assert.Contains("not applied", body["checks"]?["database"]?["description"]?.GetValue<string>());
    }

    [Fact]
    public async Task Live_still_answers_healthy()
    {
        var (status, _) = await factory.CreateClient().GetHealthAsync("/health/live");

        Assert.Equal(HttpStatusCode.OK, status);
    }
}

/// <summary>The API on a file that is not a SQLite database, so that every query fails.</summary>
public sealed class BrokenDatabaseApiFactory : RegistryApiFactory
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"cluster-registry-broken-{Guid.NewGuid():N}.db");

    public BrokenDatabaseApiFactory()
    {
        File.WriteAllText(_path, new string('x', 4096));
    }

    public string FileName => Path.GetFileName(_path);

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Database:MigrateAndSeedOnStartup"] = "false",
        ["ConnectionStrings:Registry"] = $"Data Source={_path}",
    };

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        File.Delete(_path);
    }
}

public sealed class BrokenDatabaseTests(BrokenDatabaseApiFactory factory) : IClassFixture<BrokenDatabaseApiFactory>
{
    [Fact]
    public async Task Ready_answers_503_without_the_database_error()
    {
        var (status, body) = await factory.CreateClient().GetHealthAsync("/health/ready");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("Unhealthy", body["checks"]?["database"]?["status"]?.GetValue<string>());
        Assert.Null(body["checks"]?["database"]?["description"]);
        Assert.DoesNotContain(factory.FileName, body.ToJsonString());
    }
}

internal static class HealthRequests
{
    public static async Task<(HttpStatusCode Status, JsonNode Body)> GetHealthAsync(this HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
    }
}
