using ClusterRegistry.Data;
using ClusterRegistry.Migrations.Postgres;
using ClusterRegistry.Migrations.Sqlite;
using ClusterRegistry.Migrations.SqlServer;
using ClusterRegistry.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ClusterRegistry.Tests.Data;

/// <summary>SQL Server cannot run here, so its support is proven from the model and the generated T-SQL.</summary>
public class MigrationTests
{
    private static RegistryDbContext SqlServer() => new SqlServerDesignTimeFactory().CreateDbContext([]);
    private static RegistryDbContext Sqlite() => new SqliteDesignTimeFactory().CreateDbContext([]);
    private static RegistryDbContext Postgres() => new PostgresDesignTimeFactory().CreateDbContext([]);

    [Fact]
    public void The_sql_server_migrations_match_the_model()
    {
        using var db = SqlServer();
        Assert.False(db.Database.HasPendingModelChanges(), "Add a SqlServer migration (see README).");
    }

    [Fact]
    public void The_sqlite_migrations_match_the_model()
    {
        using var db = Sqlite();
        Assert.False(db.Database.HasPendingModelChanges(), "Add a Sqlite migration (see README).");
    }

    [Fact]
    public void The_postgres_migration_matches_the_model()
    {
        using var db = Postgres();
        Assert.False(db.Database.HasPendingModelChanges(), "Run src/ClusterRegistry.Migrations.Postgres/regenerate.sh (see README).");
    }

    [Fact]
    public void The_idempotent_sql_server_script_is_the_committed_one()
    {
        using var db = SqlServer();
        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);
        Snapshots.MatchText(script.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Sql_server_uses_rowversion_for_concurrency()
    {
        using var db = SqlServer();
        var version = db.Model.FindEntityType(typeof(ClusterRegistry.Clusters.Cluster))!.FindProperty("Version")!;
        Assert.True(version.IsConcurrencyToken);
        Assert.Equal(Microsoft.EntityFrameworkCore.Metadata.ValueGenerated.OnAddOrUpdate, version.ValueGenerated);
    }

    [Fact]
    public void Every_unique_index_names_the_rule_it_enforces()
    {
        using var db = Postgres();
        var unnamed = db.Model.GetEntityTypes().SelectMany(e => e.GetIndexes())
            .Where(index => index.IsUnique && UniqueRules.Of(index) is null)
            .Select(index => index.GetDatabaseName());
        Assert.Empty(unnamed);
        Assert.Equal(UniqueRules.All.Count, db.Model.GetEntityTypes().SelectMany(e => e.GetIndexes()).Count(index => index.IsUnique));
    }

    [Fact]
    public void Postgres_counts_a_missing_province_as_a_value_in_the_batch_key()
    {
        using var db = Postgres();
        var script = db.GetService<IMigrator>().GenerateScript();
        Assert.Contains("""CREATE UNIQUE INDEX "IX_Batches_Level_Year_ProvinceCode" ON "Batches" ("Level", "Year", "ProvinceCode") NULLS NOT DISTINCT;""", script);
    }
}
