using System.Diagnostics;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using ClusterRegistry.Api.Clusters;
using ClusterRegistry.Api.Filtering;
using ClusterRegistry.Api.Paging;
using ClusterRegistry.Data;
using GraphQL;
using GraphQL.Types;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace ClusterRegistry.Bench.Running;

/// <summary>
/// <c>profile --size N</c>: splits the cost of one page of 50 into its parts, each repeated in a loop on one thread
/// (CPU time and allocations per call), to find where the time of a request goes without HTTP or GraphQL around it.
/// </summary>
internal static class CostProbe
{
    public static async Task<int> RunAsync(int size, int iterations, string? only = null)
    {
        var path = Path.Combine(BenchPaths.OutDirectory, $"registry-{size}.db");
        if (!File.Exists(path))
        {
            Console.Error.WriteLine($"{path} is missing: run `generate --clusters {size}` first.");
            return 2;
        }
        var options = Generation.RegistryGenerator.Options(path);
        var services = new ServiceCollectionFactory(options);
        var province = Fixture.Load(path).Provinces[0];
        var keys = ClusterSort.KeysFor(null);
        var date = Generation.RegistryGenerator.Today;
        List<int> ids = [];
        List<string> codes = [];

        _only = only;
        await Measure("open + close a pooled SqliteConnection", iterations, async () =>
        {
            await using var connection = new SqliteConnection(Generation.RegistryGenerator.ConnectionString(path));
            await connection.OpenAsync();
        });
        await Measure("raw SQL page of 50 (Microsoft.Data.Sqlite, 15 columns)", iterations, async () =>
        {
            await using var connection = new SqliteConnection(Generation.RegistryGenerator.ConnectionString(path));
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT * FROM Clusters WHERE ProvinceCode = $p ORDER BY Id LIMIT 51";
            command.Parameters.AddWithValue("$p", province);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync()) for (var i = 0; i < reader.FieldCount; i++) reader.GetValue(i);
        });
        await Measure("EF: create + dispose a context from the pooled factory", iterations, async () =>
        {
            await using var db = services.Create();
        });
        await Measure("EF: page of 50 by province (ClusterSearch + KeysetPager)", iterations, async () =>
        {
            await using var db = services.Create();
            var where = new ClusterFilter { Province = new RegionFilter { Code = new StringOperationFilter { Eq = province } } };
            var page = await KeysetPager.PageAsync(new ClusterSearch(where, null, date).Apply(db).AsNoTracking(), keys,
                new PageRequest(50, null, null, null), false, CancellationToken.None);
            ids = page.Edges.Select(e => e.Node.Id).ToList();
            codes = page.Edges.SelectMany(e => new[] { e.Node.ProvinceCode, e.Node.CountyCode }).Distinct().ToList();
        });
        await Measure("EF: same page, plain LINQ (Where/OrderBy/Take)", iterations, async () =>
        {
            await using var db = services.Create();
            await db.Clusters.AsNoTracking().Where(c => c.ProvinceCode == province).OrderBy(c => c.Id).Take(51).ToListAsync();
        });
        await Measure("EF: region names of the page (RegionLoaders' query)", iterations, async () =>
        {
            await using var db = services.Create();
            await db.Regions.AsNoTracking().Where(r => codes.Contains(r.Code)).ToDictionaryAsync(r => r.Code, r => r.Name);
        });
        await Measure("EF: designations of the page with batch + reviews (ClusterLoaders' query)", iterations, async () =>
        {
            await using var db = services.Create();
            await db.Designations.AsNoTracking().Include(d => d.Batch).Include(d => d.Reviews)
                .Where(d => ids.Contains(d.ClusterId)).OrderBy(d => d.ValidFrom).ThenBy(d => d.Id).ToListAsync();
        });
        await Measure("EF: status timelines of the page (ClusterLoaders.Timelines, the list's status)", iterations, async () =>
        {
            await using var db = services.Create();
            await ClusterLoaders.Timelines(db, ids).ToListAsync();
        });
        await Measure("EF: cursor order by name, KeysFor([name ASC]) alone", iterations, () =>
        {
            ClusterSort.KeysFor([new ClusterSort { Name = Api.Schema.SortDirection.Asc }]);
            return Task.CompletedTask;
        });

        // The same page through the whole GraphQL execution (DI-registered executer: document cache, validation rules,
        // resolvers, batch loaders) and through the REST baseline's code, each serialized to JSON; no HTTP.
        await using var host = await Hosting.BenchHost.StartAsync(path);
        var executer = host.Services.GetRequiredService<IDocumentExecuter<ISchema>>();
        var serializer = host.Services.GetRequiredService<IGraphQLTextSerializer>();
        var contexts = host.Services.GetRequiredService<IDbContextFactory<RegistryDbContext>>();
        var json = new JsonSerializerOptions(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };
        var variables = serializer.Deserialize<Inputs>(JsonSerializer.Serialize(new { province, on = Workload.Iso(date) }));
        async Task GraphQL(string what, string query)
        {
            await Measure(what, iterations, async () =>
            {
                await using var scope = host.Services.CreateAsyncScope();
                var result = await executer.ExecuteAsync(new ExecutionOptions
                {
                    Query = query,
                    Variables = variables,
                    RequestServices = scope.ServiceProvider,
                });
                if (result.Errors is { Count: > 0 }) throw new InvalidOperationException(result.Errors[0].Message);
                await serializer.WriteAsync(Stream.Null, result);
            });
        }
        const string page = "clusters(first: 50, where: { province: { code: { eq: $province } } })";
        await GraphQL("GraphQL: { __typename } (the fixed cost of an execution)",
            "query Fixed { __typename }");
        await GraphQL("GraphQL: page of 50, scalar fields only (1 SQL statement)",
            "query Scalars($province: String!) { " + page +
            " { edges { cursor node { id name leadIndustry industryCode firstBatchYear validUntil } } pageInfo { hasNextPage endCursor } } }");
        await GraphQL("GraphQL: page of 50 + province/county names (2 statements)",
            "query Regions($province: String!) { " + page +
            " { edges { cursor node { id name leadIndustry industryCode firstBatchYear validUntil province { name } county { name } } } pageInfo { hasNextPage endCursor } } }");
        await GraphQL("GraphQL: ProvincePage as the benchmark sends it (+ status, 3 statements)", Workload.ProvincePageQuery);
        await Measure("REST: the same page (RestBaseline.PageAsync) + System.Text.Json (no HTTP)", iterations, async () =>
        {
            await using var scope = host.Services.CreateAsyncScope();
            var page = await Hosting.RestBaseline.PageAsync(contexts, host.Services.GetRequiredService<Api.Regions.RegionCatalog>(), province, null, null, null, null, null, 50, date, CancellationToken.None);
            await JsonSerializer.SerializeAsync(Stream.Null, page, json);
        });
        return 0;
    }

    /// <summary>With --only, just the measurements whose label starts with it (e.g. "GraphQL: ProvincePage" for a profiler).</summary>
    private static string? _only;

    private static async Task Measure(string what, int iterations, Func<Task> action)
    {
        if (_only is not null && !what.StartsWith(_only, StringComparison.Ordinal)) return;
        for (var i = 0; i < Math.Min(200, iterations); i++) await action();
        GC.Collect();
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var totalAllocated = GC.GetTotalAllocatedBytes(true);
        var cpu = Environment.CpuUsage.TotalTime;
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < iterations; i++) await action();
        var elapsed = watch.Elapsed;
        var cpuUsed = Environment.CpuUsage.TotalTime - cpu;
        var bytes = GC.GetTotalAllocatedBytes(true) - totalAllocated;
        _ = allocated;
        Console.WriteLine($"{what,-75} {elapsed.TotalMilliseconds * 1000 / iterations,9:F0} µs wall {cpuUsed.TotalMilliseconds * 1000 / iterations,9:F0} µs CPU {bytes / 1024.0 / iterations,9:F1} KB");
    }

    private sealed class ServiceCollectionFactory(DbContextOptions<RegistryDbContext> options)
    {
        private readonly PooledDbContextFactory<RegistryDbContext> _factory = new(options);

        public RegistryDbContext Create() => _factory.CreateDbContext();
    }
}
