using ClusterRegistry.Api.Data;
using ClusterRegistry.Batches;
using ClusterRegistry.Data;
using ClusterRegistry.Data.Import;
using ClusterRegistry.Tests.Postgres;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace ClusterRegistry.Tests.Api;

/// <summary>The importer on an empty, migrated database of each provider.</summary>
public abstract class SeedingTests : IAsyncLifetime
{
    private RegistryDbContext _db = null!;

    protected abstract Task<RegistryDbContext> EmptyDatabaseAsync();

    public async Task InitializeAsync()
    {
        _db = await EmptyDatabaseAsync();
        await _db.Database.MigrateAsync();
    }

    public virtual async Task DisposeAsync() => await _db.DisposeAsync();

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

public sealed class SeedingTestsOnSqlite : SeedingTests
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");

    protected override async Task<RegistryDbContext> EmptyDatabaseAsync()
    {
        await _connection.OpenAsync();
        var options = new DbContextOptionsBuilder<RegistryDbContext>();
        RegistryDatabase.Configure(options, DatabaseProvider.Sqlite, null);
        options.UseSqlite(_connection);
        return new RegistryDbContext(options.Options);
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await _connection.DisposeAsync();
    }
}

public sealed class SeedingTestsOnPostgres : SeedingTests
{
    private readonly string _database = $"registry_seed_{Guid.NewGuid():N}";
    private PostgresServer _server = null!;

    protected override async Task<RegistryDbContext> EmptyDatabaseAsync()
    {
        _server = await PostgresServer.SharedAsync();
        await _server.CreateDatabaseAsync(_database);
        var options = new DbContextOptionsBuilder<RegistryDbContext>();
        RegistryDatabase.Configure(options, DatabaseProvider.Postgres, _server.ConnectionString(_database));
        return new RegistryDbContext(options.Options);
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await _server.DropDatabaseAsync(_database);
    }
}
