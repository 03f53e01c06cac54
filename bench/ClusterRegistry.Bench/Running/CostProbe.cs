using System.Diagnostics;
using ClusterRegistry.Api.Clusters;
using ClusterRegistry.Api.Filtering;
using ClusterRegistry.Api.Paging;
using ClusterRegistry.Data;
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
    public static async Task<int> RunAsync(int size, int iterations)
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
        await Measure("EF: cursor order by name, KeysFor([name ASC]) alone", iterations, () =>
        {
            ClusterSort.KeysFor([new ClusterSort { Name = Api.Schema.SortDirection.Asc }]);
            return Task.CompletedTask;
        });
        return 0;
    }

    private static async Task Measure(string what, int iterations, Func<Task> action)
    {
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
