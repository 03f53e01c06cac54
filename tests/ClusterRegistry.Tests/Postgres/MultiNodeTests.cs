using System.Net;
using ClusterRegistry.Tests.Caching;
using ClusterRegistry.Tests.Officials;
using ClusterRegistry.Tests.Operations;
using Microsoft.AspNetCore.Hosting;
using static ClusterRegistry.Tests.Http.GraphQLHttpRequests;

namespace ClusterRegistry.Tests.Postgres;

/// <summary>
/// Three API nodes on real Kestrel ports, as behind a load balancer: one PostgreSQL database and one redis-server
/// (output cache and, where configured, rate limits). What one node writes, the others serve fresh at once.
/// </summary>
public sealed class MultiNodeTests(RedisServer redis) : IClassFixture<RedisServer>, IAsyncLifetime
{
    private const string Batches = "{ batches(year: 2030) { year level } }";
    private const string Facets = """{ clusterFacets { totalCount byProvince { value count } } }""";

    private readonly string _database = $"registry_nodes_{Guid.NewGuid():N}";
    private readonly string _redisPrefix = $"cluster-registry-test-{Guid.NewGuid():N}:";
    private readonly List<Node> _nodes = [];
    private PostgresServer _server = null!;

    public async Task InitializeAsync()
    {
        _server = await PostgresServer.SharedAsync();
        await PostgresApiFactory.CreateRegistryDatabaseAsync(_server, _database);
    }

    [RedisFact]
    public async Task What_one_node_writes_the_other_nodes_serve_fresh()
    {
        var (a, b, c) = (NewNode(), NewNode(), NewNode());
        var before = new Dictionary<Node, (string? BatchesETag, string Facets)>();
        foreach (var node in new[] { b, c })
        {
            using var first = await node.Client.SendAsync(Get(Batches));
            using var cached = await node.Client.SendAsync(Get(Batches));
            Assert.Equal("""{"data":{"batches":[]}}""", await first.Content.ReadAsStringAsync());
            Assert.NotNull(cached.Headers.Age);
            before[node] = (first.Headers.ETag?.Tag, await node.Client.GetStringAsync("/graphql?query=" + Uri.EscapeDataString(Facets)));
        }

        var batchId = await a.Factory.SyntheticBatchAsync("NATIONAL", 2030, null, "2030-01-01", "2032-12-31");
        await a.Factory.NewClusterAsync(batchId);

        foreach (var node in new[] { b, c })
        {
            using var conditional = Get(Batches);
            conditional.Headers.IfNoneMatch.ParseAdd(before[node].BatchesETag!);
            using var fresh = await node.Client.SendAsync(conditional);
            Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);
            Assert.Null(fresh.Headers.Age);
            Assert.Contains("\"year\":2030", await fresh.Content.ReadAsStringAsync());
            Assert.NotEqual(before[node].BatchesETag, fresh.Headers.ETag?.Tag);

            var facets = await node.Client.GetStringAsync("/graphql?query=" + Uri.EscapeDataString(Facets));
            Assert.NotEqual(before[node].Facets, facets);
            Assert.Equal(TotalCount(before[node].Facets) + 1, TotalCount(facets));
        }
    }

    [RedisFact]
    public async Task With_redis_configured_two_nodes_count_one_callers_requests_together()
    {
        var limits = new Dictionary<string, string?> { ["RateLimiting:Enabled"] = "true", ["RateLimiting:Window"] = "01:00:00", ["RateLimiting:AnonymousPermitLimit"] = "4", ["RateLimiting:Redis"] = redis.Endpoint };
        var (a, b) = (NewNode(limits), NewNode(limits));

        var statuses = new List<HttpStatusCode>();
        foreach (var node in new[] { a, b, a, b, a, b })
        {
            using var response = await node.Client.SendAsync(PostQuery("{ __typename }"));
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests],
            statuses);
    }

    [RedisFact]
    public async Task Without_redis_each_node_counts_on_its_own()
    {
        var limits = new Dictionary<string, string?> { ["RateLimiting:Enabled"] = "true", ["RateLimiting:Window"] = "01:00:00", ["RateLimiting:AnonymousPermitLimit"] = "3" };
        var (a, b) = (NewNode(limits), NewNode(limits));

        var statuses = new List<HttpStatusCode>();
        foreach (var node in new[] { a, b, a, b, a, b, a })
        {
            using var response = await node.Client.SendAsync(PostQuery("{ __typename }"));
            statuses.Add(response.StatusCode);
        }

        Assert.Equal(6, statuses.Count(s => s == HttpStatusCode.OK));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
    }

    [RedisFact]
    public async Task Forwarded_addresses_count_only_from_a_configured_proxy()
    {
        var limits = new Dictionary<string, string?> { ["RateLimiting:Enabled"] = "true", ["RateLimiting:Window"] = "01:00:00", ["RateLimiting:AnonymousPermitLimit"] = "2", ["RateLimiting:Redis"] = redis.Endpoint };
        var behindProxy = NewNode(new(limits) { ["ForwardedHeaders:KnownProxies:0"] = "127.0.0.1" });
        var untrusted = NewNode(new(limits) { ["RateLimiting:RedisKeyPrefix"] = _redisPrefix + "untrusted:" });

        // Behind the proxy, two clients have two permits each; the same headers from an unknown sender are ignored.
        var proxied = new List<HttpStatusCode>();
        var direct = new List<HttpStatusCode>();
        foreach (var client in new[] { "192.0.2.1", "192.0.2.1", "192.0.2.2", "192.0.2.2" })
        {
            proxied.Add(await StatusAsync(behindProxy, client));
            direct.Add(await StatusAsync(untrusted, client));
        }

        Assert.All(proxied, s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], direct);
    }

    private static async Task<HttpStatusCode> StatusAsync(Node node, string forwardedFor)
    {
        using var request = PostQuery("{ __typename }");
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        using var response = await node.Client.SendAsync(request);
        return response.StatusCode;
    }

    private static int TotalCount(string facets) => System.Text.Json.Nodes.JsonNode.Parse(facets)!["data"]!["clusterFacets"]!["totalCount"]!.GetValue<int>();

    private Node NewNode(Dictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Postgres",
            ["ConnectionStrings:Registry"] = _server.ConnectionString(_database),
            ["Database:MigrateAndSeedOnStartup"] = (_nodes.Count == 0).ToString(),
            ["OutputCache:Redis"] = redis.Endpoint,
            ["OutputCache:RedisInstanceName"] = _redisPrefix,
            ["RateLimiting:RedisKeyPrefix"] = _redisPrefix,
        };
        foreach (var (key, value) in extra ?? []) settings[key] = value;
        var factory = new NodeFactory(settings);
        var node = new Node(factory, new HttpClient { BaseAddress = factory.Address });
        _nodes.Add(node);
        return node;
    }

    public async Task DisposeAsync()
    {
        foreach (var node in _nodes)
        {
            node.Client.Dispose();
            await node.Factory.DisposeAsync();
        }
        await _server.DropDatabaseAsync(_database);
    }

    private sealed record Node(NodeFactory Factory, HttpClient Client);

    /// <summary>One API node: the real host on Kestrel at a free loopback port.</summary>
    private sealed class NodeFactory(IDictionary<string, string?> settings) : KestrelApiFactory
    {
        protected override IDictionary<string, string?> Settings => settings;

        protected override void ConfigureDatabase(IWebHostBuilder builder) { }
    }
}
