using ClusterRegistry.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace ClusterRegistry.Migrations.SqlServer;

/// <summary>Lets `dotnet ef` build the model with the SqlServer provider; no database is opened.</summary>
public sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<RegistryDbContext>
{
    public RegistryDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<RegistryDbContext>()
            .UseSqlServer("Server=localhost;Database=ClusterRegistry;Integrated Security=true;TrustServerCertificate=true", o => o.MigrationsAssembly(typeof(SqlServerDesignTimeFactory).Assembly.GetName().Name))
            .Options);
}
