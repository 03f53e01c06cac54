using ClusterRegistry.Api.Data;
using ClusterRegistry.Batches;
using ClusterRegistry.Data;
using ClusterRegistry.Data.Import;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace ClusterRegistry.Tests.Api;

public sealed class SeedingTests : IAsyncLifetime
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");
    private RegistryDbContext _db = null!;

    public async Task InitializeAsync()
    {
        await _connection.OpenAsync();
        var options = new DbContextOptionsBuilder<RegistryDbContext>();
        RegistryDatabase.Configure(options, DatabaseProvider.Sqlite, null);
        options.UseSqlite(_connection);
        _db = new RegistryDbContext(options.Options);
        await _db.Database.MigrateAsync();
    }

    public async Task DisposeAsync()
    {
        await _db.DisposeAsync();
        await _connection.DisposeAsync();
    }

    private Task<ImportReport> Seed() => new RegistrySeeder(_db, NullLogger<RegistrySeeder>.Instance).SeedAsync();

    [Fact]
    public async Task Every_national_row_but_one_resolves_to_a_county_level_division()
    {
        var report = await Seed();

        Assert.Equal(31 + 342 + 2978, report.RegionsAdded);
        Assert.Equal(69, report.IndustriesAdded);
        Assert.Equal(4, report.BatchesAdded);
        Assert.Equal(111, report.ClustersAdded);
        Assert.Equal(111, report.DesignationsAdded);
        var unresolved = Assert.Single(report.Unresolved);
        Assert.Equal("酒泉经开区风电装备制造集群", unresolved.ClusterName);
        Assert.Contains("no county-level division", unresolved.Reason);
    }

    [Fact]
    public async Task A_second_run_changes_nothing()
    {
        await Seed();
        var again = await Seed();
        Assert.False(again.ChangedAnything);
        Assert.Equal(111, await _db.Clusters.CountAsync());
    }

    [Fact]
    public async Task Batch_facts_are_kept_without_inventing_per_cluster_review_outcomes()
    {
        await Seed();
        var batch2022 = await _db.Batches.SingleAsync(b => b.Level == DesignationLevel.National && b.Year == 2022);
        Assert.Contains("97 of the 100", batch2022.ReviewSummary);
        Assert.Equal(new DateOnly(2025, 12, 31), batch2022.ValidUntil);
        Assert.Equal(0, await _db.Reviews.CountAsync());
    }

    [Fact]
    public async Task Every_cluster_keeps_its_source()
    {
        await Seed();
        Assert.Equal(0, await _db.Clusters.CountAsync(c => c.Provenance.SourceUrl == null));
    }
}
