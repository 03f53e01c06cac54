using ClusterRegistry.Data;
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
}
