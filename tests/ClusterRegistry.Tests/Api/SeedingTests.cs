using ClusterRegistry.Api.Data;
using ClusterRegistry.Batches;
using ClusterRegistry.Data;
using ClusterRegistry.Data.Import;
using ClusterRegistry.Industries;
using ClusterRegistry.Tests.Infrastructure;
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

    private Task<ImportReport> Seed(SeedFiles? files = null) => new RegistrySeeder(_db, NullLogger<RegistrySeeder>.Instance, files).SeedAsync();

    [Fact]
    public async Task Every_national_row_but_one_resolves_to_a_county_level_division()
    {
        var report = await Seed();

        Assert.Equal(31 + 342 + 2978, report.RegionsAdded);
        Assert.Equal(69, report.IndustriesAdded);
        Assert.Equal(4, report.BatchesAdded);
        // 137 rows in the data file: every one that names a county-level division is loaded.
        Assert.Equal(136, report.ClustersAdded);
        Assert.Equal(136, report.DesignationsAdded);
        Assert.Equal(136, report.ClassificationsApplied);
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
        Assert.Equal(136, await _db.Clusters.CountAsync());
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

    [Fact]
    public async Task Every_loaded_cluster_carries_its_derived_classification()
    {
        await Seed();
        Assert.Equal(0, await _db.Clusters.CountAsync(c => c.IndustrySource != ClassificationSource.Derived || c.IndustryConfidence == null));
        var bySection = await _db.Clusters
            .Join(_db.Industries, c => c.IndustryCode, i => i.Code, (c, i) => i.ParentCode)
            .GroupBy(section => section).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key!, g => g.Count);
        // The data README counts C 129, I 7, M 1 over all 137 rows; the unloaded 酒泉 row is in C.
        Assert.Equal(new Dictionary<string, int> { ["C"] = 128, ["I"] = 7, ["M"] = 1 }, bySection);
        var chip = await _db.Clusters.SingleAsync(c => c.NameZh == "天津市滨海新区车规级芯片产业集群");
        Assert.Equal(("39", ClassificationConfidence.Medium), (chip.IndustryCode, chip.IndustryConfidence!.Value));
        Assert.StartsWith("3973", chip.IndustryBasis);
    }

    [Fact]
    public async Task An_existing_database_picks_up_new_rows_and_classifications_but_keeps_an_officials_changes()
    {
        // The release before this one: 111 loaded rows and no classification file.
        var previous = SeedFiles.Embedded
            .With(SeedFiles.NationalClusters, File.ReadAllText(Path.Combine(RepositoryRoot.Path, "tests/ClusterRegistry.Tests/Data/Fixtures/clusters-national-111.csv")))
            .With(SeedFiles.IndustryClassification, SeedFiles.EmbeddedText(SeedFiles.IndustryClassification).Split('\n')[0]);
        var first = await Seed(previous);
        Assert.Equal((111, 0), (first.ClustersAdded, first.ClassificationsApplied));

        // An official classifies one cluster and leaves another officially unclassified.
        var software = await _db.Clusters.SingleAsync(c => c.NameZh == "北京市海淀区行业应用软件产业集群");
        software.ClassifyIndustry("64");
        var chip = await _db.Clusters.SingleAsync(c => c.NameZh == "天津市滨海新区车规级芯片产业集群");
        chip.ClassifyIndustry(null);
        await _db.SaveChangesAsync();
        _db.ChangeTracker.Clear();

        var upgrade = await Seed();
        Assert.Equal((25, 25), (upgrade.ClustersAdded, upgrade.DesignationsAdded));
        Assert.Equal(136 - 2, upgrade.ClassificationsApplied);
        Assert.Equal(136, await _db.Clusters.CountAsync());
        software = await _db.Clusters.AsNoTracking().SingleAsync(c => c.NameZh == "北京市海淀区行业应用软件产业集群");
        Assert.Equal(("64", ClassificationSource.Official), (software.IndustryCode, software.IndustrySource!.Value));
        chip = await _db.Clusters.AsNoTracking().SingleAsync(c => c.NameZh == "天津市滨海新区车规级芯片产业集群");
        Assert.Equal((null, ClassificationSource.Official), (chip.IndustryCode, chip.IndustrySource!.Value));
        Assert.False((await Seed()).ChangedAnything);
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
