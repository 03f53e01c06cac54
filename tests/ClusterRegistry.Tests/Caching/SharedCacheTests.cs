using System.Net;
using ClusterRegistry.Tests.Infrastructure;
using static ClusterRegistry.Tests.Http.GraphQLHttpRequests;

namespace ClusterRegistry.Tests.Caching;

/// <summary>
/// Two API nodes on one SQLite file and one Redis output cache, as several nodes behind a load balancer would run:
/// node A seeds the database, node B only reads it.
/// </summary>
public sealed class SharedCacheTests(RedisServer redis) : IClassFixture<RedisServer>, IDisposable
{
    private readonly string _databasePath = Path.Combine(Path.GetTempPath(), $"cluster-registry-shared-{Guid.NewGuid():N}.db");
    private readonly string _instanceName = $"cluster-registry-test-{Guid.NewGuid():N}:";
    private readonly List<IDisposable> _nodes = [];

    [RedisFact]
    public async Task A_mutation_on_one_node_evicts_what_another_node_cached()
    {
        var nodeA = Node(seed: true).CreateClient();
        var nodeB = Node(seed: false).CreateClient();

        using var first = await nodeB.SendAsync(Get(SyntheticChanges.BatchesOf2030));
        using var cached = await nodeB.SendAsync(Get(SyntheticChanges.BatchesOf2030));
        using var sharedWithA = await nodeA.SendAsync(Get(SyntheticChanges.BatchesOf2030));
        await SyntheticChanges.CreateBatchOf2030Async(nodeA);
        using var fresh = await nodeB.SendAsync(Get(SyntheticChanges.BatchesOf2030));

        Assert.Equal("""{"data":{"batches":[]}}""", await first.Content.ReadAsStringAsync());
        Assert.NotNull(cached.Headers.Age);
        Assert.NotNull(sharedWithA.Headers.Age);
        Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);
        Assert.Null(fresh.Headers.Age);
        Assert.Contains("\"year\":2030", await fresh.Content.ReadAsStringAsync());
        Assert.NotEqual(first.Headers.ETag, fresh.Headers.ETag);
    }

    private SharedNodeFactory Node(bool seed)
    {
        var node = new SharedNodeFactory(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Registry"] = $"Data Source={_databasePath}",
            ["Database:MigrateAndSeedOnStartup"] = seed.ToString(),
            ["OutputCache:Redis"] = redis.Endpoint,
            ["OutputCache:RedisInstanceName"] = _instanceName,
        });
        _nodes.Add(node);
        return node;
    }

    public void Dispose()
    {
        foreach (var node in _nodes) node.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            File.Delete(_databasePath + suffix);
    }

    private sealed class SharedNodeFactory(IDictionary<string, string?> settings) : RegistryApiFactory
    {
        protected override IDictionary<string, string?> Settings => settings;
    }
}
